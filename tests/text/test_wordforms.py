"""wordforms.py: another written form of an asker's word (fictional sentences throughout)."""

from __future__ import annotations

from knowledge.text.wordforms import held, ordinal


def test_an_ordinal_is_read_with_its_kind_and_number() -> None:
    assert ordinal("第一期") == ("期", 1)
    assert ordinal("首批") == ("批", 1) and ordinal("头一批") == ("批", 1)
    assert ordinal("第2期") == ("期", 2) and ordinal("第十二届") == ("届", 12)
    assert ordinal("二期") == ("期", 2)
    assert ordinal("一批") is None  # "a batch", no ordinal
    assert ordinal("期限") is None and ordinal("第一") is None


def test_the_same_ordinal_holds_and_another_number_does_not() -> None:
    assert held("第一期", "青河社区首期工程建筑面积5万平方米")
    assert held("第一期", "做好青河社区一期房源配租工作")
    assert held("第一批", "首批入住的多是技术人员") and held("首批", "第一批项目已开工")
    assert held("第2期", "社区二期工程正在设计") and held("第二期", "社区2期工程")
    assert not held("第二批", "首批项目已开工")
    assert not held("第三期", "社区二期工程正在设计")
    assert not held("第一批", "园区又引进一批项目")  # a batch, not the first
    assert not held("第一期", "第十一期培训班") and not held("第一期", "每一期培训")


def test_a_count_of_times_and_a_month_in_the_documents_measure_words() -> None:
    assert held("几回", "可在期满前申请延期一次")
    assert held("一回", "经市政府第十二次常务会议通过")
    assert not held("几回", "延期不超过6个月")
    assert held("上个月", "每月10日前交换上月明细") and held("每个月", "每月10日前交换")
    assert not held("上个月", "每季度核对一次")


def test_a_verb_with_its_complement_is_held_by_the_verb() -> None:
    assert held("查出来", "一经查实，取消资格")
    assert held("列出来", "结果在统计公报中单独列示")
    assert held("改好", "责令在10日内整改到位")
    assert not held("搬出去", "应当在3个月内腾退")
    assert not held("那出来", "那里")  # no verb before the complement


def test_a_version_pointed_at_is_no_content() -> None:
    assert held("那版", "分享资金应当于每年3月31日前拨付到位")
    assert held("新版", "") and held("旧版本", "")
    assert not held("版面", "")


def test_a_complement_cut_off_its_verb_says_nothing() -> None:
    assert held("进去", "") and held("出来", "")
    assert not held("回来", "") and not held("过去", "")  # come back, the past: content


def test_a_numeral_in_characters_is_held_by_its_digits() -> None:
    assert held("第六年", "第6年起按各50%分享") and not held("第七年", "第6年起按各50%分享")

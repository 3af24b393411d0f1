"""A government body's kind read from how its Chinese name ends (`text/organs.py`)."""

from __future__ import annotations

from knowledge.text import organs


def test_a_kind_noun_and_its_plural_name_the_same_kind() -> None:
    assert organs.kind("bureau") == "bureau"
    assert organs.kind("Bureaus") == "bureau"
    assert organs.kind("agencies") == "agency"
    assert organs.kind("company") is None  # companies are read by checks_en_names' own table


def test_a_name_ending_in_the_kind_names_a_body_of_it() -> None:
    assert organs.named("bureau", "材料汇总后统一报送青河区投资促进局。")
    assert organs.named("commission", "领导小组办公室设在市发展改革委，负责日常协调。")
    assert organs.named("committee", "青河园区管委会负责园区的规划。")
    assert organs.named("office", "经领导小组办公室认定为重点项目。")
    assert organs.named("department", "会同自然资源、税务等部门完成审查。")


def test_an_ending_inside_a_word_of_another_sense_names_none() -> None:
    assert not organs.named("bureau", "符合园区产业布局")  # layout
    assert not organs.named("bureau", "打开格局，开局良好")
    assert not organs.named("bureau", "局面正在好转")  # the ending opens another word
    assert not organs.named("office", "本办法自公布之日起施行")  # 办法: a method
    assert not organs.named("office", "会议由园区承办")  # undertake
    assert not organs.named("department", "税收已全部拨付到位")  # all
    assert not organs.named("commission", "评审委员由专家担任")  # a member, not the body
    assert not organs.named("bureau", "局长表示")  # no name before the kind


def test_the_name_is_cut_out_and_what_stands_beside_it_kept() -> None:
    assert (
        organs.without("bureau", "材料汇总后报送青河区投资促进局。") == "材料汇总后报 。"
    )  # the 8 characters before 局
    assert organs.without("bureau", "符合园区产业布局") == "符合园区产业布局"
    assert organs.without("company", "青河区投资促进局") == "青河区投资促进局"

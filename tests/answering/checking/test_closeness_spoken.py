"""closeness.py: a spoken question's own words that the documents say otherwise — everyday words,
the asker's framing, numerals, referring words, word forms, words jieba glued — are no missing
content for `uncovered` (the other closeness tests: test_closeness.py)."""

from __future__ import annotations

from knowledge.answering.checking.closeness import type_held, uncovered
from tests.answering.checking.fake_evidence import chunk_candidate as _cand


def test_an_everyday_word_is_covered_by_the_official_term_the_context_uses() -> None:
    # fictional report: 老板 is said as 负责人, 动工 as 开工 (text/vernacular.py)
    text = "青河一家茶叶企业的负责人说，他们计划明年开工新建一座仓库。"
    cand = _cand(text, text)
    assert uncovered("那家茶叶企业的老板打算什么时候动工？", cand, {}) == []
    # the detail asked is still missing
    assert "工资" in uncovered("那家茶叶企业的老板给工人发多少工资？", cand, {})


def test_a_time_asked_in_everyday_words_is_a_time() -> None:
    text = "县区分得的2520万元已于今年1月全部拨付到位。"
    cand = _cand(text, text)
    assert type_held("那笔钱是啥时候打过去的？", cand) == (1, True)


def test_the_dian_of_an_everyday_what_is_no_content() -> None:
    text = "青河一家茶叶企业的负责人说，他们计划明年在园区新建一座仓库。"
    cand = _cand(text, text)
    assert uncovered("那家茶叶企业明年要在园区里添点啥？", cand, {}) == []


def test_how_a_spoken_question_says_it_weighs_nothing() -> None:
    from knowledge.answering.checking.closeness import weight

    # adverbs and pronouns say how it is asked (一直, 迟迟, 那边), not what is asked
    assert weight(["一直", "迟迟", "那边"]) == 0
    assert weight(["电费"]) == 1.0 and weight(["撑腰"]) > 0.7  # a noun, a content verb
    # a plan asked (打算怎么, 准备如何) is what the sentence's 将 states
    text = "还有4个项目签约超过10个月仍未开工。下半年，青河园区将对这些项目逐一约谈。"
    cand = _cand(text, "下半年，青河园区将对这些项目逐一约谈。")
    assert uncovered("下半年青河园区打算怎么处理这些项目？", cand, {}) == []
    assert "罚款" in uncovered("青河园区打算对这些项目罚款多少？", cand, {})
    # a superlative asks a bound, a pronoun stands for a thing: they still weigh
    assert weight(["最多"]) > 0.7 and weight(["该校"]) > 0.7
    # a piece jieba cut across spoken words weighs as its parts: 想 and 带 are everyday
    assert weight(["想带"]) < 0.5 and weight(["想带"], {"想带": 1}) == 1.0
    # an adverb the corpus uses may be content there: it weighs as before
    assert weight(["迟迟"], {"迟迟": 2}) > 0.7


def test_an_everyday_verb_weighs_nothing_only_when_the_answer_is_carried() -> None:
    from knowledge.answering.checking.closeness import weight

    corpus = {"解决": 3, "接手": 0}
    # the sentence carries the kind of answer asked: the asker's verb says how it is asked
    assert weight(["打消", "撑腰"], corpus, verbs_said=True) == 0
    # asking no kind of answer (会延长吗, 能不能接手), the verb is what is asked: it weighs
    assert weight(["打消"], corpus) > 0.7 and weight(["接手"], corpus) > 0.7
    # a verb the documents use, and a noun, weigh as before
    assert weight(["解决"], corpus, verbs_said=True) > 0 and weight(["电费"], verbs_said=True) == 1


def test_a_numeral_asked_in_characters_is_covered_by_its_digits() -> None:
    # fictional bulletin: the report writes 第8年 and 1—10月, the asker 第八年 and 十个月
    text = "第8年起租金改为按市场价收取。1—10月，青河园区接待参观团体120批。"
    rent = _cand(text, "第8年起租金改为按市场价收取。")
    visits = _cand(text, "1—10月，青河园区接待参观团体120批。")
    assert uncovered("从第八年起租金怎么收？", rent, {}) == []
    assert "十个月" not in uncovered("头十个月接待了多少参观团体？", visits, {})
    assert "第九年" in uncovered("第九年起租金怎么收？", rent, {})  # another year


def test_a_worry_or_a_difficulty_asked_in_everyday_words_is_covered() -> None:
    # fictional report: 顾虑 and 挑战 are the report's words for the asker's 担心 and 头疼
    text = "分算统计指标，打消了县区“成绩算不到自己头上”的顾虑。人才招聘仍是园区的主要挑战。"
    doubt = _cand(text, "分算统计指标，打消了县区“成绩算不到自己头上”的顾虑。")
    hard = _cand(text, "人才招聘仍是园区的主要挑战。")
    assert "担心" not in uncovered("分算统计指标是为了消除县区什么担心？", doubt, {})
    assert "头疼" not in uncovered("园区最头疼的是什么？", hard, {})
    assert "工资" in uncovered("园区的工资是多少？", hard, {})


def test_a_word_glossed_with_the_documents_term_is_held_where_the_term_is() -> None:
    # fictional rule: the sentence says the documents' term, the question the asker's word
    # with the term beside it (text/glossary.read: 县区（飞出地）)
    text = "第六条 飞出地负责招商引资，向青河园区派驻工作人员不少于3名。"
    cand = _cand(text, text)
    assert uncovered("县区（飞出地）要派驻几名工作人员？", cand, {}) == []
    assert uncovered("县区要派驻几名工作人员？", cand, {}) == ["县区"]
    # the term not said: the asker's word is missing as before
    other = _cand(
        "第九条 青河园区负责土地供应和审批服务。", "第九条 青河园区负责土地供应和审批服务。"
    )
    assert "县区" in uncovered("县区（飞出地）要派驻几名工作人员？", other, {})


def test_a_referring_word_is_held_where_the_context_names_its_referents() -> None:
    text = "第四条 园区税收前五年由岭泉市和雾溪县按六比四分享。"
    rule = _cand(text, text, title="共建协议")
    assert uncovered("园区税收头五年两边怎么分？", rule, {}) == []
    # a question asking beyond the parties named still misses what it names
    assert "省里" in uncovered("两边之外，省里每年给园区补助多少？", rule, {})
    assert "两边" in uncovered("两边之外，省里每年给园区补助多少？", rule, {})


def test_an_asker_s_word_in_another_form_of_the_documents_is_covered() -> None:
    # fictional report: 第一期 is its 首期, 查出来 its 查实; 第二期 is another phase
    text = "青河社区首期工程建筑面积5.2万平方米。对施工中查实的隐患，责令10日内整改。"
    phase = _cand(text, "青河社区首期工程建筑面积5.2万平方米。")
    fix = _cand(text, "对施工中查实的隐患，责令10日内整改。")
    assert "第一期" not in uncovered("青河社区第一期工程的建筑面积多大？", phase, {})
    assert "第二期" in uncovered("青河社区第二期工程的建筑面积多大？", phase, {})
    assert "查出来" not in uncovered("隐患查出来以后多少天内整改？", fix, {})


def test_which_body_asked_with_jia_is_how_it_asks() -> None:
    text = "青河社区首期工程由市城投集团负责建设。"
    cand = _cand(text, text)
    assert "单位" not in uncovered("青河社区首期工程是哪家单位建的？", cand, {})


def test_a_word_jieba_glued_across_spoken_words_is_no_missing_noun() -> None:
    # fictional rule: the asker's 钱要 and 县为 are jieba's glue (钱/要, 县/为), no word asked
    text = "计算分享基数时，土地出让收入中的征地拆迁补偿费用应当剔除。"
    cand = _cand(text, text)
    assert uncovered("算分享基数的时候哪些钱要剔除？", cand, {}) == []
    text = "两个县（市）区因收入分享发生争议的，由市财政局先行协调。"
    cand = _cand(text, text)
    assert "县为" not in uncovered("两个县为分享收入吵起来了，先找谁协调？", cand, {})

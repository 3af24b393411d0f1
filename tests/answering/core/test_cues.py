"""The kinds of answer a question asks for: the English-only kinds read for cross-lingual
scoring (a bound, a place, a size or total) and their sentence shapes."""

from __future__ import annotations

from knowledge.answering.core.cues import WIDE_WHY, _fit, english_cues, question_cues


def names(question: str) -> set[str]:
    return {c.name for c in english_cues(question)}


def test_a_bound_asked_in_english_wants_a_figure_with_its_bound() -> None:
    assert names("What is the minimum rent per square metre for a workshop?") == {
        "minimum",
        "number",
    }
    assert "minimum" in names("What is the shortest lease a tenant can sign?")
    assert "maximum" in names("At most how many flats can one firm rent?")
    cues = english_cues("What is the minimum floor area of a shop unit?")
    assert _fit("商铺单元面积不低于每间40平方米。", cues)[0] > 0
    assert _fit("The market opened with four shop units.", cues)[0] < 0  # no bound told
    assert _fit("申请延期不超过3个月。", english_cues("What is the maximum extension?"))[0] > 0
    within = english_cues("Within how many days is a complaint answered?")
    assert "maximum" in {c.name for c in within}
    assert _fit("投诉应当自收到之日起10日内答复。", within)[0] > 0


def test_where_asks_for_a_place_not_where_in_a_relative_clause() -> None:
    assert "place" in names("Where can residents apply for the subsidy?")
    assert "place" in names("Where is the office that handles the permits based?")
    assert "place" not in names("At which venue was the fair held?")  # left to checks_en
    assert "place" not in names("How many stalls does the market where the fair is held have?")
    cues = english_cues("Where can residents apply for the subsidy?")
    assert _fit("办理地点：街道便民服务中心一楼综合窗口", cues)[0] > 0
    assert _fit("补贴标准为每户每月300元。", cues)[0] < 0


def test_how_large_and_a_total_ask_for_a_figure() -> None:
    assert "number" in names("How large is the new warehouse?")
    assert "number" in names("What was the total investment of the two plants?")
    assert "number" in names("What subsidy does a household get for a new boiler?")
    assert "number" not in names("What does the warehouse store?")


def test_chinese_questions_keep_their_own_cues() -> None:
    """The English-only kinds are read by `english_cues`, never by `question_cues`, which the
    Chinese scoring and the refusal's closeness read."""
    assert {c.name for c in question_cues("至少要投资多少钱？")} == {"number"}
    assert {c.name for c in question_cues("What is the minimum rent?")} == set()


def test_an_english_why_penalises_a_sentence_that_gives_no_reason() -> None:
    """Scored by e5, an English why-question would take a same-language sentence that only
    resembles it: there a sentence without a reason's shape loses, and a purpose told by what
    it settles or enables (解决…顾虑, 才能) or an English reason counts as one."""
    cues = english_cues("Why are the library's loan figures counted for the branch?")
    assert _fit("The library opened two branches with 40,000 books.", cues)[0] < 0
    assert _fit("借阅量计入分馆，解决了过去“书借在别处、成绩算不到自己头上”的顾虑。", cues)[0] > 0
    assert _fit("多分一些才能调动分馆的积极性。", cues)[0] > 0
    assert _fit("Loans count for the branch because it runs the desk.", cues)[0] > 0
    # the Chinese path keeps its own why (a bonus, no penalty)
    chinese = question_cues("为什么借阅量计入分馆？")
    assert _fit("分馆共有藏书4万册。", chinese)[0] == 0


def test_the_wide_chinese_why_takes_a_purpose_or_a_lack_as_its_reason() -> None:
    """The wide why (for the quoting only, sentences/reason_first.py) is also asked in other
    words (出于什么考虑, 图的是什么); a sentence telling a purpose — a clause 「为缩短…，」, 防止,
    解决了…顾虑 — or the lack a measure answers (缺少, 不足) tells a reason, a restated rule
    none: the rule shares more of the question's words and lost no points for lacking one. A
    补短板 programme is a name, no lack told. The why cue itself stays as it was."""
    assert WIDE_WHY.asks.search("码头推行预约进港，图的是什么？")
    assert WIDE_WHY.asks.search("这样规定出于什么考虑？")
    cues = [WIDE_WHY]
    told = (
        "为缩短等待时间，码头推行预约进港。",
        "超期未开工的项目将被取消资格，防止只签约不落地。",
        "分馆的借阅量计入分馆考核，解决了过去“成绩算不到自己头上”的顾虑。",
        "渡口镇物流企业多，但缺少出海码头。",
    )
    assert [t for t in told if _fit(t, cues)[0] <= 0] == []
    assert _fit("码头每天预约进港车辆不超过300辆。", cues)[0] < 0
    assert _fit("全镇实施民生补短板项目12个。", cues)[0] < 0
    narrow = question_cues("码头为什么推行预约进港？")
    assert _fit("超期未开工的项目将被取消资格，防止只签约不落地。", narrow)[0] == 0
    assert question_cues("这样规定出于什么考虑？") == []


def test_a_story_tells_its_cause_in_its_own_words_and_a_name_asked_is_no_why() -> None:
    """A narrative says its cause with 因, 从而 or 导致 rather than 因为 (「因腿伤请求退役」), and
    「又称之为什么」 asks a name, not a reason: no reason's shape is wanted there."""
    assert WIDE_WHY.asks.search("他为什么提前退役？")
    assert _fit("他因腿伤请求提前退役，球队同意了。", [WIDE_WHY])[0] > 0
    assert _fit("该药抑制钠的重吸收，从而增加尿量。", [WIDE_WHY])[0] > 0
    assert not WIDE_WHY.asks.search("这种花又称之为什么？")


def test_an_english_when_takes_a_quarter_a_half_year_or_a_year_end_as_a_time() -> None:
    """「计划今年四季度开工」 tells when as surely as 「5月动工」: an English when-question counts
    a quarter, a half-year, a year's or month's end and an English date as a time, and a
    sentence telling none still loses."""
    cues = english_cues("When was the ferry terminal scheduled to open?")
    for sentence in (
        "其中，渡轮码头计划今年四季度开工。",
        "下半年，港务局将逐一约谈。",
        "补贴将在年底前拨付。",
        "The terminal opened in March 2024.",
    ):
        assert _fit(sentence, cues)[0] > 0, sentence
    assert _fit("The projects cover ferries and cold-chain logistics.", cues)[0] < 0
    # the Chinese path reads the quarter too (sent69), but no English month or bare year
    assert _fit("其中，渡轮码头计划今年四季度开工。", question_cues("码头什么时候开工？"))[0] > 0
    assert _fit("The terminal opened in March.", question_cues("码头什么时候开工？"))[0] < 0


def test_a_list_is_asked_by_its_count_and_in_english_by_what_it_lists() -> None:
    def lists(q: str) -> bool:
        return any(c.name == "list" for c in question_cues(q))

    assert lists("长者食堂的补贴分哪三类？")
    assert lists("下一步从哪两个方面推进？")
    assert lists("申报材料包括什么？")
    assert lists("What conditions must a canteen meet?")
    assert lists("What main changes does the interpretation list?")
    assert not lists("补贴标准是多少？")
    assert not lists("What is the subsidy per meal?")


def test_a_figure_in_chinese_numerals_with_its_unit_is_a_number() -> None:
    cues = question_cues("就餐补贴对不同老年人各补多少？")
    assert _fit("八十周岁以上老年人每餐补贴四元，困难老年人每餐补贴六元。", cues)[0] > 0
    assert _fit("送餐半径不少于两公里。", cues)[0] > 0
    assert _fit("就餐补贴直接补给老年人本人。", cues)[0] < 0


def test_a_figure_in_chinese_numerals_with_any_measure_word_or_a_fraction_is_a_number() -> None:
    cues = question_cues("赤溪沿岸一共建了多少座水电站？")
    for told in ("沿岸先后修建了小型水电站九座。", "年平均降水量约一千八百毫米。",
                 "野外种群数量已不足原来的三分之一。", "书院藏书最多时达一万二千余卷。"):  # fmt: skip
        assert _fit(told, cues)[0] > 0, told
    assert _fit("镇上保存有一座始建于明代的天后宫。", cues)[0] < 0  # 一座 is "a", not a figure
    assert _fit("四周环山，校园内遍布三叶草。", cues)[0] < 0  # 四周 is "around"


def test_an_era_told_is_a_time() -> None:
    cues = question_cues("这部书在什么时候被写成？")
    assert _fit("由越南革命家潘佩珠于二十世纪初期写成。", cues)[0] > 0
    assert _fit("该书由梁启超资助出版。", cues)[0] < 0


def test_a_chinese_when_is_told_by_a_relative_time_not_by_a_span() -> None:
    """A plan's time is most often said relative to the document's date (四季度, 年底前, 明年,
    年内, 下一季度): such a sentence carries the time asked, as `checks.HAS["date"]` reads it;
    3年内 is a span."""
    cues = question_cues("那座仓库原定什么时候动工？")
    assert {c.name for c in cues} == {"time"}
    for told in ("其中，冷藏仓库计划今年四季度开工。", "预计年底前陆续交付。", "有关细则预计明年出台。",
                 "力争年内签下更多协议。", "逾期未报的，纳入下一季度集中审核。"):  # fmt: skip
        assert _fit(told, cues)[0] > 0, told
    assert _fit("违规的，三年内不再受理其申请。", cues)[0] < 0  # a span
    assert _fit("仓库占地约120亩。", cues)[0] < 0
    assert "time" in {c.name for c in question_cues("首批申报放在哪个季度受理？")}


def test_how_often_asks_for_the_period_a_thing_recurs_in_not_a_span() -> None:
    """「多长时间…一次」「隔多久…一回」「一年…几次」 ask a frequency: 每季度, 每两年, 按月 tell it;
    a span (前两年, 12个月内) no longer wins it by the duration cue. A time limit — 「几天之内」
    「多少天内开第一次会」, 「多长时间内」 — and a plain 多久 stay durations."""

    def kinds(q: str) -> set[str]:
        return {c.name for c in question_cues(q)}

    assert kinds("图书馆的藏书多长时间盘点一次？") == {"frequency"}
    assert kinds("社区医生隔多久上门随访一回？") == {"frequency"}
    assert "frequency" in kinds("志愿者一年要培训几次？")
    assert "frequency" in kinds("消防设施多少天要检查一次？")
    assert kinds("申请递交以后多长时间内必须答复？") == {"duration"}
    assert "frequency" not in kinds("委员会成立以后多少天内要开第一次会议？")
    assert "frequency" not in kinds("材料递上去以后，几天之内要先过一遍？")
    assert "frequency" not in kinds("补助多长时间内一次性付清？")
    assert kinds("新馆要多久才能建成？") == {"duration"}
    cues = question_cues("图书馆的藏书多长时间盘点一次？")
    assert _fit("馆藏图书每季度集中盘点一次。", cues)[0] > 0
    assert _fit("每两年对馆藏开展一次评估。", cues)[0] > 0
    assert _fit("困难家庭的生活补贴按月发放到户。", cues)[0] > 0
    assert _fit("新馆前两年免收借阅押金。", cues)[0] < 0  # a span, no frequency

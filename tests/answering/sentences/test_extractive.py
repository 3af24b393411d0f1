"""Extractive selection: each sentence once, headings skipped, runners-up close to the best."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import (
    Candidate,
    _fit,
    build_answer,
    candidates,
    cross_pool,
    joined_coverage,
    question_cues,
    select,
)
from knowledge.schema import Chunk, ScoredChunk


def hit(doc: str, i: int, start: int, text: str, title: str = "园区简报") -> ScoredChunk:
    return ScoredChunk(Chunk(f"{doc}:{i}", doc, i, start, start + len(text), text, title), 0.5)


def test_sentences_of_overlapping_chunks_count_once_and_the_heading_not_at_all() -> None:
    first = hit("d", 0, 0, "园区简报\n园区签约项目14个。投资103.7亿元。")
    second = hit("d", 1, 15, "投资103.7亿元。入驻企业40家。")
    texts = [c.text for c in candidates([first, second])]
    assert texts == ["园区签约项目14个。", "投资103.7亿元。", "入驻企业40家。"]


def test_a_list_ending_in_an_ellipsis_stays_one_sentence() -> None:
    h = hit("d", 0, 0, "重点推进物流、仓储、加工……等产业在园区落地。")
    assert [c.text for c in candidates([h])] == ["重点推进物流、仓储、加工……等产业在园区落地。"]


def scored(h: ScoredChunk, text: str, score: float, overlap: float) -> Candidate:
    s = h.chunk.text.index(text)
    return Candidate(h, 0, (s, s + len(text)), text, score=score, overlap=overlap)


def test_runners_up_need_a_close_score_and_from_another_document_close_evidence() -> None:
    a = hit("a", 0, 0, "甲句。乙句。")
    b = hit("b", 0, 0, "丙句。")
    best, near, other = (
        scored(a, "乙句。", 1.0, 0.9),
        scored(a, "甲句。", 0.7, 0.2),
        scored(b, "丙句。", 0.8, 0.5),
    )
    chosen = select([other, near, best], max_sentences=3)
    assert [c.text for c in chosen] == ["甲句。", "乙句。"]  # reading order; 丙 lacks evidence
    assert [c.text for c in select([best, near], max_sentences=1)] == ["乙句。"]
    assert select([], 3) == []


def test_the_answer_cites_each_sentence_in_its_passage() -> None:
    a = hit("a", 0, 0, "甲句。乙句。")
    draft = build_answer([scored(a, "甲句。", 1, 1), scored(a, "乙句。", 1, 1)], {})
    assert draft.answer == "甲句。[1]乙句。[1]" and not draft.abstained
    assert draft.citations[0].highlights == ((0, 3), (3, 6))


def test_a_press_release_dateline_answers_only_questions_about_the_release() -> None:
    from knowledge.answering.sentences.extractive import _fit, question_cues

    line = "**PRESS RELEASE** · Kunming, 18 April 2025 · Issued by the Information Office"
    fact = "The park signed four new projects worth RMB 2.3 billion."
    asked = question_cues("How many projects did the park sign?")
    assert _fit(line, asked)[0] < _fit(fact, asked)[0]
    assert _fit("Source: Kunming Daily", asked)[0] < 0
    who = question_cues("Who issued the press release?")
    assert _fit(line, who)[0] >= _fit(line, asked)[0]


def test_a_share_asked_wants_a_share_not_any_figure() -> None:
    """「几成」「占比多少」 want a share — 六成, 四比六, 百分之六十, 35% —: a sentence with another
    figure (前五年) is no better for it than one with none."""
    for question in ("土地出让净收入飞出地能分到几成？", "外资企业占比多少？", "分享比例是多少？"):
        cues = question_cues(question)
        assert "share" in [c.name for c in cues]
        shares = ("其中飞出地得六成。", "按照四比六的比例分享。", "占比35%。", "飞出地百分之六十。")
        for sentence in shares:
            assert _fit(sentence, cues)[0] > _fit("前五年向飞出地倾斜。", cues)[0]
    assert "share" not in [c.name for c in question_cues("多少天内提出意见？")]
    assert "share" not in [c.name for c in question_cues("税收按比例计到区县名下是为什么？")]


class _Index:
    """The one LexicalIndex method cross-lingual scoring reads: every term equally rare."""

    def idf(self, token: str) -> float:
        return 1.0


def test_an_english_question_takes_the_chinese_sentence_that_holds_its_words() -> None:
    """e5 rates an English sentence that only resembles an English question a little higher
    than the Chinese sentence with the fact; the language gap and the Chinese terms of the
    question's words (passengers -> 旅客, ferry -> 渡轮) put the Chinese one first."""
    from types import SimpleNamespace

    import numpy as np

    from knowledge.answering.sentences.extractive import LANG_GAP, score_dense

    en = hit("release", 0, 0, "The ferry line is the pride of the harbour.")
    zh = hit("report", 0, 0, "今年春季，渡轮航线共运送旅客8.8万人次。")
    cands = candidates([en, zh])
    groups = {"passengers": ["旅客"], "ferry": ["渡轮"], "carry": ["运送"]}
    result = SimpleNamespace(expansion=groups, index=_Index())
    question = "How many passengers did the ferry carry?"
    sims = np.array([0.86, 0.86 - LANG_GAP / 2])  # the English sentence: higher by e5 alone
    score_dense(sims, question, cands, result)
    best = max(cands, key=lambda c: c.score)
    assert best.hit.chunk.doc_id == "report"
    assert abs(best.coverage - (0.86 + LANG_GAP / 2)) < 1e-6  # the gap removed for refusal


def test_an_english_bound_asked_takes_the_sentence_that_tells_the_bound() -> None:
    """A minimum asked wants a figure with its bound: the Chinese sentence with 不低于 outranks
    an English release's lead that e5 puts a little closer and that holds more topic words."""
    from types import SimpleNamespace

    import numpy as np

    from knowledge.answering.sentences.extractive import score_dense

    en = hit("release", 0, 0, "The harbour expo closed with five shop leases signed in total.")
    zh = hit("rules", 0, 0, "入驻商户每间商铺租期不低于3年。")
    cands = candidates([en, zh])
    groups = {"lease": ["租期"], "shop": ["商铺"], "harbour": ["港口"]}
    result = SimpleNamespace(expansion=groups, index=_Index())
    question = "What is the minimum lease for a shop in the harbour market?"
    score_dense(np.array([0.92, 0.80]), question, cands, result)
    best = max(cands, key=lambda c: c.score)
    assert best.hit.chunk.doc_id == "rules"


def test_days_shares_and_percentages_in_words_answer_a_number_question() -> None:
    cues = question_cues("多少天内提出意见？")
    for sentence in (
        "在三十日内提出意见。",
        "其中飞出地得六成。",
        "不得超过百分之五十五。",
        "七十五分至八十九分为良好。",
    ):
        assert _fit(sentence, cues)[0] > 0
    assert _fit("由市人民政府批准。", cues)[0] < 0 and _fit("这一点十分重要。", cues)[0] < 0


def test_how_long_asks_for_a_span_of_time_not_a_date_and_why_in_everyday_words() -> None:
    cues = question_cues("高峰期货车过关要等多长时间？")
    assert [c.name for c in cues] == ["duration"]
    assert _fit("平均通关时间压缩到2小时以内。", cues)[0] > 0
    assert _fit("2023年1—10月，口岸货运量达512.6万吨。", cues)[0] < 0  # a date is no span
    assert [c.name for c in question_cues("比计划早了多久？")] == ["duration"]
    assert _fit("比原定目标提前一年实现全覆盖。", question_cues("比计划早了多久？"))[0] > 0
    assert _fit("下午14:30—17:30。", question_cues("窗口下午几点下班？"))[0] > 0
    why = question_cues("有些项目为啥迟迟不开工？")
    assert [c.name for c in why] == ["why"]
    assert _fit("部分签约项目受融资影响开工偏慢。", why)[0] > 0


def test_which_points_asks_for_a_list_not_a_clock_time() -> None:
    """「哪几点」「有几点」 ask for points of a list; 「几点」 alone asks for a time of day."""
    points = question_cues("专题会议要求省级部门在政策上做到哪几点？")
    assert "time" not in [c.name for c in points]
    demands = "会议要求，各部门要深入研究政策、周密制定政策、充分用好政策。"
    dated = "3月2日，专题会议在园区召开。"
    assert _fit(demands, points)[0] > _fit(dated, points)[0]
    assert "time" in [c.name for c in question_cues("推介会几点开始？")]


def test_a_ratio_named_in_passing_is_not_asked_for() -> None:
    """「按比例计到县区名下，是为了打消什么顾虑」 asks for a worry, not a number; 「按什么比例」
    and 「比例是多少」 ask for one."""
    worry = question_cues("考核指标按比例计到区县名下，是为了打消区县的什么顾虑？")
    assert "number" not in [c.name for c in worry]
    for asked in ("存量园区的税收按什么比例分享？", "土地收益的分享比例是多少？"):
        assert "number" in [c.name for c in question_cues(asked)]


def test_project_is_no_purpose() -> None:
    """项目的 holds 目的 (purpose) only by accident: no why cue, no why bonus."""
    assert question_cues("飞地项目的环评审批时限有什么规定？") == []
    why = question_cues("设立园区的目的是什么？")
    assert [c.name for c in why] == ["why"]
    assert _fit("园区项目的审批时限为20个工作日。", why)[0] == 0


def test_a_clause_after_a_semicolon_reads_the_head_of_its_sentence() -> None:
    """「截至6月底，…新签约9个；已开工项目21个，建成投产7个。」: the second clause answers how many
    were in production at the end of June, but its date is written once, at the head."""
    from knowledge.answering.sentences.extractive import head, score_lexical

    h = hit(
        "d",
        0,
        0,
        "截至2026年6月底，青川物流园累计签约项目40个、协议投资88亿元，上半年新签约9个；"
        "已开工项目21个，建成投产7个。园区年内还将建成一座冷库，计划投产后年吞吐量达到3万吨。",
    )
    cands = candidates([h])
    assert head(cands[1]).startswith("截至2026年6月底") and head(cands[0]) == ""
    score_lexical("截至2026年6月底青川物流园建成投产的项目有几个？", None, cands)
    clause, later = cands[1], cands[2]
    assert clause.text == "已开工项目21个，建成投产7个。"
    assert clause.score > later.score


def test_an_item_on_its_own_line_continues_no_head() -> None:
    from knowledge.answering.sentences.extractive import head

    h = hit("d", 0, 0, "申报条件：\n（一）已在园区完成注册；\n（二）投资强度不低于每亩120万元；")
    items = [c for c in candidates([h]) if c.text.startswith("（")]
    assert [head(c) for c in items] == ["", ""]


def test_a_ratio_in_words_answers_a_share_asked_by_how_much_or_how_many_tenths() -> None:
    """「按照五比五的比例」 answers 「分享比例是多少」; 「几成」 asks for a figure too."""
    cues = question_cues("旧版办法规定的土地出让收入分享比例是多少？")
    assert _fit("按照五比五的比例与飞出地分享。", cues)[0] > 0
    assert _fit("由市人民政府统筹安排。", cues)[0] < 0
    assert _fit("其中飞出地得六成。", question_cues("飞出地能分到几成？"))[0] > 0


class _Index:
    def idf(self, term: str) -> float:
        return 1.0


class _Result:
    tokens = ["仓库", "司机"]
    index = _Index()


def test_the_quoted_answer_covers_what_its_sentences_hold_together() -> None:
    h = hit("d", 0, 0, "企业最头疼的是仓库不够用。其次是司机招不到。")
    first, second = candidates([h])
    assert joined_coverage(_Result(), [first]) == 0.5
    assert joined_coverage(_Result(), [first, second]) == 1.0


def test_the_heading_an_item_sits_under_is_its_context() -> None:
    """The items under 「二、入园条件」 answer which conditions apply, though their own words
    (「投资强度」「高耗能」) are not the question's: the heading counts like the title."""
    from knowledge.answering.sentences.extractive import score_lexical
    from knowledge.answering.sentences.sentence_context import headings

    text = "二、入园条件\n（一）已签订投资协议；\n（二）不属于高耗能项目。\n另附说明一份。"

    def item_score(section: str | None) -> float:
        chunk = Chunk("d:1", "d", 1, 0, len(text), text, "入园通知", "n.txt", section)
        cands = [c for c in candidates([ScoredChunk(chunk, 0.5)]) if c.text != "二、入园条件"]
        score_lexical("入园需要满足哪些条件？", None, cands)
        return next(c.score for c in cands if c.text.startswith("（一）"))

    assert item_score("二、入园条件") > item_score(None)
    note = "三、填报说明：本表每年2月填报。"  # a note says what it is about itself
    chunk = Chunk("d:2", "d", 2, 0, len(note), note, "测算表", "t.txt", "附件2 收益分配测算表")
    assert headings(chunk, note) == ""


def test_an_english_question_reads_as_many_chinese_passages_beside_an_english_release() -> None:
    english = [
        hit("release", i, 0, f"The park signed {i} new projects this spring.") for i in range(8)
    ]
    chinese = [
        hit("report", i, 0, f"园区今年新签约项目{i}个，协议投资{i}亿元。") for i in range(30)
    ]
    ranked = english[:4] + chinese[:10] + english[4:] + chinese[10:]
    pool = cross_pool("How many projects did the park sign?", ranked, 6)
    assert sum(h.chunk.doc_id == "report" for h in pool) == 20
    assert len(pool) == 28 and pool == ranked[:28]
    assert cross_pool("How many projects?", english, 6) == english  # fewer: all of them


def test_sentence_scores_do_not_depend_on_the_hash_seed() -> None:
    """The shared grams are a set, iterated in the order of the process's string hashes: summed
    plainly, two runs scored a sentence a last bit apart and a tie went either way (the same
    question answered from another document on the next start). `math.fsum` rounds exactly."""
    import subprocess
    import sys

    code = (
        "from knowledge.answering.sentences.extractive import candidates, score_lexical\n"
        "from knowledge.schema import Chunk, ScoredChunk\n"
        "t = '前5年地方留成税收飞出地分60%，高于合作区的40%。之所以这样设计，是因为项目投产"
        "初期主要靠飞出地的招商和跟踪服务，多分一些才能调动县区的积极性；第6年起项目进入稳定期。'\n"
        "cs = candidates([ScoredChunk(Chunk('d:0', 'd', 0, 0, len(t), t, '解读'), 0.5)])\n"
        "score_lexical('头几年的地方留成税收凭什么让县区多拿？', None, cs)\n"
        "print([c.overlap.hex() for c in cs])\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4", "5")
    }
    assert len(runs) == 1


def test_the_grams_a_sentence_holds_of_the_question_are_its_grams_the_question_has() -> None:
    """held_grams reads only the question's characters and bigrams, by substring, and finds
    what char_grams would: a bigram across a comma or space counts, one across a stop does too."""
    from knowledge.answering.sentences.sentence_context import char_grams, held_grams

    asked = char_grams("磨憨沿边产业园签约了多少个项目2024年")
    for text in (
        "大力开展招商引资,磨憨沿边产业园签约项目14个、投资103.7亿元;",
        "签约。项目 2024 年",
        "",
        "园区abc签约",
    ):
        assert held_grams(text, asked) == char_grams(text) & asked

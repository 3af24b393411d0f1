"""English questions name periods and ordinals too: the end of September 2024, the first half
of 2025, Q3, the third batch, phase 2; they are checked against the evidence as Chinese ones."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.constraints import asked, months_in, ordinals_in
from tests.conftest import make_service


@pytest.mark.parametrize(
    ("question", "months", "label"),
    [
        ("How many projects had the park signed by the end of September 2024?", {9}, "the end of september 2024"),
        ("What was the freight volume in the second half of 2025?", {12}, "the second half of 2025"),
        ("How much freight in the first half of 2025?", {6}, "the first half of 2025"),
        ("What happened in Q3 2024?", {9}, "q3 2024"),
        ("Freight in the first three quarters of 2024?", {9}, "the first three quarters of 2024"),
        ("How many visitors from January to November 2024?", {11}, "january to november 2024"),
        ("How many people lived there by the close of 2024?", {12}, "the close of 2024"),
        ("How many tonnes in March 2025 alone?", {3}, "march 2025"),
        # a month naming the document, a full date, "may" the verb: no period
        ("How does the May 2024 article describe the pace?", set(), ""),
        ("Who moderated the February 2025 press conference?", set(), "2025年"),
        ("Why were rules needed on top of the May 2024 cross-regional measure?", set(), "2024年"),
        ("What happened on 18 April 2025?", set(), "2025年"),
        ("How many times may it ask for an extension?", set(), ""),
    ],
)  # fmt: skip
def test_the_period_an_english_question_names(question: str, months: set[int], label: str):
    q = asked(question)
    assert q.months == months and q.label == label


def test_the_year_of_a_document_pointed_at_is_no_year_asked() -> None:
    assert asked("How does the May 2024 article describe the pace?").years == set()
    assert asked("What did the 2023 report say about freight in 2024?").years == {2024}
    assert asked("Which projects were signed at the June 2024 ceremony?").years == {2024}


def test_english_ordinals_and_evidence_months() -> None:
    assert asked("How many projects were certified in the third batch?").ordinals == {("批", 3)}
    assert asked("When does phase 2 open?").ordinals == {("期", 2)}
    assert asked("What did the first phase of the apartments cost?").label == "the first phase"
    assert asked("How many of the second-batch projects were warehouses?").ordinals == {("批", 2)}
    assert asked("What did the third certification batch include?").ordinals == {("批", 3)}
    text = "23 enclave projects were certified in the first batch in december 2024; the second batch is under review."
    assert ordinals_in(text) == {("批", 1), ("批", 2)} and months_in(text) == {12}
    assert months_in("as of the end of march 2025, the park had signed 46 projects") == {3}
    assert months_in("in the first quarter of 2025, freight reached 2.41 million tonnes") == {3}
    assert months_in("press release · kunming, 18 april 2025 · issued by") == set()


def test_an_english_question_on_another_period_or_batch_is_not_answered(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    report = (
        "青河园区上半年交出成绩单\n2025年7月10日　来源：青河日报\n"
        "截至2025年6月底，青河园区累计签约项目41个，上半年新签约9个。\n"
        "第二批认定的12个园区项目已于5月公示期满。\n"
    )
    path = tmp_path / "h1.txt"
    path.write_text(report, encoding="utf-8")
    svc.ingest_paths([path])
    h2 = svc.ask("How many projects did Qinghe park sign in the second half of 2025?")
    assert h2.abstained
    assert h2.answer.startswith("The documents give nothing for the second half of 2025")
    third = svc.ask("How many Qinghe projects were certified in the third batch?")
    assert third.abstained and "third batch" in third.answer


def _cand(text: str, sentence: str, score: float, doc_id: str):
    from types import SimpleNamespace

    start = text.index(sentence)
    chunk = SimpleNamespace(text=text, title="", doc_id=doc_id)
    return SimpleNamespace(
        text=sentence,
        score=score,
        local=(start, start + len(sentence)),
        hit=SimpleNamespace(chunk=chunk),
    )


def test_an_english_year_is_met_by_the_best_sentence_or_one_beside_it() -> None:
    from knowledge.answering.checking.constraints import unmet

    old = "2023年1—10月，口岸推行提前申报。高峰时段货车平均通关时间压缩到2小时以内。"
    week = "Investors attended the week in 2025. The projects cover cold-chain logistics."
    other = "Investors from Guangdong attended the investment week."
    want = asked("What was the average truck clearance time at the port in 2025?")
    # the best sentence is about 2023; the 2025 passage beside it does not name 2025 in its sentence
    chosen = [_cand(old, "高峰时段货车平均通关时间压缩到2小时以内。", 1.0, "a"),
              _cand(week + " " + other, other, 0.9, "b")]  # fmt: skip
    assert unmet(want, chosen, {}, zh=False) == "2025年"
    # a chosen sentence (or the one before it) naming 2025 answers for the year
    chosen[1] = _cand(week, "The projects cover cold-chain logistics.", 0.9, "b")
    assert unmet(want, chosen, {}, zh=False) is None


def test_a_whole_year_asked_in_english_is_a_year_not_its_end() -> None:
    from knowledge.answering.checking.constraints_en import whole_year

    for q in ("How much freight passed through the port in the whole of 2024?",
              "What was the freight volume for all of 2024?",
              "How many firms registered throughout 2024?",
              "What did the port handle over the full year?"):  # fmt: skip
        assert whole_year(q), q
        assert asked(q).months == {12}
    for q in ("How many projects by the end of 2024?", "How much freight in December 2024?",
              "How much freight in 2024?", "Were all of these projects signed in 2024?"):  # fmt: skip
        assert not whole_year(q), q


def test_an_english_whole_year_is_met_by_the_years_figure_with_no_month() -> None:
    from knowledge.answering.checking.constraints import period_missing, unmet

    review = "2024年，口岸货运量达到871.9万吨。"
    release = "- In the first quarter of 2025, freight reached 2.41 million tonnes."
    want = asked("How much freight passed through the port in the whole of 2024?")
    chosen = [_cand(release, release, 1.0, "en"), _cand(review, review, 0.9, "zh")]
    assert unmet(want, chosen, {}, zh=False) is None
    assert not period_missing(want, chosen[1:], {})
    # a moment at the year's end is no year's figure, nor is the year's end asked told by it
    end = "截至2024年12月底，园区累计签约项目38个。"
    assert unmet(want, [chosen[0], _cand(end, end, 0.9, "zh")], {}, zh=False) is None
    other = "2023年，口岸货运量628.4万吨。"
    assert unmet(want, [chosen[0], _cand(other, other, 0.9, "zh")], {}, zh=False)
    moment = asked("How much freight had passed through the port by the end of 2024?")
    assert unmet(moment, chosen, {}, zh=False) == "the end of 2024"

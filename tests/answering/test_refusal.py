"""Whether to answer: the refusal model's threshold (0 included) and the refusal's language."""

from __future__ import annotations

from knowledge.answering.refusal import REFUSAL, confidence, refusal, threshold
from tests.conftest import make_service

NOTICE = "蓝莓合作社今年收获了三百吨蓝莓，比去年多了两成。社员们把蓝莓卖到了昆明。"


def test_a_threshold_of_zero_is_kept_not_replaced_by_the_default() -> None:
    assert threshold(None) == 0.5 and threshold(0.0) == 0.0 and threshold(0.8) == 0.8


def test_threshold_zero_answers_what_the_default_refuses(tmp_path) -> None:
    question = "苹果园今年收获了多少吨苹果？"
    strict = make_service(tmp_path / "a", embedding={"provider": "fake"})
    strict.add_text(NOTICE, "蓝莓")
    assert strict.ask(question).abstained
    lenient = make_service(
        tmp_path / "a", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    ans = lenient.ask(question)
    assert not ans.abstained and "蓝莓" in ans.answer and ans.confidence < 0.5


def test_confidence_grows_with_the_evidence() -> None:
    weak = confidence("zh", {"coverage": 0.2, "dense": 0.8, "unseen": 0.5})
    strong = confidence("zh", {"coverage": 1.0, "dense": 0.9, "unseen": 0.0})
    assert 0.0 <= weak < 0.5 < strong <= 1.0
    assert confidence("en", {"coverage": 0.9}) > confidence("en", {"coverage": 0.6})


def test_a_refusal_speaks_the_question_s_language_and_cites_nothing_it_was_not_given() -> None:
    assert refusal("老挝的首都是哪座城市？", [], {}).answer == REFUSAL["zh"]
    draft = refusal("What is the capital of Laos?", [], {})
    assert draft.answer == REFUSAL["en"] and draft.abstained and draft.citations == []

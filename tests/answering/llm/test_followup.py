"""Tests for follow-up questions, with and without a chat model."""

from __future__ import annotations

import json

import pytest

from knowledge.answering.llm import followup
from knowledge.schema import Turn
from knowledge.text.normalise import normalise
from tests.conftest import ROOT, SHARED
from tests.llm_stub import Reply, StubLLM, bundled_service

DATA = ROOT / "tests" / "data"
SEED = SHARED / "eval" / "seed_qa.jsonl"
FIRST = "磨憨沿边产业园签约了多少个项目？"
INVESTMENT = "投资103.7亿元"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = bundled_service(tmp_path_factory.mktemp("followup-store"))
    service.chat_model = None
    return service


@pytest.fixture(scope="module")
def index(svc):
    return svc.searcher.snapshot().index


@pytest.fixture(scope="module")
def first(svc):
    return svc.ask(FIRST)


def self_contained_questions() -> list[str]:
    files = [DATA / "mohan_extra.jsonl"] + ([SEED] if SEED.exists() else [])
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    return [json.loads(line)["question"] for line in lines]


def cited_texts(ans) -> list[str]:
    return [c.text for c in ans.citations]


# ---- without a model ---------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["投资额是多少？", "那投资了多少？", "它們的投資額是多少？"])
def test_a_follow_up_finds_the_passage_of_the_previous_topic(svc, first, question) -> None:
    ans = svc.ask(question, history=[Turn(FIRST, first.answer)])
    assert ans.question == question and not ans.abstained
    assert "103.7亿元" in ans.answer
    assert any(INVESTMENT in t for t in cited_texts(ans))
    assert ans.retrieval_query.endswith(normalise(question))
    assert {"沿边", "产业园", "签约"} <= set(ans.retrieval_query.split()[:-1])


def test_the_previous_answer_is_not_added_to_the_query(svc, first) -> None:
    ans = svc.ask("投资额是多少？", history=[Turn(FIRST, first.answer)])
    assert "14" not in ans.retrieval_query and "招商引资" not in ans.retrieval_query


def test_a_self_contained_second_question_is_not_rewritten(svc, first) -> None:
    question = "托管以来磨憨的实有人口有什么变化？"
    alone = svc.ask(question)
    ans = svc.ask(question, history=[Turn(FIRST, first.answer)])
    assert ans.retrieval_query == normalise(question) == alone.retrieval_query
    assert ans.answer == alone.answer and "3.5万" in ans.answer


def test_no_seed_question_is_taken_for_a_follow_up(index) -> None:
    history = [Turn(FIRST, "磨憨沿边产业园签约项目14个。")]
    for question in self_contained_questions():
        rewrite = followup.lexical_rewrite(question, history, index)
        assert (rewrite.method, rewrite.query) == ("none", question), question


@pytest.mark.parametrize(
    "question",
    ["投资额是多少？", "那投资了多少？", "它是什么时候印发的？", "那么人口呢？", "还有哪些点位？",
     "多少个？", "为什么？", "What about the investment?", "How much was invested?"],
)  # fmt: skip
def test_follow_up_detection(question: str) -> None:
    assert followup.is_followup(question)


def test_a_chain_of_follow_ups_keeps_the_topic(index) -> None:
    history = [Turn(FIRST, "14个。"), Turn("那投资了多少？", "103.7亿元。")]
    terms = followup.anchors("这些项目是哪一年签约的？", history, index)
    assert "投资" in terms and "沿边" in terms and len(terms) <= followup.MAX_ANCHORS
    assert followup.lexical_rewrite("你好", [], index).method == "none"


# ---- with a model ------------------------------------------------------------------------------
@pytest.fixture
def stub():
    server = StubLLM().start()
    yield server
    server.stop()


def test_the_model_condenses_the_follow_up(svc, first, stub) -> None:
    condensed = "磨憨沿边产业园签约项目的投资额是多少？"
    stub.queue(f"改写后的问题：{condensed}", "投资103.7亿元[1]。")
    svc.chat_model = stub.model()
    try:
        ans = svc.ask("那投资了多少？", history=[Turn(FIRST, first.answer)])
    finally:
        svc.chat_model = None
    condense, answer = stub.messages(0), stub.messages(1)
    assert FIRST in condense["user"] and first.answer[:50] in condense["user"]
    assert "那投资了多少？" in condense["user"]
    assert f"问题：{condensed}" in answer["user"]
    assert ans.question == "那投资了多少？" and ans.retrieval_query == normalise(condensed)
    assert ans.mode == "llm" and ans.answer == "投资103.7亿元[1]。"


def test_a_failed_condense_falls_back_to_the_extractive_follow_up(svc, first, stub) -> None:
    stub.queue(Reply(status=500))
    svc.chat_model = stub.model()
    try:
        ans = svc.ask("投资额是多少？", history=[Turn(FIRST, first.answer)])
    finally:
        svc.chat_model = None
    assert len(stub.requests) == 1  # the model is not asked again to answer
    assert ans.mode == "extractive" and "返回错误 500" in ans.notice
    assert "103.7亿元" in ans.answer and "沿边" in ans.retrieval_query


def test_an_unusable_condense_uses_the_lexical_query_but_still_the_model(svc, first, stub) -> None:
    stub.queue("\n\n", "投资103.7亿元[1]。")
    svc.chat_model = stub.model()
    try:
        ans = svc.ask("投资额是多少？", history=[Turn(FIRST, first.answer)])
    finally:
        svc.chat_model = None
    assert "沿边" in ans.retrieval_query
    assert ans.mode == "llm" and ans.notice is None and len(stub.requests) == 2


def test_a_rewritten_query_never_exceeds_the_question_limit(index) -> None:
    from knowledge.answering.core.question import MAX_QUESTION_CHARS

    assert MAX_QUESTION_CHARS == MAX_QUESTION_CHARS
    long = "那" + "投资" * 499 + "？"
    assert followup.lexical_rewrite(long, [Turn(FIRST)], index).query == long

"""English questions on the bundled (Chinese) article, real e5: answered from the right
document and sentence, from sentence vectors stored at ingest (no passage embedded then)."""

from __future__ import annotations

BUNDLED = "mohan-meeting-2024-05-10.txt"
FIGURE = "磨憨沿边产业园签约项目14个"


def count_passages(svc, monkeypatch) -> list[int]:
    calls: list[int] = []
    real = svc.embeddings.embed_passages
    monkeypatch.setattr(
        svc.embeddings,
        "embed_passages",
        lambda texts, progress=None: calls.append(len(texts)) or real(texts, progress),
    )
    return calls


def test_english_question_answered_from_the_right_sentence(mohan_service, monkeypatch):
    calls = count_passages(mohan_service, monkeypatch)
    ans = mohan_service.ask(
        "How much investment did the projects signed by the Mohan border industrial park bring?"
    )
    assert not ans.abstained and "103.7亿元" in ans.answer
    assert {c.source for c in ans.citations} == {BUNDLED}
    assert calls == []


def test_english_count_question_finds_the_sentence_that_holds_the_count(mohan_service):
    # issue 11's example. The best sentence is the right one; whether it is answered or refused
    # is the English refusal threshold's call (knowledge/answering/core/refusal.py).
    ev = mohan_service.evidence("How many projects did the Mohan border industrial park sign?")
    best = max(ev.chosen, key=lambda c: c.score)
    assert FIGURE in best.text and ev.docs[best.hit.chunk.doc_id].source == BUNDLED

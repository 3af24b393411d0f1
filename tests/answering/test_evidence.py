"""Evidence for questions in another language than the documents' (here: English questions
scored by sentence vectors): stored vectors are used, no passage is embedded at question time;
a store without them (older, or its pass not run yet) still answers, and is backfilled."""

from __future__ import annotations

from knowledge.documents.loaders import RawDocument
from tests.conftest import make_service

REPORT = (
    "The harbour authority of Port Elwen reported its figures for the spring season. "
    "Container traffic rose to 412,000 units, the highest since the new quay opened. "
    "The ferry line to Tarn Island carried 88,000 passengers between March and May. "
    "A second crane will be installed on the north pier before the autumn storms."
)
QUESTION = "How many passengers did the ferry line to Tarn Island carry?"


def service(tmp_path, mode: str = "inline"):
    svc = make_service(
        tmp_path / "store",
        embedding={"provider": "fake"},
        ingest={"chunk_chars": 160, "sentence_vectors": mode},
        answer={"refusal_threshold": 0.0},
    )
    list(svc.add_documents([RawDocument(text=REPORT, source="elwen.txt", fmt="txt")]))
    return svc


def count_passages(svc) -> list[int]:
    calls: list[int] = []
    real = svc.embeddings.embed_passages
    svc.embeddings.embed_passages = lambda texts, progress=None: (
        calls.append(len(texts)) or real(texts, progress)
    )
    return calls


def test_no_passage_is_embedded_at_question_time(tmp_path):
    svc = service(tmp_path)
    calls = count_passages(svc)
    ans = svc.ask(QUESTION)
    assert calls == []
    assert "88,000 passengers" in ans.answer and ans.citations[0].source == "elwen.txt"


def test_a_store_without_sentence_vectors_still_answers_and_is_backfilled(tmp_path):
    svc = service(tmp_path, "off")  # as a store made before sentence vectors
    assert svc.store.sentence_doc_ids() == set()
    calls = count_passages(svc)
    ans = svc.ask(QUESTION)
    assert "88,000 passengers" in ans.answer
    assert calls  # the candidates were embedded now, as before

    svc.sentence_pass.mode = "background"  # the default: the ask above would have queued it
    svc.ask(QUESTION)
    assert svc.sentence_pass.wait(timeout=60)
    assert svc.store.sentence_doc_ids() == {d.doc_id for d in svc.list_documents()}
    calls.clear()
    assert "88,000 passengers" in svc.ask(QUESTION).answer
    assert calls == []


def test_a_whole_older_store_can_be_filled_at_once(tmp_path):
    svc = service(tmp_path, "off")
    assert svc.sentence_pass.run() > 0
    assert svc.store.sentence_doc_ids() == {d.doc_id for d in svc.list_documents()}
    assert svc.sentence_pass.run() == 0


def test_an_english_question_reads_sentences_beyond_the_top_passages(tmp_path):
    """The passage holding the fact may rank below the top few for an English question: the
    candidates come from the first CROSS_POOL retrieved chunks, not only the cited top_k."""
    from knowledge.answering import extractive
    from knowledge.answering.evidence import gather

    svc = service(tmp_path)
    filler = " ".join(f"Berth {i} of Port Elwen handled cargo in the spring." for i in range(40))
    list(svc.add_documents([RawDocument(text=filler, source="berths.txt", fmt="txt")]))
    snap = svc.searcher.snapshot()
    ev = gather(svc.searcher, svc.embeddings, QUESTION, snap, 1, 160, 3)
    pool = ev.result.hits[: extractive.CROSS_POOL]
    assert len(pool) > len(ev.hits)
    texts = {h.chunk.text for h in pool}
    assert any("88,000 passengers" in t for t in texts)
    assert "88,000 passengers" in "".join(c.text for c in ev.chosen)


# A Chinese question whose answer shares few characters with it: 收入 (income) is asked, the
# sentence says 薪酬 (pay). The lexical score prefers the sentences full of the question's other
# words; only the e5 similarity over the stored sentence vectors knows 薪酬 answers 收入. The
# tests' hash fake has no meaning, so here it gives these words one: a text holding one of them
# is embedded as its concept alone.
QINGHE = (
    "青禾园区职工服务中心本月正式启用，职工可在这里办理各类事务。"
    "园区职工食堂每天供应三餐，还为夜班职工提供宵夜。"
    "一线工人每月薪酬平均为六千二百元，高于全市平均水平。"
)
PAY = "一线工人每月薪酬平均为六千二百元，高于全市平均水平。"
CONCEPTS = {"收入": "甲", "薪酬": "甲", "工资": "甲"}


def chinese_service(tmp_path, monkeypatch, mode: str):
    from knowledge.models.embeddings import HashEmbeddings

    plain = HashEmbeddings._vec

    def meaning(self, text: str):
        return plain(self, "".join(t for w, t in CONCEPTS.items() if w in text) or text)

    monkeypatch.setattr(HashEmbeddings, "_vec", meaning)
    svc = make_service(
        tmp_path / "store",
        embedding={"provider": "fake"},
        ingest={"chunk_chars": 160, "sentence_vectors": mode},
        answer={"refusal_threshold": 0.0, "max_sentences": 1},
    )
    list(svc.add_documents([RawDocument(text=QINGHE, source="qinghe.txt", fmt="txt")]))
    return svc


def test_a_chinese_answer_sentence_found_only_by_its_stored_vector(tmp_path, monkeypatch):
    svc = chinese_service(tmp_path, monkeypatch, "inline")
    calls = count_passages(svc)
    ans = svc.ask("青禾园区职工的收入怎么样？")
    assert ans.answer.startswith(PAY) and len(ans.sentences) == 1
    assert calls == []  # the stored vectors, nothing embedded at question time
    ev = svc.evidence("青禾园区职工的收入怎么样？")
    best = max(ev.chosen, key=lambda c: c.score)
    assert best.sim is not None and best.lexical < best.score


def test_without_stored_vectors_a_chinese_question_is_scored_as_before(tmp_path, monkeypatch):
    svc = chinese_service(tmp_path, monkeypatch, "off")
    calls = count_passages(svc)
    ans = svc.ask("青禾园区职工的收入怎么样？")
    assert calls == []  # no passage embedded for a Chinese question
    assert not ans.answer.startswith(PAY)  # the lexical choice, as before
    ev = svc.evidence("青禾园区职工的收入怎么样？")
    assert all(c.sim is None and c.score == c.lexical for c in ev.chosen)

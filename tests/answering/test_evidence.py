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
    from knowledge.answering.evidence import gather
    from knowledge.answering.sentences import extractive

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


def _period_moves(question: str, passages: dict[str, str]) -> dict[str, float]:
    """What `prefer_period` adds to each sentence of the passages (document id -> text)."""
    from knowledge.answering.evidence import prefer_period
    from knowledge.answering.sentences import extractive
    from knowledge.schema import Chunk, ScoredChunk

    hits = [
        ScoredChunk(Chunk(f"{d}:0", d, 0, 0, len(t), t, "园区通讯"), 0.5)
        for d, t in passages.items()
    ]
    cands = extractive.candidates(hits)
    for c in cands:
        c.score = 1.0
    prefer_period(question, cands, {})
    return {c.text: round(c.score - 1.0, 3) for c in cands}


def test_an_english_questions_period_moves_the_chinese_figure_of_that_period_up() -> None:
    """ "By the end of June 2025": an English release's end-of-March figure is closer in meaning
    than 「截至2025年6月底」 but names another period; the sentence naming the period asked
    (itself or the sentence before it) moves up, one naming it without a figure does not, and
    the contradicting one stays where it was (the abstention check reads it)."""
    from knowledge.answering.evidence import EN_PERIOD

    passages = {
        "en": "As of the end of March 2025, the park had signed 46 projects.",
        "zh": "截至2025年6月底，园区累计签约项目51个；已开工项目27个。六月下旬，园区召开了总结会。",
    }
    moved = _period_moves("How many projects had started work by the end of June 2025?", passages)
    assert moved == {
        "As of the end of March 2025, the park had signed 46 projects.": 0.0,
        "截至2025年6月底，园区累计签约项目51个；": EN_PERIOD,
        "已开工项目27个。": EN_PERIOD,
        "六月下旬，园区召开了总结会。": 0.0,
    }
    moved = _period_moves("How many projects had started work in 2025?", passages)
    assert set(moved.values()) == {0.0}  # a year alone moves nothing


def test_an_english_whole_year_moves_the_years_figure_up_not_a_december_one() -> None:
    """ "The whole of 2024" ends in December, but a count at the end of December (and the
    sentence after it), or an event in December, does not tell it: the year's own figure
    (「2024年，货运量达到871.9万吨」) and a 全年 figure move up; another year's figure does not."""
    from knowledge.answering.evidence import EN_PERIOD

    passages = {
        "en": "- 23 projects were certified in the first batch in December 2024.",
        "zh": "2024年，口岸货运量达到871.9万吨。截至2024年12月底，园区累计签约项目38个。"
        "全部县区已签订协议。全年新增注册企业1124户。2023年，口岸货运量628.4万吨。",
    }
    moved = _period_moves(
        "How much freight passed through the port in the whole of 2024?", passages
    )
    assert moved == {
        "- 23 projects were certified in the first batch in December 2024.": 0.0,
        "2024年，口岸货运量达到871.9万吨。": EN_PERIOD,
        "截至2024年12月底，园区累计签约项目38个。": 0.0,
        "全部县区已签订协议。": 0.0,
        "全年新增注册企业1124户。": EN_PERIOD,
        "2023年，口岸货运量628.4万吨。": 0.0,
    }
    moved = _period_moves("How many projects had been signed by the end of 2024?", passages)
    assert moved["截至2024年12月底，园区累计签约项目38个。"] == EN_PERIOD  # a moment: December's


def test_the_sentence_closest_in_meaning_comes_from_stored_vectors_only() -> None:
    import numpy as np

    from knowledge.answering.evidence import closest_in_meaning
    from knowledge.answering.sentences.extractive import Candidate
    from knowledge.schema import Chunk, ScoredChunk

    # fictional notice, two sentences in one chunk
    text = "本年度申报自10月8日开始，11月29日截止。逾期未报的项目，可在3个月内补报一次。"
    chunk = Chunk("c1", "d1", 0, 0, len(text), text)
    cut = text.index("逾期")
    first = Candidate(ScoredChunk(chunk, 0.03), 0, (0, cut), text[:cut])
    second = Candidate(ScoredChunk(chunk, 0.03), 0, (cut, len(text)), text[cut:])

    class Store:
        def __init__(self, spans):
            self.spans = spans

        def sentence_vectors(self, ids):
            vecs = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)[: len(self.spans)]
            return {"c1": (self.spans, vecs)}

    query = np.array([0.0, 1.0], dtype=np.float32)
    assert closest_in_meaning(Store([(0, cut), (cut, len(text))]), [first, second], query) is second
    # a sentence without its stored vector: nothing is embedded now, no sentence is offered
    assert closest_in_meaning(Store([(0, cut)]), [first, second], query) is None


PORT = (
    "渡口镇与港务公司签订码头共建协议，合作期限为10年。"
    "渡口镇物流企业多，但缺少出海码头；港务公司有泊位，但本地货源不足。\n"
)


def test_a_why_answered_quotes_its_reason_first_and_the_decision_reads_the_claim(tmp_path):
    """The claim the why restates shares more of its words; the answer quotes the sentence
    telling the lack (sentences/reason_first.py), while the evidence the refusal and the gates
    read is chosen as before."""
    svc = make_service(
        tmp_path / "store",
        embedding={"provider": "fake"},
        answer={"refusal_threshold": 0.0, "max_sentences": 1},
    )
    list(svc.add_documents([RawDocument(text=PORT, source="port.txt", fmt="txt")]))
    question = "渡口镇为什么要和港务公司签订码头共建协议？"
    ev = svc.pipeline.evidence(question)
    assert [c.text for c in ev.chosen] == ["渡口镇与港务公司签订码头共建协议，合作期限为10年。"]
    assert "缺少出海码头" in ev.quote[0].text
    assert "缺少出海码头" in svc.ask(question).answer
    ev = svc.pipeline.evidence("码头合作期限是多少年？")  # no why asked
    assert ev.quote == []

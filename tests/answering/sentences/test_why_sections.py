"""An English why-question reads the retrieved documents' passages that ask a why, and a
sentence answering such a question or section is not taken for one giving no reason."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import candidates
from knowledge.answering.sentences.why_sections import (
    answers_why,
    asks_why,
    lift,
    with_why_sections,
)
from knowledge.schema import Chunk, ScoredChunk

EXPLAINED = "一、为什么要修订《借阅办法》\n\n旧办法只管纸本，电子书的借期一直无章可循。"
FIGURES = "二、主要内容\n\n每人可借纸本书10册。"
QA = "问：晚报记者：为什么分馆的借阅量要计入总馆？\n馆长：总馆承担采购，计入总馆便于统一考核。"
HEADLINE = "这座图书馆为何选在河边?\n2024年5月12日开馆。"


def chunk(i: int, text: str, doc: str = "d", section: str | None = None) -> Chunk:
    return Chunk(f"{doc}:{i}", doc, i, 0, len(text), text, "解读", "j.md", section)


def test_a_why_question_reads_the_retrieved_documents_why_sections() -> None:
    why = chunk(0, EXPLAINED, section="一、为什么要修订《借阅办法》")
    figures = chunk(1, FIGURES, section="二、主要内容")
    pool = [ScoredChunk(figures, 0.5)]
    out = with_why_sections("Why were the lending rules revised?", pool, pool, lambda _d: [
        why, figures])  # fmt: skip
    assert [h.chunk.chunk_id for h in out] == ["d:1", "d:0"]
    # not for another kind of question, nor twice
    assert with_why_sections("How many books may one borrow?", pool, pool, lambda _d: [why]) == pool
    both = [ScoredChunk(figures, 0.5), ScoredChunk(why, 0.4)]
    assert with_why_sections("Why?", both, both, lambda _d: [why, figures]) == both


def test_a_line_asking_why_is_a_heading_or_a_question_not_a_body_sentence() -> None:
    assert asks_why(EXPLAINED) and asks_why(QA)
    assert not asks_why("确有客观原因的，可申请延期一次。")
    assert not asks_why("这就是为什么读者越来越多的原因之一，借阅量连年上升，馆方表示满意。")


def test_a_sentence_answering_a_why_is_not_penalised_for_its_own_words() -> None:
    why = chunk(0, EXPLAINED, section="一、为什么要修订《借阅办法》")
    qa, headline = chunk(1, QA, "q"), chunk(2, HEADLINE, "h")
    cands = candidates([ScoredChunk(c, 0.5) for c in (why, qa, headline)])
    body = next(c for c in cands if c.text.startswith("旧办法"))
    answer = next(c for c in cands if "总馆承担" in c.text)
    opened = next(c for c in cands if c.text.startswith("2024年"))
    assert answers_why(body.hit.chunk, body.local[0])
    assert answers_why(answer.hit.chunk, answer.local[0])
    assert not answers_why(opened.hit.chunk, opened.local[0])  # a headline asks, it is no Q&A
    lift("Why were the lending rules revised?", cands)
    assert body.score > 0 and opened.score == 0
    before = body.score
    lift("How many books?", cands)
    assert body.score == before

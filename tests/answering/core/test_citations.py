"""Citation numbering: one marker per distinct chunk, in order of first use, spans remembered."""

from __future__ import annotations

from knowledge.answering.core.citations import CitationBook, markers_in, strip_markers
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk


def hit(i: int, doc: str = "d") -> ScoredChunk:
    return ScoredChunk(
        Chunk(f"{doc}:{i}", doc, i, 10 * i, 10 * i + 8, f"第{i}段的文字内容", "题"), 0.5
    )


def test_markers_follow_first_use_and_collect_spans() -> None:
    docs = {"d": DocumentInfo("d", "题", "d.txt", 3, "", "2024-05-12", "新华社")}
    book = CitationBook(docs)
    assert book.cite(hit(2), (0, 2)) == 1
    assert book.cite(hit(0)) == 2
    assert book.cite(hit(2), (3, 5)) == 1 and book.cite(hit(2), (0, 2)) == 1
    first, second = book.citations()
    assert (first.marker, first.chunk_id, first.highlights) == (1, "d:2", ((0, 2), (3, 5)))
    assert (second.marker, second.start, second.end) == (2, 0, 8)
    assert first.published == "2024-05-12" and first.publisher == "新华社"


def test_markers_in_and_stripped_text() -> None:
    assert markers_in("甲[2]乙[1][2]。") == [2, 1]
    assert strip_markers(" 甲[2]乙[10]。 ") == "甲乙。"


def test_a_citation_names_the_clause_of_the_sentence_it_used() -> None:
    text = "第十条　新增用地指标由市级统筹安排。\n土地出让收入按照五比五的比例分享。\n资金于3月31日前拨付。"
    chunk = Chunk("p:9", "p", 9, 600, 600 + len(text), text, "办法", "b.txt", "第三章 › 第十条", 2)
    book = CitationBook()
    book.cite(ScoredChunk(chunk, 0.5), (text.index("土地"), text.index("分享。") + 3))
    (c,) = book.citations()
    assert (c.section, c.page) == ("第三章 › 第十条 › 第二款", 2)
    assert c.label() == "《办法》第十条第二款第2页"
    plain = CitationBook()
    plain.cite(hit(1))
    assert plain.citations()[0].section is None and plain.citations()[0].label() == "题"


def test_by_clause_sentences_of_two_clauses_of_one_article_get_a_marker_each() -> None:
    text = "第六条　委员会由双方各派四名成员组成。\n委员会每季度至少召开一次全体会议。"
    chunk = Chunk("p:6", "p", 6, 0, len(text), text, "办法", "b.txt", "第二章 › 第六条")
    first, second = (0, text.index("。") + 1), (text.index("委员会每"), len(text))
    book = CitationBook(by_clause=True)
    assert [book.cite(ScoredChunk(chunk, 0.5), s) for s in (first, second, first)] == [1, 2, 1]
    assert [c.label() for c in book.citations()] == ["《办法》第六条第一款", "《办法》第六条第二款"]
    whole = CitationBook()  # a quoted article (structure answers) stays one citation
    assert [whole.cite(ScoredChunk(chunk, 0.5), s) for s in (first, second)] == [1, 1]
    assert [c.label() for c in whole.citations()] == ["《办法》第六条"]

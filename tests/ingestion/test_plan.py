"""Planning a document: its id is its cleaned text, chunks are exact slices, vectors skip overlap."""

from __future__ import annotations

from knowledge.documents.loaders import RawDocument
from knowledge.ingestion.plan import Planned, doc_id_for, embed_texts, estimate_chunks, plan
from knowledge.settings import IngestSettings

TEXT = "".join(f"第{i}句讲园区的第{i}件事情，内容相当具体而且不短。" for i in range(30))


def raw(text: str = TEXT, source: str = "a.txt", title: str | None = "园区") -> RawDocument:
    return RawDocument(text=text, source=source, fmt="txt", title_hint=title)


def test_the_same_content_is_the_same_document_whatever_its_name() -> None:
    a, b = plan(raw(source="a.txt"), IngestSettings()), plan(raw(source="b.txt"), IngestSettings())
    assert isinstance(a, Planned) and a.doc_id == b.doc_id == doc_id_for(a.doc.text)


def test_chunks_are_exact_slices_and_records_count_them() -> None:
    p = plan(raw(), IngestSettings(chunk_chars=120))
    assert len(p.chunks) > 3
    assert all(p.doc.text[c.start : c.end] == c.text for c in p.chunks)
    assert [c.chunk_id for c in p.chunks] == [f"{p.doc_id}:{i}" for i in range(len(p.chunks))]
    assert p.record().chunks == len(p.chunks) and p.result("added").chunks == len(p.chunks)
    assert p.result("present", "已存在").chunks == 0


def test_embedded_text_is_the_title_and_the_chunk_without_its_overlap() -> None:
    cfg = IngestSettings(chunk_chars=120, overlap_sentences=1)
    p = plan(raw(), cfg)
    first, second = embed_texts(p.chunks, cfg)[:2]
    assert first.startswith("园区\n") and second.startswith("园区\n")
    repeated = p.chunks[1].text[: p.chunks[0].end - p.chunks[1].start]
    assert repeated and repeated not in second
    both = embed_texts(p.chunks, IngestSettings(chunk_chars=120, embed_overlap=True))
    assert repeated in both[1]


def test_nothing_to_index_is_an_error_result_and_estimates_are_at_least_one() -> None:
    bad = plan(raw(text="\n\n"), IngestSettings())
    assert not isinstance(bad, Planned) and bad.status == "error"
    assert estimate_chunks(0, IngestSettings()) == 1
    assert estimate_chunks(72_000, IngestSettings(chunk_chars=240)) == 100

"""Planning a document: its id is its cleaned text, chunks are exact slices, vectors skip overlap."""

from __future__ import annotations

from pathlib import Path

from knowledge.documents.chunking import chunk_text
from knowledge.documents.loaders import RawDocument
from knowledge.ingestion.plan import (
    Planned,
    doc_id_for,
    embed_texts,
    estimate_chunks,
    own_title,
    plan,
)
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


# ---- policy documents --------------------------------------------------------------------------
POLICY = Path(__file__).resolve().parent.parent / "data" / "policy"


def policy(name: str) -> Planned:
    text = (POLICY / name).read_text(encoding="utf-8")
    p = plan(RawDocument(text=text, source=name, fmt="txt"), IngestSettings())
    assert isinstance(p, Planned)
    return p


def test_a_policy_document_is_titled_chunked_and_recorded_from_its_structure() -> None:
    p = policy("qinghe-feidi-banfa.txt")
    assert p.doc.title == "青禾市飞地园区利益分享管理办法"  # not its 版头 line
    assert all(c.title == p.doc.title and p.doc.text[c.start : c.end] == c.text for c in p.chunks)
    assert "第三章 利益分享机制 › 第十条" in [c.section for c in p.chunks]
    info = p.record()
    assert (info.issuer, info.doc_number, info.doc_type) == (
        "青禾市人民政府办公室",
        "青政办〔2024〕12号",
        "办法",
    )
    assert (info.issued_on, info.effective_on, info.published_on) == (
        "2024-05-08",
        "2024-06-01",
        None,
    )
    assert info.repeals == ("青禾市园区合作共建暂行办法",) and info.status == "current"
    validity = info.field("validity")
    assert p.doc.text[validity.start : validity.end] == "有效期2年"


def test_news_is_chunked_exactly_as_plain_text() -> None:
    p = policy("qinghe-feidi-news.txt")
    spans = chunk_text(p.doc.text, 240, 1)
    assert [(c.start, c.end, c.section) for c in p.chunks] == [
        (s.start, s.end, None) for s in spans
    ]
    info = p.record()
    assert info.doc_type is None and info.doc_number is None and info.fields == ()
    assert info.published_on == "2024-06-03"


def test_the_dense_text_of_a_structured_chunk_carries_its_path() -> None:
    p = policy("qinghe-feidi-banfa.txt")
    texts = embed_texts(p.chunks, IngestSettings())
    tenth = next(i for i, c in enumerate(p.chunks) if c.section and c.section.endswith("第十条"))
    assert texts[tenth].startswith(
        "青禾市飞地园区利益分享管理办法 › 第三章 利益分享机制 › 第十条\n第十条"
    )
    assert texts[0].startswith("青禾市飞地园区利益分享管理办法\n")  # the preamble has no path


def test_a_title_property_that_is_the_file_name_is_no_title() -> None:
    """A scanner writes the file's name as the PDF's title: the 公文 title is read instead."""
    assert own_title("scan_0101", "in/scan_0101.pdf") is None
    assert own_title("湖岭市夜市管理办法", "in/scan_0101.pdf") == "湖岭市夜市管理办法"
    assert own_title(None, "a.pdf") is None


def test_a_paste_keeps_the_title_it_was_given_as_its_name() -> None:
    raw = RawDocument("湖岭夜市今晚开张，摊位两百个。", "夜市开张", "txt", "夜市开张")
    got = plan(raw, IngestSettings())
    assert got.doc.title == "夜市开张"


NOTICE_WITH_OWN_CLAUSE = """沂滨市澜坪区人民政府办公室关于印发澜坪区污水站点运维补助措施的通知
澜政办发〔2025〕21号
各镇人民政府、街道办事处：
《澜坪区污水站点运维补助措施》已经区政府同意，现印发给你们，请认真执行。本通知自印发之日起施行。
沂滨市澜坪区人民政府办公室
2025年6月10日
澜坪区污水站点运维补助措施
一、对运维考核优秀的站点，每个站点每年补助2000元。
二、本措施自2025年7月1日起执行。
"""


def test_a_notice_carrying_one_document_has_its_own_clause_the_document_its() -> None:
    """「本通知自印发之日起施行」 over a 措施 「自2025年7月1日起执行」: the notice's row is dated
    by its own clause, the 措施's row by its."""
    raw_doc = RawDocument(text=NOTICE_WITH_OWN_CLAUSE, source="n.txt", fmt="txt")
    p = plan(raw_doc, IngestSettings())
    assert isinstance(p, Planned)
    record = p.record()
    assert record.effective_on == "2025-06-10"
    assert [part.effective_on for part in record.parts] == ["2025-07-01"]
    assert p.structure.field("effective").iso == "2025-07-01"  # questions quote the 措施's

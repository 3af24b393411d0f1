"""Records <-> Chroma metadata: the new fields round-trip, None is never stored, and records
and chunks of stores made before the fields existed still load."""

from __future__ import annotations

from knowledge.schema import Chunk, DocField, DocumentInfo
from knowledge.storage.chroma_io import record_meta, to_chunk, to_doc_info

INFO = DocumentInfo(
    "d1",
    "青禾市飞地园区利益分享管理办法",
    "banfa.txt",
    17,
    "2024-05-10T00:00:00+00:00",
    chars=1200,
    issuer="青禾市人民政府办公室",
    doc_number="青政办〔2024〕12号",
    doc_type="办法",
    issued_on="2024-05-08",
    effective_on="2024-06-01",
    repeals=("青禾市园区合作共建暂行办法",),
    fields=(DocField("validity", "有效期2年", 800, 805), DocField("cc", "市委各部门，", 900, 906)),
)


def test_a_record_round_trips_without_none_values() -> None:
    meta = record_meta(INFO)
    assert None not in meta.values() and "doc_id" not in meta
    assert all(isinstance(v, (str, int, float, bool)) for v in meta.values())
    back = to_doc_info("d1", {**meta, "chars": 1200})
    assert back == INFO


def test_an_old_record_loads_with_defaults() -> None:
    old = {"title": "t", "source": "a.txt", "chunks": 3, "added_at": "x", "chars": 10}
    info = to_doc_info("d0", old)
    assert (info.status, info.issuer, info.effective_on, info.repeals, info.fields) == (
        "current",
        None,
        None,
        (),
        (),
    )
    broken = to_doc_info("d0", {**old, "fields": "not json", "repeals": "["})
    assert broken.fields == () and broken.repeals == ()


def test_chunk_section_and_page_round_trip_and_old_chunks_load() -> None:
    c = Chunk("d1:10", "d1", 10, 641, 746, "第十条……", "题", "banfa.txt", "第三章 › 第十条", 4)
    assert to_chunk(c.chunk_id, c.text, c.metadata()) == c
    old = {"doc_id": "d", "ordinal": 0, "start": 0, "end": 2, "title": "t", "source": "s"}
    plain = to_chunk("d:0", "正文", old)
    assert plain.section is None and plain.page is None


def test_chunk_vectors_are_searched_with_more_candidates_also_in_old_stores(tmp_path) -> None:
    import warnings

    import chromadb

    from knowledge.storage.chroma_io import EF_SEARCH, open_collection

    client = chromadb.PersistentClient(path=str(tmp_path))
    old = {"space": "cosine", "sync_threshold": 256}  # made before: Chroma's ef_search, 100
    client.get_or_create_collection("qa_chunks", configuration={"hnsw": old})

    def hnsw(col) -> dict:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return col.configuration["hnsw"]

    assert hnsw(client.get_collection("qa_chunks"))["ef_search"] == 100
    assert hnsw(open_collection(client, "qa_chunks", 256, "cosine"))["ef_search"] == EF_SEARCH
    assert hnsw(open_collection(client, "qa_new", 256, "cosine"))["ef_search"] == EF_SEARCH
    assert hnsw(open_collection(client, "qa_documents", 4))["ef_search"] == 100  # dummy vectors

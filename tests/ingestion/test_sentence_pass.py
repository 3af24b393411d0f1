"""The sentence-vector pass: rows for every chunk of a published document, written inline or in
the background, gone with their document, never for a document removed meanwhile."""

from __future__ import annotations

import numpy as np

from knowledge.documents.loaders import RawDocument
from knowledge.text.sentences import answer_spans
from tests.conftest import make_service

REPORT = (
    "The harbour authority of Port Elwen reported its figures for the spring season. "
    "Container traffic rose to 412,000 units, the highest since the new quay opened. "
    "The ferry line to Tarn Island carried 88,000 passengers between March and May. "
    "A second crane will be installed on the north pier before the autumn storms. "
    "Dredging of the inner basin is planned for next year and will cost 14 million crowns. "
    "The authority thanked the pilots' association for a season without accidents."
)


def raw(text: str = REPORT, name: str = "port-elwen.txt") -> RawDocument:
    return RawDocument(text=text, source=name, fmt="txt", title_hint="Port Elwen spring report")


def service(tmp_path, mode: str = "inline"):
    return make_service(
        tmp_path / "store",
        embedding={"provider": "fake"},
        ingest={"chunk_chars": 160, "sentence_vectors": mode},
    )


def rows_of(svc, doc_id: str) -> dict:
    chunks = list(svc.store.iter_chunks(doc_id))
    return svc.store.sentence_vectors(c.chunk_id for c in chunks), chunks


def test_every_chunk_gets_its_sentences_vectors_at_ingest(tmp_path):
    svc = service(tmp_path)
    (result,) = svc.add_documents([raw()])
    stored, chunks = rows_of(svc, result.doc_id)
    assert len(chunks) > 1 and set(stored) == {c.chunk_id for c in chunks}
    for c in chunks:
        spans, vectors = stored[c.chunk_id]
        assert spans == answer_spans(c.text, 160)
        expected = svc.embeddings.embed_passages([c.text[s:e] for s, e in spans])
        assert np.allclose(vectors, expected, atol=2e-3)  # kept as float16


def test_sentence_vectors_go_with_their_document(tmp_path):
    svc = service(tmp_path)
    (kept,) = svc.add_documents([raw(REPORT.replace("Elwen", "Morrow"), "morrow.txt")])
    (gone,) = svc.add_documents([raw()])
    assert svc.remove_document(gone.doc_id)
    assert svc.store.sentence_doc_ids() == {kept.doc_id}
    assert rows_of(svc, gone.doc_id)[0] == {}


def test_background_pass_fills_them_after_publishing(tmp_path):
    svc = service(tmp_path, "background")
    (result,) = svc.add_documents([raw()])
    assert svc.sentence_pass.wait(timeout=60)
    stored, chunks = rows_of(svc, result.doc_id)
    assert set(stored) == {c.chunk_id for c in chunks}


def test_off_writes_none_and_a_document_removed_meanwhile_gets_none(tmp_path):
    svc = service(tmp_path, "off")
    (result,) = svc.add_documents([raw()])
    assert rows_of(svc, result.doc_id)[0] == {}
    real = svc.embeddings.embed_passages

    def remove_while_embedding(texts, progress=None):
        svc.store.remove_document(result.doc_id)
        return real(texts, progress)

    svc.embeddings.embed_passages = remove_while_embedding
    svc.sentence_pass.run([result.doc_id])
    assert svc.store.sentence_doc_ids() == set()


def test_orphan_rows_are_cleaned_by_recovery(tmp_path):
    svc = service(tmp_path)
    (result,) = svc.add_documents([raw()])
    svc.store.docs.delete(ids=[result.doc_id])  # a removal cut short after unpublishing
    svc.recover()
    assert svc.store.sentence_doc_ids() == set()


def test_rows_read_once_are_kept_in_memory_until_their_document_goes(tmp_path):
    svc = service(tmp_path)
    (result,) = svc.add_documents([raw()])
    first, chunks = rows_of(svc, result.doc_id)
    reads = []
    real_get = svc.store.sentences.get
    svc.store.sentences.get = lambda **kw: reads.append(kw["ids"]) or real_get(**kw)
    again, _ = rows_of(svc, result.doc_id)
    assert reads == [] and set(again) == set(first)  # the English ask's 20 chunks, read again
    assert svc.remove_document(result.doc_id)
    assert svc.store.sentence_vectors(c.chunk_id for c in chunks) == {}  # forgotten, re-read
    assert reads == [[c.chunk_id for c in chunks]]

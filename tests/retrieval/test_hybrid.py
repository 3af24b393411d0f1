"""Hybrid retrieval: both channels contribute, traditional Chinese works, LangChain retriever."""

from langchain_core.documents import Document

EVIDENCE = "磨憨沿边产业园签约项目14个"


def test_hybrid_search_finds_the_passage_in_both_channels(mohan_service):
    result = mohan_service.searcher.search("磨憨沿边产业园签约了多少个项目？")
    top = result.hits[:3]
    assert any(EVIDENCE in h.chunk.text for h in top)
    hit = next(h for h in top if EVIDENCE in h.chunk.text)
    assert hit.dense is not None and hit.lexical is not None


def test_traditional_question_matches_simplified_text(mohan_service):
    result = mohan_service.searcher.search("磨憨沿邊產業園簽約了多少個項目？")
    assert any(EVIDENCE in h.chunk.text for h in result.hits[:3])


def test_english_question_retrieves_by_meaning(mohan_service):
    result = mohan_service.searcher.search("Which two parks are the key enclave parks?")
    assert any("沪滇临港昆明科技城" in h.chunk.text for h in result.hits[:5])


def test_langchain_retriever_returns_documents(mohan_service):
    docs = mohan_service.retriever(k=3).invoke("重点飞地园区指的是哪两个园区？")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    meta = docs[0].metadata
    assert {"doc_id", "chunk_id", "start", "end", "score", "title"} <= set(meta)
    text = mohan_service.document_text(meta["doc_id"])
    assert text[meta["start"] : meta["end"]] == docs[0].page_content


def test_keyword_index_follows_store_changes(fresh_service):
    fresh_service.add_text("蓝莓合作社今年收获了三百吨蓝莓。", "蓝莓")
    assert fresh_service.searcher.search("蓝莓收获多少").hits
    doc_id = fresh_service.list_documents()[0].doc_id
    fresh_service.remove_document(doc_id)
    assert fresh_service.searcher.search("蓝莓收获多少").hits == []

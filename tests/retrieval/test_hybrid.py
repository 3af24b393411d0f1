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


PRESS = (
    "Lanting Valley Tea Park press release. The Lanting Valley tea park opened its new visitor "
    "centre this spring. Tea growers from the valley attended the opening of the park.\n\n"
    "The tea park covers three villages. Growers in the park sell green tea and black tea to "
    "buyers from the coast. The park's visitor centre shows how tea is picked and dried.\n\n"
    "Visitors to the tea park can walk the terraces. The park hopes more growers will join."
)
REPORT = (
    "兰亭谷茶叶园区建设情况\n\n"
    "兰亭谷茶叶园区今年新增茶园面积一千二百亩，带动茶农户均增收八千元。"
    "园区现有加工厂六家，年加工干茶四百吨。"
)


def test_english_question_reaches_the_chinese_report_beside_an_english_release(fresh_service):
    """Dense similarity and the English words favour the English release; the Chinese report
    that holds the figure must still be among the first places."""
    fresh_service.add_text(PRESS, "Lanting Valley press release")
    fresh_service.add_text(REPORT, "兰亭谷茶叶园区建设情况")
    hits = fresh_service.searcher.search(
        "How many tea processing factories does the tea park have?"
    ).hits
    assert any("加工厂六家" in h.chunk.text for h in hits[:2])


def test_alternate_takes_turns_and_keeps_first_places():
    from knowledge.retrieval.hybrid import _alternate

    class C:
        def __init__(self, cid):
            self.chunk_id = cid

    a = [(C("a1"), 1), (C("x"), 1), (C("a3"), 1)]
    b = [(C("b1"), 1), (C("x"), 1)]
    assert [h[0].chunk_id for h in _alternate(a, b)] == ["a1", "b1", "x", "a3"]


def test_spread_moves_an_english_documents_third_passage_behind_a_close_chinese_one():
    from knowledge.retrieval.hybrid import _spread
    from knowledge.schema import Chunk, ScoredChunk

    def hit(cid, doc, score):
        return ScoredChunk(Chunk(cid, doc, 0, 0, 1, "x"), score)

    lang = {"en": "en", "zh": "zh"}
    hits = [hit("e1", "en", 0.033), hit("e2", "en", 0.032), hit("e3", "en", 0.031)]
    hits += [hit("z1", "zh", 0.030), hit("e4", "en", 0.0299), hit("z2", "zh", 0.020)]
    order = [h.chunk.chunk_id for h in _spread(hits, lambda c: lang[c.doc_id])]
    assert order == ["e1", "e2", "z1", "e3", "e4", "z2"]
    # a Chinese document's passages keep their places
    zh = [hit("z1", "zh", 0.03), hit("z3", "zh", 0.029), hit("z4", "zh", 0.028)]
    assert _spread(zh, lambda c: "zh") == zh

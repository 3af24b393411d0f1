"""The BM25 index: rarer terms weigh more, search ranks by them, an empty index finds nothing."""

from __future__ import annotations

from knowledge.retrieval.bm25 import LexicalIndex, coverage, term_weights
from knowledge.text.tokens import tokenize

TEXTS = ["昆明口岸货运量增长", "昆明园区签约项目", "曲靖园区招商引资", "园区企业注册"]


def test_rare_terms_weigh_more_and_unknown_terms_most() -> None:
    index = LexicalIndex(TEXTS)
    assert index.idf("货运量") > index.idf("昆明") > index.idf("园区")
    assert index.idf("从未出现") > index.idf("货运量")


def test_search_ranks_by_the_rare_term() -> None:
    index = LexicalIndex.from_tokens([tokenize(t) for t in TEXTS])
    hits = index.search(["园区", "签约"], 4)
    assert hits[0][0] == 1 and all(score > 0 for _, score in hits)
    assert index.search(["从未出现"], 4) == [] and LexicalIndex([]).search(["园区"], 3) == []


def test_coverage_is_the_share_of_question_weight_present() -> None:
    index = LexicalIndex(TEXTS)
    weights = term_weights(["昆明", "货运量"], index)
    assert coverage(weights, set(), "昆明口岸货运量增长") == 1.0
    assert 0 < coverage(weights, set(), "昆明园区") < 0.5
    assert coverage(weights, {"货运量"}, "") > 0.5  # a token of the text counts too


def test_the_rows_holding_a_token():
    from knowledge.retrieval.bm25 import LexicalIndex

    index = LexicalIndex(["合作社收获蓝莓。", "合作社新建冷库。", "港口开通航线。"])
    assert sorted(index.rows("合作社").tolist()) == [0, 1]
    assert index.rows("蓝莓").tolist() == [0] and index.rows("灯塔").size == 0


def test_search_gives_bm25s_retrieve_s_top_k_and_scores() -> None:
    """The top k is read without `retrieve`'s progress bar and checks: the same rows, the same
    scores, in the same order, with and without a row mask."""
    import numpy as np

    index = LexicalIndex(TEXTS * 3)
    mask = np.array([1.0, 0.0] * 6)
    for rows in (None, mask):
        ids, scores = index.bm25.retrieve(
            [["园区", "昆明"]], k=5, show_progress=False, n_threads=0, weight_mask=rows
        )
        want = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]
        assert index.search(["园区", "昆明"], 5, rows) == want and want


def test_search_reads_a_tie_at_the_top_k_as_bm25s_does() -> None:
    """Equal scores (the same text twice) among the k best: bm25s's own top k, row for row;
    the k best without a tie: the same rows and scores, read from the positive scores alone."""
    import numpy as np

    index = LexicalIndex(TEXTS * 3)
    for k in (1, 2, 3, 5, 30):
        ids, scores = index.bm25.retrieve(
            [["园区", "昆明"]], k=min(k, index.size), show_progress=False, n_threads=0
        )
        want = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]
        assert index.search(["园区", "昆明"], k) == want
    one = LexicalIndex(TEXTS)
    mask = np.array([1.0, 0.0, 1.0, 0.0][: one.size])
    for rows in (None, mask):
        for tokens in (["园区"], ["蓝莓", "合作社"], ["灯塔"]):
            ids, scores = (
                one.bm25.retrieve(
                    [tokens], k=one.size, show_progress=False, n_threads=0, weight_mask=rows
                )
                if any(t in one.vocab for t in tokens)
                else ([[]], [[]])
            )
            want = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]
            assert one.search(tokens, one.size, rows) == want


def test_distinct_top_is_none_on_a_tie_within_the_k_best() -> None:
    import numpy as np

    from knowledge.retrieval.bm25 import _distinct_top

    scores = np.array([0.0, 2.0, 0.0, 3.0, 1.0, 1.0], dtype=np.float32)
    assert _distinct_top(scores, 2) == [(3, 3.0), (1, 2.0)]
    assert _distinct_top(scores, 3) is None  # 1.0 twice: the third is bm25s's choice
    assert _distinct_top(np.zeros(4, dtype=np.float32), 3) == []

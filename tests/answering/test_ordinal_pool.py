"""The further passages' sentences naming the ordinal a question asks."""

from __future__ import annotations


def test_an_ordinal_asked_brings_a_further_passage_that_names_it() -> None:
    """「首批…哪天公示期满」: the first passages are about the second batch; a further one has the
    first batch's date. It joins, scored as if first, since it holds more of the question; a
    further sentence naming the first batch but little else stays out, and so does one naming
    both batches."""
    from knowledge.answering.ordinal_pool import further, promoted
    from knowledge.answering.sentences import extractive
    from knowledge.schema import Chunk, ScoredChunk

    def hit(doc: str, text: str) -> ScoredChunk:
        return ScoredChunk(Chunk(f"{doc}:0", doc, 0, 0, len(text), text, "园区通讯"), 0.5)

    first = hit("a", "5月6日，第二批12个园区项目认定结果公示期满。与首批不同，第二批多为物流项目。")
    deeper = [
        hit("b", "与首批相比，第二批项目更多。园区首批招聘的技术人员已经到岗。"),
        hit("c", "11月30日，首批19个园区项目认定结果公示期满，正式入库。"),
    ]
    question = "首批园区项目的认定结果是哪天公示期满的？"
    cands = extractive.candidates([first])
    extra = further(question, deeper, cands, 240)
    assert [c.text for c in extra] == [
        "园区首批招聘的技术人员已经到岗。",
        "11月30日，首批19个园区项目认定结果公示期满，正式入库。",
    ]
    assert further("园区项目的认定结果是哪天公示期满的？", deeper, cands, 240) == []
    extractive.score_lexical(question, None, cands + extra)
    kept = promoted(cands, extra)
    assert [c.text for c in kept] == ["11月30日，首批19个园区项目认定结果公示期满，正式入库。"]
    best = max(cands + kept, key=lambda c: c.score)
    assert best is kept[0]

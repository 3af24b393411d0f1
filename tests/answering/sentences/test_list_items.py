"""A chosen lead-in (「备案材料包括：」) brings the 项 / 目 lines after it, read on into the next
piece of the same article, and no line twice."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.list_items import items_after, with_items
from knowledge.schema import Chunk, ScoredChunk

FIRST = "第三条　合作双方应当备案。\n有下列情形之一的，不予备案：\n（一）未明确退出办法的；\n（二）四至范围不符的；"
SECOND = "（三）同一地块已列入其他园区的；\n（四）未经同意签订协议的。"
NEXT_ARTICLE = "第四条　协议变更的，应当办理备案变更。"


def chunks() -> list[Chunk]:
    path = "第二章 备案 › 第三条"
    return [
        Chunk("a", "d", 0, 0, len(FIRST), FIRST, "细则", "x.txt", path),
        Chunk("b", "d", 1, 100, 100 + len(SECOND), SECOND, "细则", "x.txt", f"{path} › 第二款"),
        Chunk("c", "d", 2, 200, 220, NEXT_ARTICLE, "细则", "x.txt", "第二章 备案 › 第四条"),
    ]


def cand(chunk: Chunk, text: str) -> Candidate:
    s = chunk.text.index(text)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (s, s + len(text)), text)


def test_the_items_follow_their_lead_in_across_the_cut_of_a_long_article() -> None:
    cs = chunks()
    lead = cand(cs[0], "有下列情形之一的，不予备案：")
    items = items_after(lead, cs)
    assert [i.text[:3] for i in items] == ["（一）", "（二）", "（三）", "（四）"]
    assert [i.hit.chunk.chunk_id for i in items] == ["a", "a", "b", "b"]


def test_each_line_once_in_reading_order_and_a_plain_sentence_brings_nothing() -> None:
    cs = chunks()
    lead = cand(cs[0], "有下列情形之一的，不予备案：")
    second = cand(cs[0], "（二）四至范围不符的；")
    first = cand(cs[0], "第三条　合作双方应当备案。")
    out = with_items([first, lead, second], cs)
    assert [c.text[:3] for c in out] == ["第三条", "有下列", "（一）", "（二）", "（三）", "（四）"]
    assert with_items([first], cs) == [first]


def test_the_next_article_is_not_read_on() -> None:
    cs = chunks()
    tail = Chunk("t", "d", 1, 100, 110, "（三）其他情形。", "细则", "x.txt", "第二章 备案 › 第五条")
    lead = cand(cs[0], "有下列情形之一的，不予备案：")
    assert len(items_after(lead, [cs[0], tail])) == 2


def test_a_provision_cut_at_its_semicolon_is_quoted_to_the_end_of_its_sentence() -> None:
    text = "第九条　发生争议的，先由委员会协调；协调不成的，由市发展改革委调解；调解不成的，报市人民政府裁定。\n第十条　其他。"
    chunk = Chunk("n", "d", 0, 0, len(text), text, "细则", "x.txt", "第九条")
    first = cand(chunk, "第九条　发生争议的，先由委员会协调；")
    out = with_items([first], [chunk])
    assert "".join(c.text for c in out) == text.split("\n")[0]
    item = cand(cs := chunks()[0], "（一）未明确退出办法的；")
    # an item of a list is whole: no next item read on, only the lead-in before it
    assert [c.text for c in with_items([item], [cs])] == ["有下列情形之一的，不予备案：", item.text]


def test_a_list_question_reads_on_from_a_sentence_into_the_lead_in_that_ends_its_line() -> None:
    text = (
        "第五条　协议签订后报市发展改革委备案。备案材料包括：\n（一）协议文本；\n（二）项目清单。"
    )
    chunk = Chunk("m", "d", 0, 0, len(text), text, "办法", "b.txt", "第五条")
    said = cand(chunk, "第五条　协议签订后报市发展改革委备案。")
    assert [c.text for c in with_items([said], [chunk], lists=True)][1:] == [
        "备案材料包括：",
        "（一）协议文本；",
        "（二）项目清单。",
    ]
    assert with_items([said], [chunk]) == [said]  # not asked for a list: the sentence alone


def test_a_list_question_whose_best_sentence_is_an_item_gets_that_whole_list_alone() -> None:
    text = "二、入园条件\n（一）已在园区注册；\n（二）投资强度不低于每亩80万元；\n（三）不属于高耗能项目。"
    other = "三、入园材料\n（一）申请表；\n（二）营业执照复印件。"
    conds = Chunk("k", "d", 0, 0, len(text), text, "通知", "n.txt", "二、入园条件")
    papers = Chunk("l", "d", 1, 100, 100 + len(other), other, "通知", "n.txt", "三、入园材料")
    best, mid = cand(conds, "（二）投资强度不低于每亩80万元；"), cand(papers, "（一）申请表；")
    best.score, mid.score = 1.0, 0.9
    out = with_items([mid, best], [conds, papers], lists=True)
    assert [c.text[:3] for c in out] == ["（一）", "（二）", "（三）"]
    assert {c.hit.chunk.chunk_id for c in out} == {"k"}
    assert with_items([mid, best], [conds, papers]) == [mid, best]  # no list asked


def test_an_item_quoted_brings_the_lead_in_that_says_what_its_list_rules() -> None:
    cs = chunks()
    second = cand(cs[0], "（二）四至范围不符的；")
    out = with_items([second], cs)
    assert [c.text for c in out] == ["有下列情形之一的，不予备案：", "（二）四至范围不符的；"]
    assert out[0].score < second.score  # never read as the best sentence
    # the chunk opens with items: the lead-in is read back in the article's previous piece
    fourth = cand(cs[1], "（四）未经同意签订协议的。")
    out = with_items([fourth], cs)
    assert [c.hit.chunk.chunk_id for c in out] == ["a", "b"]
    assert out[0].text == "有下列情形之一的，不予备案："
    # a lead-in chosen too is quoted once, with its items
    lead = cand(cs[0], "有下列情形之一的，不予备案：")
    assert [c.text[:3] for c in with_items([lead, second], cs)] == [
        "有下列",
        "（一）",
        "（二）",
        "（三）",
        "（四）",
    ]


def test_an_item_under_no_lead_in_is_quoted_alone() -> None:
    text = "第六条　园区应当做好以下工作。\n（一）建立台账；\n（二）按季报送。"
    chunk = Chunk("p", "d", 0, 0, len(text), text, "办法", "b.txt", "第六条")
    item = cand(chunk, "（二）按季报送。")
    assert with_items([item], [chunk]) == [item]
    prev = Chunk("q", "d", 0, 0, 10, "第五条　其他：", "办法", "b.txt", "第五条")
    top = Chunk("r", "d", 1, 20, 30, "（一）某项；", "办法", "b.txt", "第六条 › 第二款")
    assert with_items([cand(top, "（一）某项；")], [prev, top])[0].text == "（一）某项；"

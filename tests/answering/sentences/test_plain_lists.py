"""A list on lines that carry no number: a lead-in ending its line with a colon brings the short
parallel lines after it, up to a blank line, another shape of line or the prose after the last
item, read across the pieces of the same article or run of prose; an item line brings its lead-in
and the whole run."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.list_items import with_items
from knowledge.answering.sentences.list_units import quoted, unit_of
from knowledge.answering.sentences.plain_lists import after, unit
from knowledge.schema import Chunk, ScoredChunk

ARTICLE = "第十一条　补助资金可以用于：\n设备购置；\n管线迁改；\n结构加固和井道建设。"
NEXT = "第十二条　申请人应当组织竣工验收。"
NEWS_1 = "本报讯　新电梯启用。\n\n施工单位负责人说，施工中采取了三项措施：\n采用装配式井道；\n"
NEWS_2 = "采用装配式井道；\n噪声作业安排在白天；\n设置临时通道。\n经过协商，居民都表示满意，这部电梯将在下月正式交付使用。"
NOTICE = "各区民政局：\n为落实《办法》，现将有关事项通知如下，请认真组织实施，按时报送材料。\n\n一、补贴对象"


def article_chunks() -> list[Chunk]:
    return [
        Chunk("a", "d", 3, 0, len(ARTICLE), ARTICLE, "办法", "x.txt", "第十一条"),
        Chunk("b", "d", 4, 100, 100 + len(NEXT), NEXT, "办法", "x.txt", "第十二条"),
    ]


def news_chunks() -> list[Chunk]:
    start = len(NEWS_1) - len("采用装配式井道；\n")  # the pieces overlap by a line
    return [
        Chunk("n1", "n", 0, 0, len(NEWS_1), NEWS_1, "报道", "n.txt", None),
        Chunk("n2", "n", 1, start, start + len(NEWS_2), NEWS_2, "报道", "n.txt", None),
    ]


def cand(chunk: Chunk, text: str, score: float = 1.0) -> Candidate:
    s = chunk.text.index(text)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (s, s + len(text)), text, score=score)


def test_a_lead_in_brings_its_unnumbered_lines_and_not_the_next_article() -> None:
    cs = article_chunks()
    lead = cand(cs[0], "第十一条　补助资金可以用于：")
    assert [c.text for c in after(lead, cs)] == ["设备购置；", "管线迁改；", "结构加固和井道建设。"]
    assert [c.text for c in with_items([lead], cs)][1:] == [
        "设备购置；",
        "管线迁改；",
        "结构加固和井道建设。",
    ]


def test_an_item_line_brings_its_lead_in_and_the_whole_list() -> None:
    cs = article_chunks()
    item = cand(cs[0], "管线迁改；", score=2.0)
    out = unit_of(item, cs)
    assert [c.text for c in out] == [
        "第十一条　补助资金可以用于：",
        "设备购置；",
        "管线迁改；",
        "结构加固和井道建设。",
    ]
    assert out[2] is item and out[0].score < item.score
    assert [c.text for c in quoted([item], cs) or []] == [c.text for c in out]


def test_prose_read_across_the_cut_each_line_once_and_the_paragraph_after_is_no_item() -> None:
    cs = news_chunks()
    lead = cand(cs[0], "施工单位负责人说，施工中采取了三项措施：")
    items = after(lead, cs)
    assert [c.text for c in items] == ["采用装配式井道；", "噪声作业安排在白天；", "设置临时通道。"]
    last = cand(cs[1], "设置临时通道。")
    assert [c.text for c in unit(last, cs)][0] == "施工单位负责人说，施工中采取了三项措施："
    assert unit(cand(cs[1], "经过协商，居民都表示满意，这部电梯将在下月正式交付使用。"), cs) == []


def test_an_addressee_line_and_its_paragraph_are_no_list() -> None:
    chunk = Chunk("t", "t", 0, 0, len(NOTICE), NOTICE, "通知", "t.txt", None)
    assert after(cand(chunk, "各区民政局："), [chunk]) == []
    assert unit(cand(chunk, "一、补贴对象"), [chunk]) == []


def test_a_single_line_or_a_numbered_list_is_not_read_here() -> None:
    text = "第四条　申请材料包括：\n（一）申请书；\n（二）鉴定报告。"
    chunk = Chunk("c", "d", 0, 0, len(text), text, "办法", "x.txt", "第四条")
    assert unit(cand(chunk, "第四条　申请材料包括："), [chunk]) == []
    one = "第五条　下列情形除外：\n已列入征收计划的。\n\n第六条　其他。"
    chunk = Chunk("e", "d", 0, 0, len(one), one, "办法", "x.txt", "第五条")
    assert unit(cand(chunk, "第五条　下列情形除外："), [chunk]) == []

"""A list question is answered by the whole list a chosen sentence sits in: the lead-in and every
item of an article, the heading and the numbered lines of an outline section, the title and the
rows of an attachment's table; the best sentence stays the one chosen."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.list_units import quoted, unit_of
from knowledge.schema import Chunk, ScoredChunk

ARTICLE = (
    "第七条　土地收入按地块计算。\n可以扣除的成本包括：\n（一）征地补偿支出；\n"
    "（二）前期开发支出；\n（三）道路建设支出。\n扣除合计不得超过价款的一半。"
)
OUTLINE = (
    "二、规范报送\n（一）报送时限。签订后十个工作日内报送。\n1．网上填报。材料在线填报。\n"
    "2．数据交换。每月5日前上传明细。\n（二）进展报送。每季度结束后报送进展。"
)
TABLE = "附件2\n\n清算报告提纲\n\n一、资产清查：土地和厂房。\n二、债务处理：清偿方案。\n三、企业安置：服务衔接。"


def chunk(cid: str, text: str, section: str | None, doc: str = "d", ordinal: int = 0) -> Chunk:
    return Chunk(
        cid,
        doc,
        ordinal,
        ordinal * 1000,
        ordinal * 1000 + len(text),
        text,
        "细则",
        "x.txt",
        section,
    )


def cand(c: Chunk, text: str, score: float = 0.5) -> Candidate:
    s = c.text.index(text)
    return Candidate(ScoredChunk(c, 0.03), 0, (s, s + len(text)), text, score=score)


def test_an_item_chosen_brings_its_lead_in_and_every_item_of_the_article() -> None:
    a = chunk("a", ARTICLE, "第四章 › 第七条")
    best = cand(a, "扣除合计不得超过价款的一半。", 1.0)
    item = cand(a, "（三）道路建设支出。", 0.9)
    out = quoted([best, item], [a])
    assert [c.text for c in out] == [
        "扣除合计不得超过价款的一半。",
        "可以扣除的成本包括：",
        "（一）征地补偿支出；",
        "（二）前期开发支出；",
        "（三）道路建设支出。",
    ]
    assert max(out, key=lambda c: c.score) is best  # the checks still read the chosen best
    assert quoted([best], [a]) is None  # a sentence in no list brings none


def test_an_outline_section_is_quoted_with_its_heading_and_run_in_titles() -> None:
    o = chunk("o", OUTLINE, "二、规范报送")
    said = cand(o, "每季度结束后报送进展。", 1.0)
    out = quoted([said], [o])
    texts = [c.text for c in out]
    assert texts[0] == "二、规范报送"
    assert "（一）报送时限。" in texts and "1．网上填报。" in texts and "（二）进展报送。" in texts
    assert texts[-1] == "每季度结束后报送进展。" and out[-1] is said


def test_an_attachment_title_or_row_brings_every_row_under_the_title() -> None:
    t = chunk("t", TABLE, "附件2 清算报告提纲")
    for chosen in ("清算报告提纲", "三、企业安置：服务衔接。"):
        lines = unit_of(cand(t, chosen), [t])
        assert [x.text for x in lines] == [
            "清算报告提纲",
            "一、资产清查：土地和厂房。",
            "二、债务处理：清偿方案。",
            "三、企业安置：服务衔接。",
        ]
    assert unit_of(cand(t, "附件2"), [t]) == []


def test_a_list_cut_by_the_chunker_reads_on_into_the_same_article_only() -> None:
    first = chunk("a", "第三条　有下列情形之一的，不予备案：\n（一）未明确退出办法的；", "第三条")
    rest = chunk("b", "（二）同一地块已列入其他园区的。", "第三条 › 第二款", ordinal=1)
    other = chunk("c", "（三）别的条。", "第四条", ordinal=1)
    lead = cand(first, "有下列情形之一的，不予备案：")
    assert [x.text[:3] for x in unit_of(lead, [first, rest])] == ["第三条", "（一）", "（二）"]
    assert [x.text[:3] for x in unit_of(lead, [first, other])] == ["第三条", "（一）"]


def test_sentences_of_other_documents_go_and_prose_brings_no_list() -> None:
    a = chunk("a", ARTICLE, "第七条")
    elsewhere = chunk("z", "另一份文件的一句话。", "第一条", doc="e")
    item = cand(a, "（一）征地补偿支出；", 1.0)
    out = quoted([item, cand(elsewhere, "另一份文件的一句话。", 0.8)], [a, elsewhere])
    assert {c.hit.chunk.doc_id for c in out} == {"d"}
    prose = chunk("p", "会议指出，要抓好三件事。\n一、抓招商。\n二、抓项目。", None)
    assert unit_of(cand(prose, "会议指出，要抓好三件事。"), [prose]) == []
    plain = chunk("q", "第六条　园区应当做好以下工作。\n（一）建立台账；", "第六条")
    assert unit_of(cand(plain, "第六条　园区应当做好以下工作。"), [plain]) == []


def test_a_sentence_whose_line_ends_with_the_lead_in_is_followed_by_the_list() -> None:
    text = (
        "第五条　协议签订后报市发展改革委备案。备案材料包括：\n（一）协议文本；\n（二）项目清单。"
    )
    a = chunk("m", text, "第五条")
    said = cand(a, "第五条　协议签订后报市发展改革委备案。", 1.0)
    assert [c.text for c in quoted([said], [a])] == [
        said.text,
        "备案材料包括：",
        "（一）协议文本；",
        "（二）项目清单。",
    ]

"""The 公文 fields a question asks for — 施行日期, 有效期, 发文字号, 发文机关, 成文日期, 废止,
附件说明, 抄送, 主送 — and their answer from the document's record: each field quoted (the
sentence that says it, for 施行/有效期/废止) and cited at its span. Nothing is re-parsed: ingest
stored the fields with their spans."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.schema import DocField, Sentence
from knowledge.text.sentences import sentence_units

_ORG = r"(?:部门|单位|机关|机构|政府)"
_PAPER = r"(?:通知|文件|公文|办法|意见|方案|规定|细则|决定|通告|公告|批复|函)"
FIELD_QUESTIONS = (
    (
        "effective",
        r"(?:什么时候|何时|哪天|哪一天|几月|几号|日期|时间)[^，。？?]{0,6}(?:施行|生效|实施|执行)"
        r"|(?:施行|生效|实施)(?:日期|时间)",
    ),
    ("validity", r"有效期|试行期(?!间|内)|有效多久|管多久"),  # 试行期间: a time, no field
    ("doc_number", r"发文字号|文号|字号"),
    (
        "issuer",
        rf"发文机关|发文单位|印发机关|制定机关|发布机关|(?:哪个|哪家|什么|哪些|哪[两二三几]个){_ORG}"
        r"(?:联合|一起|共同)?(?:印发|发布|制定|出台|发文|发的|通过)|谁(?:印发|发布|制定|出台|通过)",
    ),
    (
        "issued",
        r"成文日期|印发日期|发文日期|(?:什么时候|何时|哪一?天)[^，。？?]{0,8}(?:印发|出台|制定|下发|通过)"
        rf"|{_PAPER}[^？?]{{0,30}}?(?:什么时候|何时|哪一?天|几月几[号日])(?:发|发出|下发)的",
    ),  # 「这个通知是哪天发的」 asks a paper's 成文日期 (「补贴是什么时候发的」 no paper's)
    (  # 「原来的办法还有效吗」: whether the old version was repealed
        "repeals",
        r"废止|取代了|替代了|不再执行"
        r"|(?:原来|原先|之前|以前|旧|老)的?[^，。？?]{0,10}还(?:有效|管用|能用|作数|算数|适用)",
    ),
    (
        "attachments",
        r"附件说明|哪些附件|附件有哪些|几个附件|附件有几个"
        r"|附(?:了|带了?|有)(?:哪些|哪几[张份个]?|几[张份个]|什么)(?:表|附件)",
    ),
    ("cc", r"抄送"),
    ("recipients", r"主送"),
)
FIELD_Q = [(name, re.compile(p)) for name, p in FIELD_QUESTIONS]
QUOTED = {"effective", "validity", "repeals"}  # answered by the sentence that says it
LABELS = {
    "doc_number": "发文字号",
    "issuer": "发文机关",
    "issued": "成文日期",
    "cc": "抄送",
    "recipients": "主送机关",
    "printed_on": "印发日期",
    "adopted": "通过日期",
    "issued_on": "成文日期",
    "attachments": "附件",
}


def quotes(doc, names: list[str], question: str, book: CitationBook, scores) -> list[Sentence]:
    """The fields `names` of `doc` (a structure_answers document: its record and chunks)."""
    out: list[Sentence] = []
    seen: set[tuple[str, int, int]] = set()

    def add(f: DocField, text: str | None = None) -> None:
        chunk = doc.at(f.start)
        if chunk is None:
            return
        span = (f.start - chunk.start, min(f.end, chunk.end) - chunk.start)
        if text is None:  # the sentence that says it
            span = next(
                (u for u in sentence_units(chunk.text, 240) if u[0] <= span[0] < u[1]), span
            )
            text = chunk.text[span[0] : span[1]]
        if (chunk.chunk_id, *span) not in seen:
            seen.add((chunk.chunk_id, *span))
            out.append(Sentence(text, (book.cite_chunk(chunk, scores, span),)))

    info = doc.info
    for name in names:
        f = doc.field(name) or (
            (info.field("adopted") or info.field("printed_on")) if name == "issued" else None
        )
        if f is None:
            continue
        if name in QUOTED:
            add(f)
            # a view of one 办法 a notice issues: its 「之日」 is the notice's date, not the
            # record's 施行日期 (the first 办法's)
            on = (info.issued_on if doc.part else None) or info.effective_on
            if name == "effective" and "之日" in f.value and on:
                date = info.field("printed_on") or info.field("issued")
                if date:
                    add(date, f"{LABELS[date.name]}：{date.value}（即施行日期 {on}）")
        else:
            add(f, f"{LABELS.get(f.name, LABELS.get(name, name))}：{f.value}")
        if name == "issuer" and "印发" in question and (by := info.field("printed_by")):
            on = info.field("printed_on")
            add(by, f"印发机关：{by.value}" + (f"，{on.value}印发" if on else ""))
    return out

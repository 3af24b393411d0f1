"""A question about a part of a 方案/意见/解读 by its heading — 「主要任务有哪些？」「发展目标是
什么？」「保障措施包括什么？」「出台背景是什么？」 — answered from that part: its （一）（二）
items listed with each one's first sentence, or its text quoted, every piece cited. The part is
found by its heading's words in the question (the 一、 outline of notices, 意见, 方案 and 解读,
as ingest stored it in the chunk paths)."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.schema import Chunk, Sentence
from knowledge.text.normalise import normalise
from knowledge.text.sentences import sentence_units

MAX_QUOTE = 600  # characters of a part quoted whole
MIN_HEADING = 2  # characters of a heading the question must contain
# asks for the part as a whole, not for one figure, date or person in it
_WHOLE = re.compile(r"有哪些|有什么|包括|包含|是什么|哪几|主要内容|讲了什么|说了什么|怎么规定|内容")
_ONE_THING = re.compile(r"多少|何时|什么时候|哪天|哪一年|谁|是否|能否|可以.{0,6}吗")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]"
    r"|第[一二三四五六七八九十百]+[编章节])\s*"
)
_ITEM = re.compile(r"^（[一二三四五六七八九十]+）")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+[编章节]")
# what a question asking for a whole part may say besides its heading
_FILLER = re.compile(
    r"这个|该|本|的|中|里|哪些|什么|部分|一?[编章节]|办法|细则|条例|规定|方案|意见"
)


def asks(question: str) -> bool:
    return bool(_WHOLE.search(question)) and not _ONE_THING.search(question)


def answer(
    question: str, docs: list[tuple[str, list[Chunk]]], book: CitationBook, scores: dict
) -> tuple[str, list[Sentence]]:
    """The lead line and cited quotes of the part of the first of `docs` ((title, chunks in
    order)) whose heading the question names; ('', []) when none does."""
    q = _plain(question)
    for title, chunks in docs:
        heads = {n for c in chunks for n in c.path() if len(_plain(_heading(n))) >= MIN_HEADING}
        named = [n for n in heads if _plain(_heading(n)) in q]
        if not named:
            continue
        part = max(named, key=lambda n: len(_heading(n)))
        if _CHAPTER.match(part) and _more_than(question, _heading(part), title):
            continue  # 「共建协议备案材料包括哪些」: something inside the chapter, not all of it
        inside = [c for c in chunks if part in c.path()]
        return _quote(title, part, inside, book, scores)
    return "", []


def _more_than(question: str, heading: str, title: str) -> bool:
    """Whether the question names more than the heading, the document (words of its title)
    and words asking for all of it."""
    rest = _plain(re.sub(r"《[^《》]*》", "", question)).replace(_plain(heading), "", 1)
    rest, title = _FILLER.sub("", _WHOLE.sub("", rest)), _plain(title)
    while shared := _longest_shared(rest, title):  # the title's words, longest first
        rest = rest.replace(shared, "", 1)
    return len(rest) >= 2


def _longest_shared(text: str, other: str) -> str:
    """The longest piece of `text` (two characters or more) that `other` contains, or ''."""
    for size in range(len(text), 1, -1):
        for at in range(len(text) - size + 1):
            if text[at : at + size] in other:
                return text[at : at + size]
    return ""


def _quote(title, part, chunks, book, scores) -> tuple[str, list[Sentence]]:
    items: list[Sentence] = []
    names: list[str] = []
    body: list[Sentence] = []
    used = 0
    listed = not _CHAPTER.match(part)  # a chapter's （一） are its articles' 项, not its parts
    for c in chunks:
        for s, e in sentence_units(c.text, 240):
            text = c.text[s:e].strip()
            if not text or text == part or text in part:
                continue
            line_start = c.text.rfind("\n", 0, s) + 1
            if listed and _ITEM.match(c.text[line_start:e].lstrip()) and line_start >= s - 1:
                names.append(re.split(r"[。；]", text)[0])
                e = _line_end(c.text, s, e)  # the item with what its line says of it
                items.append(Sentence(c.text[s:e].strip(), (book.cite_chunk(c, scores, (s, e)),)))
            elif used + len(text) <= MAX_QUOTE:
                body.append(Sentence(text, (book.cite_chunk(c, scores, (s, e)),)))
                used += len(text)
    title = title.replace("《", "〈").replace("》", "〉")  # a title inside a title
    if len(items) >= 2:
        return f"《{title}》「{part}」包括{len(items)}项：{'；'.join(names)}。", items
    return (f"《{title}》「{part}」：", body) if body else ("", [])


def _line_end(text: str, start: int, end: int, limit: int = 160) -> int:
    """The end of the line `start` is on, at most `limit` characters on, cut after a 。"""
    nl = text.find("\n", end)
    stop = len(text) if nl < 0 else nl
    if stop - start <= limit:
        return stop
    cut = text.rfind("。", start, start + limit)
    return cut + 1 if cut > end else end


def _heading(name: str) -> str:
    return _NUMBERING.sub("", name).rstrip("？?。：:")


def _plain(text: str) -> str:
    return re.sub(r"[\s，。？?！!：:、“”\"《》]", "", normalise(text))

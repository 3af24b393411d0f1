"""A question about a part of a 方案/意见/解读 by its heading — 「主要任务有哪些？」「发展目标是
什么？」「保障措施包括什么？」「出台背景是什么？」 — answered from that part: its （一）（二）
items listed with each one's first sentence, or its text quoted, every piece cited. The part is
found by its heading's words in the question (the 一、 outline of notices, 意见, 方案 and 解读,
as ingest stored it in the chunk paths), else by its words in any order without its work verb
(「结算流程包括什么」 for 「二、规范结算流程」). A 项 listing its 目 (「（二）项目清单，包括：」)
named by its label is answered by those 目."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.schema import Chunk, Sentence
from knowledge.text.normalise import normalise
from knowledge.text.sentences import sentence_units
from knowledge.text.tokens import STOPWORDS, jieba_module

MAX_QUOTE = 600  # characters of a part quoted whole
MIN_HEADING = 2  # characters of a heading the question must contain
# asks for the part as a whole, not for one figure, date or person in it
_WHOLE = re.compile(r"有哪些|有什么|包括|包含|是什么|哪几|主要内容|讲了什么|说了什么|怎么规定|内容")
# a bare 哪些 (「需要注意哪些变化」「要列哪些信息」) asks for a whole part only when the question
# names nothing but it: 「申报材料要交给哪些部门」 asks who, not for the 申报材料
_WHICH = re.compile(r"哪些")
_ONE_THING = re.compile(r"多少|何时|什么时候|哪天|哪一年|谁|是否|能否|可以.{0,6}吗")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]"
    r"|第[一二三四五六七八九十百]+[编章节])\s*"
)
# a 项 whose 目 follow it: 「（二）项目清单，包括：」 and its lines 「1．…」
_LABELLED = re.compile(
    r"^（[一二三四五六七八九十]+）(?P<label>[^，。；：\n]{3,16})[，,]?(?:包括|如下)?[：:]\s*\n"
    r"(?:\d{1,2}[．.、][^\n]+(?:\n|$))+",
    re.M,
)
MIN_LABEL = 3  # characters of a 项's label the question must contain
_ITEM = re.compile(r"^（[一二三四五六七八九十]+）")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+[编章节]")
# what a question asking for a whole part may say besides its heading
_FILLER = re.compile(
    r"这个|该|本|的|中|里|哪些|什么|部分|一?[编章节]|办法|细则|条例|规定|方案|意见"
)
# a heading's work verb, which a question asking for the part leaves out (「结算流程包括什么」
# for 「规范结算流程」, 「新旧衔接有哪些安排」 for 「做好新旧衔接」)
_WORK_VERB = frozenset(
    "加强 规范 做好 抓好 组织 实行 提高 强化 完善 健全 落实 推进 严格 切实 需要".split()
)
# a heading's word a question says otherwise (「主要修改内容」 for 「修订的主要内容」)
_SAME = {"修订": ("修订", "修改"), "变化": ("变化", "变动", "改变")}
# what a question naming a heading by its words may say besides them and _FILLER
_ASKING = re.compile(
    r"方面|这块|安排|要求|规定|措施|做法|提了|有|讲|怎么|怎样|如何|是|了|这次|那份|通知|解读|新版?|"
    r"修订后|后|几步|分|\d+年"
)


def asks(question: str) -> bool:
    whole = _WHOLE.search(question) or _WHICH.search(question)
    return bool(whole) and not _ONE_THING.search(question)


def answer(
    question: str, docs: list[tuple[str, list[Chunk]]], book: CitationBook, scores: dict
) -> tuple[str, list[Sentence]]:
    """The lead line and cited quotes of the part of the first of `docs` ((title, chunks in
    order)) whose heading the question names; ('', []) when none does."""
    q, bare = _plain(question), not _WHOLE.search(question)
    for loose in (False, True):  # the heading as written in any document, then by its words
        for title, chunks in docs:
            heads = {n for c in chunks for n in c.path() if len(_plain(_heading(n))) >= MIN_HEADING}
            named = [n for n in heads if _names(q, _heading(n), loose and not _CHAPTER.match(n))]
            if not named:
                continue
            part = max(named, key=lambda n: len(_heading(n)))
            guard = loose or bare or _CHAPTER.match(part)
            if guard and _more_than(question, part, title, loose or bare):
                continue  # 「共建协议备案材料包括哪些」: something inside the part, not all of it
            inside = [c for c in chunks if part in c.path()]
            return _quote(title, part, inside, book, scores)
    for title, chunks in docs:  # a 项 listing its 目 named by its label: 「项目清单要列哪些」
        for c in chunks:
            for m in _LABELLED.finditer(c.text):
                if len(label := _plain(m["label"])) >= MIN_LABEL and label in q:
                    return _items(title, c, m, book, scores)
    return "", []


def _items(title, chunk, m, book, scores) -> tuple[str, list[Sentence]]:
    """The 项 `m` matched in `chunk` and its 目, one cited quote a line."""
    quotes, at = [], m.start()
    for line in chunk.text[m.start() : m.end()].splitlines(keepends=True):
        span = (at, at + len(line.rstrip()))
        if line.strip():
            quotes.append(Sentence(line.strip(), (book.cite_chunk(chunk, scores, span),)))
        at += len(line)
    where = chunk.path()[-1] if chunk.section else ""
    title = title.replace("《", "〈").replace("》", "〉")
    return f"《{title}》{where}「{m['label']}」包括{len(quotes) - 1}目：", quotes[1:]


def _names(q: str, heading: str, loose: bool) -> bool:
    """Whether the plain question `q` names the heading: written as it is, or (`loose`) every
    word of it but a leading work verb, in any order, a word perhaps as _SAME says it."""
    if not loose:
        return _plain(heading) in q
    words = _words(heading)
    return len(words) >= 2 and all(any(w in q for w in _SAME.get(w, (w,))) for w in words)


def _words(heading: str, verb: bool = False) -> list[str]:
    """The heading's words (jieba), without its leading work verb unless `verb`."""
    words = [w for w in jieba_module().lcut(_plain(heading)) if w not in STOPWORDS]
    return words[1:] if words and words[0] in _WORK_VERB and not verb else words


def _more_than(question: str, part: str, title: str, loose: bool = False) -> bool:
    """Whether the question names more than the heading, the document (words of its title)
    and words asking for all of it (`loose`: the heading named by its words, in any order)."""
    heading = _heading(part)
    rest = _plain(re.sub(r"《[^《》]*》", "", question)).replace(_plain(heading), "", 1)
    rest = _FILLER.sub("", _WHOLE.sub("", rest))
    if loose:
        for word in _words(heading, verb=True):  # 修改 for 修订 too
            for said in _SAME.get(word, (word,)):
                rest = rest.replace(said, "", 1)
        rest = _ASKING.sub("", rest)
    title = _plain(title)
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

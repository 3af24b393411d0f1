"""Clean extracted text of a Chinese news/policy page; pull out title, date, source, editors.
A web page's chrome (URL lines, breadcrumbs, 上一篇/下一篇, 字体 大 中 小, 打印/关闭/分享, ads) is
dropped, from HTML files and pasted text alike; the publish date is read from the page header."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from knowledge.documents.boilerplate import drop_boilerplate, is_account_head
from knowledge.text.dates import english_date

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff]")
_LEADING_SPACE = re.compile("^[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PLACEHOLDER = re.compile(
    r"[\[【（(<《]?\s*(?:图片?|圖片?|配图|视频|視頻|image|img|photo|picture|video|gif|"
    r"点击查看大图|点击图片查看大图|查看大图|查看原图|点击播放)\s*[\]】）)>》]?",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)(?!\d)"
    r"(?:[ \t\u00a0\u3000]*\d{1,2}:\d{2}(?::\d{2})?(?!\d))?"
)
_LABELLED_DATE = re.compile(
    r"(?:(?:发布|发表|发文|更新|印发|公开|成文)(?:时间|日期)|(?<![^\s\u3000])(?:时间|日期))\s*[:：]\s*"
    r"(?P<date>\d{4}\s*(?:[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\s\d{1,2}/\d{1,2})"
    r"(?:[ \t\u00a0\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)"
)
_SPACED_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})[ \t\u3000]+(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"
)  # 2025 03/18
_VALIDITY_LINE = re.compile(r"有效期|试行期")  # a 规范性文件's term stamped over its 版头
_HEADER_LINE_CHARS = 60  # a longer line, or one ending a sentence, is body text
_PUBLISHER = re.compile(r"(?<!图片)(?<!图)来源[ \t]*[:：][ \t\u00a0\u3000]*([^\s]+)")
_EDITOR_LABEL = re.compile(r"(?:责任编辑|编辑)\s*[:：]")
_NAME_STRIP = "()（）[]【】<>《》.,，。;；、!！?？\"'“”‘’|/"
_DATE_LINES = 10
_DATELINE_LINES = 4  # the title and the three lines under it
_TITLE_CHARS = 120


@dataclass(frozen=True)
class CleanDocument:
    text: str  # cleaned text; this is the text chunk offsets refer to
    title: str
    published: str | None  # e.g. '2024-05-12 21:12:41', '2024-05-12', '2024年5月12日'
    publisher: str | None  # from '来源:' / '来源：'
    editors: tuple[str, ...]  # names from '编辑:' / '责任编辑:' lines
    page_starts: tuple[int, ...] = ()  # where each page starts in `text`; () when not paged

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding the character at `offset`; None when not paged."""
        return bisect_right(self.page_starts, offset) if self.page_starts else None


def clean_text(
    raw: str,
    title_hint: str | None = None,
    fallback_title: str = "",
    *,
    page_starts: tuple[int, ...] = (),
    published: str | None = None,
    web: bool = False,
) -> CleanDocument:
    """Normalise whitespace, drop placeholder and page-chrome lines (editor lines too when
    `web`, a page read from HTML); other metadata lines stay in the text. `page_starts` (in
    `raw`) are carried over to the cleaned text; `published` (from the page's meta tags) is
    used when the header names no labelled date."""
    lines = _lines(raw)
    editors = _find_editors("\n".join(lines))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(drop_boilerplate(lines, web))).strip("\n")
    return CleanDocument(
        text=text,
        title=_title(text, title_hint, fallback_title),
        published=_find_published(text, published),
        publisher=_find_publisher(text),
        editors=editors,
        page_starts=_carry_offsets(raw, text, page_starts),
    )


def _lines(raw: str) -> list[str]:
    """Line ends, zero-width chars, indentation, trailing spaces, placeholder lines."""
    text = _ZERO_WIDTH.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_LEADING_SPACE.sub("", line).rstrip() for line in text.split("\n")]
    return [line for line in lines if not _PLACEHOLDER.fullmatch(line)]


def _carry_offsets(raw: str, text: str, offsets: tuple[int, ...]) -> tuple[int, ...]:
    """Offsets in `raw` as offsets in its cleaned `text`. Cleaning only deletes characters,
    so `text` is a subsequence of `raw`: walk both, matching each kept character to the
    first equal one in `raw`."""
    if not offsets:
        return ()
    out, j, k = [], 0, 0
    for i, ch in enumerate(raw):
        while k < len(offsets) and offsets[k] <= i:
            out.append(j)
            k += 1
        if j < len(text) and ch == text[j]:
            j += 1
    out += [j] * (len(offsets) - len(out))
    return tuple(out)


def _find_published(text: str, meta: str | None = None) -> str | None:
    """The publish date of the page header: a labelled one (发布时间：…) in the first lines,
    else the page's meta date, else the first date on a short header line (not a sentence of
    the body)."""
    header = []  # the lines above the first paragraph of the body
    for line in [line for line in text.split("\n") if line.strip()][:_DATE_LINES]:
        if len(line) > _HEADER_LINE_CHARS or line.endswith(_SENTENCE_END):
            break
        if not _VALIDITY_LINE.match(line.strip()):  # 「有效期至：2028年6月30日」: no publish date
            header.append(line)
    for line in header:
        if found := _LABELLED_DATE.search(line):
            return _spaced_iso(found["date"].strip())
    if meta:
        return meta
    head = "\n".join(header)
    if spaced := _SPACED_DATE.search(head):
        return _spaced_iso(spaced.group())
    for match in _DATE.finditer(head):
        year = int(match["y"])
        month, day = int(match["m"] or match["m2"]), int(match["d"] or match["d2"])
        if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
            return match.group().strip()
    return _dateline(text)


def _dateline(text: str) -> str | None:
    """An English release's dateline under its title (「PRESS RELEASE · Kunming, 18 April
    2025 · Issued by …」, longer than a Chinese header line): its date, as ISO."""
    lines = [line for line in text.split("\n") if line.strip()][1:_DATELINE_LINES]
    for line in lines:
        if not line.rstrip().endswith(".") and (found := english_date(line)):
            return found
    return None


_SENTENCE_END = tuple("。；，,;")  # a title may end with ？ or ！; a body line ends so


def _spaced_iso(value: str) -> str:
    """「2025 03/18」 (a page header's form) as 2025-03-18; other forms as written."""
    if m := _SPACED_DATE.fullmatch(value.strip()):
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return value


def _find_publisher(text: str) -> str | None:
    """Value after the first '来源:' / '来源：' label, up to whitespace."""
    match = _PUBLISHER.search(text)
    if not match:
        return None
    return match.group(1).strip(_NAME_STRIP) or None


def _find_editors(text: str) -> tuple[str, ...]:
    """Names after every '编辑:' / '责任编辑:' label, split on spaces, in order, no duplicates."""
    names: list[str] = []
    for line in text.split("\n"):
        labels = list(_EDITOR_LABEL.finditer(line))
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
            names.extend(_names(line[label.end() : end]))
    return tuple(dict.fromkeys(names))


def _names(segment: str) -> list[str]:
    names = []
    for token in re.split(r"[\s、,，;；/|]+", segment):
        if re.search(r"[:：]", token):  # the next label, e.g. '审核:'
            break
        name = re.sub(r"[（(][^）)]*[）)]", "", token).strip(_NAME_STRIP)
        if name and len(name) <= 20:
            names.append(name)
    return names


def _title(text: str, title_hint: str | None, fallback: str) -> str:
    if title_hint and title_hint.strip():
        return title_hint.strip()[:_TITLE_CHARS].strip()
    lines = (line.strip() for line in text.split("\n") if line.strip())
    first = next((line for line in lines if not is_account_head(line)), "")
    return first[:_TITLE_CHARS].strip() or fallback

"""Clean extracted text of a Chinese news/policy page; pull out title, date, source, editors."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_PUBLISHER = re.compile(r"(?<!图片)(?<!图)来源[ \t]*[:：][ \t\u00a0\u3000]*([^\s]+)")
_EDITOR_LABEL = re.compile(r"(?:责任编辑|编辑)\s*[:：]")
_NAME_STRIP = "()（）[]【】<>《》.,，。;；、!！?？\"'“”‘’|/"
_DATE_LINES = 10
_TITLE_CHARS = 120


@dataclass(frozen=True)
class CleanDocument:
    text: str  # cleaned text; this is the text chunk offsets refer to
    title: str
    published: str | None  # e.g. '2024-05-12 21:12:41', '2024-05-12', '2024年5月12日'
    publisher: str | None  # from '来源:' / '来源：'
    editors: tuple[str, ...]  # names from '编辑:' / '责任编辑:' lines


def clean_text(raw: str, title_hint: str | None = None, fallback_title: str = "") -> CleanDocument:
    """Normalise whitespace and drop placeholder lines; metadata lines stay in the text."""
    text = _normalise(raw)
    return CleanDocument(
        text=text,
        title=_title(text, title_hint, fallback_title),
        published=_find_published(text),
        publisher=_find_publisher(text),
        editors=_find_editors(text),
    )


def _normalise(raw: str) -> str:
    """Line ends, zero-width chars, indentation, trailing spaces, placeholders, blank runs."""
    text = _ZERO_WIDTH.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_LEADING_SPACE.sub("", line).rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not _PLACEHOLDER.fullmatch(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


def _find_published(text: str) -> str | None:
    """First plausible date (optionally with time) within the first lines of the text."""
    head = "\n".join([line for line in text.split("\n") if line.strip()][:_DATE_LINES])
    for match in _DATE.finditer(head):
        year = int(match["y"])
        month, day = int(match["m"] or match["m2"]), int(match["d"] or match["d2"])
        if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
            return match.group().strip()
    return None


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
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first[:_TITLE_CHARS].strip() or fallback

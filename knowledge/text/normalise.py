"""Character-level text facts: normalisation, script shares, the question language."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from knowledge.text.memo import STATE

# Letters, digits and CJK ideographs: a text without any has no content to search for.
CONTENT = re.compile(r"[0-9A-Za-z\u4e00-\u9fff\u3400-\u4dbf]")
CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
# the same classes as runs: counting a run's length is cheaper than one match per character
_CONTENT_RUN = re.compile(CONTENT.pattern + "+")
_CJK_RUN = re.compile(CJK.pattern + "+")
ZH_SHARE = 0.3  # a text is Chinese when at least this share of its letters are CJK

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


# Hong Kong and Taiwan forms OpenCC's t2s leaves as rare simplified ones: 甚麼 -> 甚么, which
# no pattern written for 什么 (「什么时候」「为什么」) knows. Same lengths: positions are kept.
_VARIANTS = {"甚么": "什么"}
_VARIANT = re.compile("|".join(_VARIANTS))


# One ask normalises ~170 texts, ~33 of them distinct (the question and its passages again
# and again, by each check): while a thread answers (`memo.asking`), short texts are remembered,
# the last thousand or so — some thirty asks' worth. An ingest runs the plain conversion.
_MEMO_CHARS = 2048
_MEMO_SIZE = 1024


def simplified(text: str) -> str:
    """Traditional -> simplified Chinese (case kept); character positions are kept. A question
    is read in this form once, so every pattern written for simplified words reads it."""
    if STATE.on and len(text) <= _MEMO_CHARS:
        return _simplified_memo(text)
    return _simplified(text)


def normalise(text: str) -> str:
    """Traditional -> simplified Chinese, lower case; character positions are kept."""
    if STATE.on and len(text) <= _MEMO_CHARS:
        return _normalise_memo(text)
    return simplified(text).lower()


def _simplified(text: str) -> str:
    if not CJK.search(text):
        return text
    with _LOCK:
        converted = _converter().convert(text)
    if len(converted) != len(text):
        return text
    return _VARIANT.sub(lambda m: _VARIANTS[m.group()], converted)


_simplified_memo = lru_cache(maxsize=_MEMO_SIZE)(_simplified)


@lru_cache(maxsize=_MEMO_SIZE)
def _normalise_memo(text: str) -> str:
    return _simplified_memo(text).lower()


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))


def has_content(text: str) -> bool:
    return bool(CONTENT.search(text))


def cjk_ratio(text: str) -> float:
    """The share of a text's letters that are CJK (CJK is part of CONTENT: counted by regex, as
    runs, not per character in Python — an English question reads this for every candidate
    sentence and passage)."""
    letters = sum(map(len, _CONTENT_RUN.findall(text)))
    return sum(map(len, _CJK_RUN.findall(text))) / letters if letters else 0.0


def language(text: str) -> str:
    """'zh' for a Chinese text (CJK share >= ZH_SHARE), else 'en' (English and other scripts)."""
    return "zh" if cjk_ratio(text) >= ZH_SHARE else "en"


def is_chinese(text: str) -> bool:
    return language(text) == "zh"

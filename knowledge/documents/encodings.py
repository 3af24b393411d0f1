"""Decode a text file's bytes: BOMs, UTF-8, GB18030/Big5 by plausibility, then a detector."""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from knowledge.errors import LoadError

CONTROL_OK = "\t\n\r\f\v"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
EMPTY = "文件为空 (empty file)"
BINARY = "不是文本文件（内容像是二进制数据）(not a text file)"


def decode_text(data: bytes) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data, codec)
    if b"\x00" in data:
        return _decode_utf16_guess(data)
    for decode in (_try_utf8, _try_cjk, _try_detector):
        text = decode(data)
        if text is not None:
            return checked_textual(text)
    if sum(byte < 32 and byte not in b"\t\n\r\f\v\x1b" for byte in data) * 50 > len(data):
        raise LoadError(BINARY)
    raise LoadError("无法识别文件编码，请另存为 UTF-8 后再上传 (unknown text encoding)")


def _strict(data: bytes, codec: str) -> str:
    try:
        return checked_textual(data.decode(codec))
    except UnicodeDecodeError as exc:
        raise LoadError(f"文件编码错误，无法按 {codec} 解码 (undecodable text)") from exc


def checked_textual(text: str) -> str:
    """Reject decoded text with more than 2% control, unassigned or replacement characters."""
    junk = ("Cc", "Cn", "Co", "Cs")
    bad = sum(ch not in CONTROL_OK and unicodedata.category(ch) in junk for ch in text)
    if (bad + text.count("\ufffd")) * 50 > len(text):
        raise LoadError(BINARY)
    return text


def _decode_utf16_guess(data: bytes) -> str:
    """NUL bytes are only acceptable as the high bytes of BOM-less UTF-16."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    codec = "utf-16-le" if odd > even else "utf-16-be"
    if len(data) % 2 == 0 and max(even, odd) >= 2 and min(even, odd) * 10 <= max(even, odd):
        try:
            return checked_textual(data.decode(codec))
        except (UnicodeDecodeError, LoadError):
            pass
    raise LoadError(BINARY)


def _try_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _try_cjk(data: bytes) -> str | None:
    """GB18030 first (detectors often misjudge short Chinese text), Big5 if it reads better."""
    scored = []
    for rank, codec in enumerate(("gb18030", "big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_oddness(text, codec), rank, text))
    if not scored:
        return None
    score, _, text = min(scored)
    return text if score <= 0.2 else None


def _oddness(text: str, codec: str) -> float:
    """Share of non-ASCII chars that would be unusual in Chinese text decoded with `codec`."""
    wide = [ch for ch in text if ord(ch) > 127]
    return sum(_char_oddness(ch, codec) for ch in wide) / max(1, len(wide))


def _char_oddness(ch: str, codec: str) -> float:
    code = ord(ch)
    if 0x4E00 <= code <= 0x9FFF:
        if codec == "gb18030":
            return 0.0 if ch.encode("gb2312", "ignore") else 0.5
        raw = ch.encode("big5", "ignore")
        return 0.0 if b"\xa4\x40" <= raw <= b"\xc6\x7e" else 0.5
    punct = (0x3000, 0x303F), (0xFF01, 0xFF5E), (0x2010, 0x205E), (0xA0, 0xBF), (0xD7, 0xD7)
    return 0.0 if any(lo <= code <= hi for lo, hi in punct) else 1.0


def _try_detector(data: bytes) -> str | None:
    match = charset_normalizer.from_bytes(data).best()
    if match is None or match.chaos > 0.2:
        return None
    try:  # the detector may have decoded leniently; only accept a strict decode
        text = data.decode(match.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if _plausible_script(text) else None


def _plausible_script(text: str) -> bool:
    """Mostly Latin or CJK letters: another script guessed for a Chinese bot's file is mojibake."""
    letters = [ch for ch in text if ch.isalpha()]
    ok = sum(ord(ch) < 0x250 or 0x3040 <= ord(ch) <= 0x9FFF for ch in letters)
    return ok * 2 >= len(letters)

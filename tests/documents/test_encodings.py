"""Tests for ingest.encodings through the loader: BOMs, UTF-16, GBK/GB18030, Big5, binary junk."""

from __future__ import annotations

import random

import pytest

from knowledge.documents.loaders import load_bytes
from tests.documents.test_loaders import CORPUS, LIMIT, NOTICE, NOTICE_TW, _error


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gbk", "gb18030"])
def test_txt_encodings(codec: str) -> None:
    data = NOTICE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert load_bytes(data, "a.txt", LIMIT).text == NOTICE


def test_short_gbk_notice_is_not_misdetected() -> None:
    assert load_bytes(NOTICE.encode("gbk"), "a.txt", LIMIT).text == NOTICE


def test_big5() -> None:
    assert load_bytes(NOTICE_TW.encode("big5"), "a.txt", LIMIT).text == NOTICE_TW


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_detected_by_nul_pattern(codec: str) -> None:
    text = "Notice No. 7\n" + NOTICE
    assert load_bytes(text.encode(codec), "a.txt", LIMIT).text == text


@pytest.mark.parametrize("codec", ["gb18030", "utf-16", "utf-8-sig"])
def test_real_corpus_roundtrip(codec: str) -> None:
    original = CORPUS.read_text(encoding="utf-8")
    assert load_bytes(original.encode(codec), "a.txt", LIMIT).text == original


def test_line_endings_normalised() -> None:
    doc = load_bytes("第一行\r\n第二行\r第三行\n".encode(), "a.txt", LIMIT)
    assert doc.text == "第一行\n第二行\n第三行\n"


def test_png_bytes_as_txt() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + random.Random(1).randbytes(600)
    assert _error(png, "photo.txt").startswith("不是文本文件")


def test_random_bytes_as_txt() -> None:
    assert _error(random.Random(0).randbytes(4096), "noise.txt").startswith("不是文本文件")


def test_control_characters_as_txt() -> None:
    assert _error(bytes(range(1, 32)) * 20, "noise.txt").startswith("不是文本文件")


def test_undecodable_encoding_is_an_error_not_garbage() -> None:
    rng = random.Random(0)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    assert "编码" in _error(data, "a.txt")

"""Tests for knowledge.documents.formats.legacy_doc: an old Word .doc through LibreOffice or
antiword when one is installed, one clear message when none is."""

from __future__ import annotations

import pytest

from knowledge.documents.formats import legacy_doc
from knowledge.documents.loaders import load_bytes
from knowledge.errors import LoadError
from tests.documents.formats.conftest import FORMATS, LIMIT

DOC = FORMATS / "qinghe-ruzhu-banfa.doc"


def test_doc_read_with_the_converter_present() -> None:
    antiword, office = legacy_doc.converters()
    if antiword is None and office is None:
        pytest.skip("neither antiword nor LibreOffice is installed")
    raw = load_bytes(DOC.read_bytes(), DOC.name, LIMIT)
    assert raw.fmt == "doc"
    assert "本办法自2025年3月1日起施行，有效期三年。" in raw.text
    assert "装备制造\t不低于300\t不低于25" in raw.text  # table rows, tab-separated
    if office:  # LibreOffice keeps Word's numbering; antiword drops it
        assert "第九条　本办法自2025年3月1日起施行" in raw.text


def test_doc_through_antiword(monkeypatch) -> None:
    antiword, _ = legacy_doc.converters()
    if antiword is None:
        pytest.skip("antiword is not installed")
    monkeypatch.setattr(legacy_doc, "converters", lambda: (antiword, None))
    raw = load_bytes(DOC.read_bytes(), DOC.name, LIMIT)
    assert "商贸物流\t不低于150\t不低于12" in raw.text and "用地需求说明。" in raw.text


def test_doc_without_a_converter_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setattr(legacy_doc, "converters", lambda: (None, None))
    with pytest.raises(LoadError) as info:
        load_bytes(DOC.read_bytes(), DOC.name, LIMIT)
    message = str(info.value)
    assert (
        message.startswith("无法读取旧版 Word 文档")
        and "antiword" in message
        and ".docx" in message
    )


def test_a_doc_that_is_no_word_file() -> None:
    with pytest.raises(LoadError, match="DOC 文件损坏"):
        load_bytes(b"just some text, not a Word file", "a.doc", LIMIT)

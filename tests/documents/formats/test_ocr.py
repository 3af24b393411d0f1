"""Tests for knowledge.documents.formats.ocr: images read offline, the engine loaded lazily,
clear messages when OCR is off, missing or finds nothing."""

from __future__ import annotations

import builtins
import io
import subprocess
import sys

import pytest
from PIL import Image

from knowledge.documents.formats import ocr
from knowledge.documents.loaders import load_bytes
from knowledge.errors import LoadError
from tests.conftest import ROOT
from tests.documents.formats.conftest import FORMATS, LIMIT, PAGES_READ, cleaned, loaded

NOTICE = "qinghe-canguan-gonggao.png"


def test_png_notice_read_by_ocr() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    raw = loaded(NOTICE)
    assert raw.fmt == "image" and raw.page_starts == (0,) and PAGES_READ[NOTICE] == [(1, 1)]
    lines = raw.text.split("\n")
    assert lines[0] == "关于飞地园区标准厂房开放参观的公告"
    assert "飞地园区标准厂房将于每周三上午开放参观。" in raw.text
    assert "每批次不超过十人。" in raw.text
    assert cleaned(NOTICE).title == "关于飞地园区标准厂房开放参观的公告"


def test_jpg_suffix_is_an_image_too() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    image = Image.open(FORMATS / NOTICE).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    raw = load_bytes(out.getvalue(), "公告.JPG", LIMIT)
    assert "开放参观" in raw.text


def test_blank_image_has_no_text() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    out = io.BytesIO()
    Image.new("L", (200, 120), 255).save(out, format="PNG")
    with pytest.raises(LoadError, match="没有在图片中识别出文字"):
        load_bytes(out.getvalue(), "blank.png", LIMIT)


def test_broken_image() -> None:
    with pytest.raises(LoadError, match="图片文件损坏"):
        load_bytes(b"\x89PNG\r\n\x1a\nnot really", "a.png", LIMIT)


def test_image_with_ocr_off() -> None:
    with pytest.raises(LoadError, match="OCR 已关闭"):
        load_bytes((FORMATS / NOTICE).read_bytes(), NOTICE, LIMIT, ocr=False)


def test_missing_engine_is_one_clear_message(monkeypatch) -> None:
    real_import = builtins.__import__

    def no_rapidocr(name, *args, **kwargs):
        if name.startswith("rapidocr_onnxruntime"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setattr(builtins, "__import__", no_rapidocr)
    with pytest.raises(LoadError) as info:
        load_bytes((FORMATS / NOTICE).read_bytes(), NOTICE, LIMIT)
    assert str(info.value).startswith("无法识别扫描件") and "rapidocr-onnxruntime" in str(
        info.value
    )


def test_nothing_is_loaded_at_import() -> None:
    code = (
        "import sys, knowledge.service, knowledge.documents.loaders;"
        "heavy = {'rapidocr_onnxruntime', 'onnxruntime', 'cv2', 'pdfplumber', 'trafilatura'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr

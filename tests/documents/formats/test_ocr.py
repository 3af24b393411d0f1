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


def test_a_scanned_page_in_two_columns_and_a_scanned_table_are_read_as_a_text_page_is() -> None:
    """OCR boxes go through the same reading order as a text layer's lines: a two-column
    page column by column (not across), a table without ruling lines one row a line."""
    pytest.importorskip("rapidocr_onnxruntime")
    name = "songling-chuangxinquan-wenda-scan.pdf"
    raw = loaded(name)
    assert len(raw.page_starts) == 2 and PAGES_READ[name] == [(1, 2), (2, 2)]
    first, second = raw.text[: raw.page_starts[1]], raw.text[raw.page_starts[1] :]
    q1, a1, q3, a3 = (
        first.index(s) for s in ("一、创新券", "创新券可用于购买", "三、什么", "每年三月")
    )
    assert q1 < a1 < first.index("二、每家企业") < q3 < a3 < first.index("四、如何兑付")
    assert "每年三月一日至三月三十一日集中受理，逾期不再受理当年度申请。" in first
    assert first.rstrip().endswith("本问答仅供参考，以正式文件为准。")
    rows = [line.split("\t") for line in second.split("\n") if "\t" in line]
    assert [r[0] for r in rows] == ["区县", "东湖区", "西山区", "南塘县", "合计"]
    assert rows[1] == ["东湖区", "12", "240", "含结转"] and rows[4][1:3] == ["25", "500"]


class _FakeEngine:
    """Stands in for RapidOCR: returns the boxes it was given, as (box, text, score)."""

    def __init__(self, boxes: list[tuple[float, float, float, float, str, float]]) -> None:
        self.found = [
            ([[x0, top], [x1, top], [x1, bottom], [x0, bottom]], text, score)
            for x0, x1, top, bottom, text, score in boxes
        ]

    def __call__(self, _image):
        return self.found, None


def test_a_lone_full_stop_ends_the_line_above_and_is_not_dropped(monkeypatch) -> None:
    # the 「。」 RapidOCR finds as a small low box of its own (below the line's centre, read with
    # little confidence), and one wrapped to the start of the next line, alone on it
    boxes = [
        (10, 400, 10, 40, "本办法自2026年2月1日起施行", 0.98),
        (402, 420, 30, 44, "。", 0.35),
        (10, 400, 60, 90, "有效期五年，期满前由县农业农村局评估", 0.97),
        (10, 28, 110, 124, "。", 0.4),
        (10, 300, 140, 170, "第九条　本办法由县农业农村局负责解释", 0.99),
        (300, 318, 140, 170, "。", 0.9),
    ]
    monkeypatch.setattr(ocr, "engine", lambda: _FakeEngine(boxes))
    lines = [ln.text for ln in ocr.image_lines(Image.new("RGB", (500, 200), "white"))]
    assert lines == [
        "本办法自2026年2月1日起施行。",
        "有效期五年，期满前由县农业农村局评估。",
        "第九条　本办法由县农业农村局负责解释。",
    ]


def test_a_mark_read_off_the_edge_of_a_doc_number_s_bracket_is_dropped() -> None:
    assert ocr.read_as_typed("望财：[2025]22号") == "望财〔2025〕22号"
    assert ocr.read_as_typed(" 沅建物.[2025]9号") == "沅建物〔2025〕9号"
    assert ocr.read_as_typed("根据通知：（2025年度）执行") == "根据通知：（2025年度）执行"


def test_a_parenthesis_of_chinese_words_read_half_width_is_typed_full_width() -> None:
    assert ocr.read_as_typed("石埠区助餐卡管理办法 (试行)") == "石埠区助餐卡管理办法（试行）"
    assert ocr.read_as_typed("按第(1)项执行") == "按第(1)项执行"

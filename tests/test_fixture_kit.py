"""The probe-set makers' shared writers (eval/probes/fixture_kit.py, fixture_docx.py): files land
in the folder given, drawing is deterministic, and a split maker's tail replaces only its own
split's expectations."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import docx
import pytest

PROBES = Path(__file__).resolve().parent.parent / "eval" / "probes"
sys.path.insert(0, str(PROBES))

import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

pytestmark = pytest.mark.skipif(not Path(kit.SERIF).exists(), reason="Noto CJK fonts missing")


def test_write_text_and_text_pdf_land_in_the_folder_given(tmp_path):
    kit.write_text(tmp_path, "a.txt", "澄川市\n")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "澄川市\n"
    body = [("h", "第一章　总　则"), ("p", "第一条　为了测试。" * 40), ("sign", "澄川市人民政府")]
    pages = kit.make_text_pdf(tmp_path, "b.pdf", "澄川市文件", [("title", "办法")], body)
    assert pages >= 1 and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    cover = [("big", "办法"), ("gap", "10"), ("small", "二〇二五年三月")]
    pages = kit.make_cover_pdf(tmp_path, "c.pdf", "头", cover, [("center", "文号")], body)
    assert pages >= 2  # the cover page and the body


def test_render_page_is_deterministic_per_seed():
    lines = [("title", "关于测试的通知"), ("p", "正文。" * 30), ("grid", [["a", "b"], ["1", "2"]])]
    one, two = kit.render_page(lines, seed=3), kit.render_page(lines, seed=3)
    assert one.tobytes() == two.tobytes()
    assert kit.render_page(lines, seed=4).tobytes() != one.tobytes()


def test_question_maker_rows():
    q = kit.question_maker("p99t", "tune")
    row = q(3, "问？", [["答"]], "证据", ["fact"], "d.pdf", section="第二条")
    assert row["id"] == "p99t03" and row["split"] == "tune" and row["answerable"]
    assert (row["doc"], row["superseded"], row["section"]) == ("d.pdf", False, "第二条")
    assert "doc" not in q(4, "无答案？", [], "", ["unanswerable"])


def test_write_expectations_keeps_the_other_split(tmp_path):
    (tmp_path / "s-metadata.json").write_text(
        json.dumps({"h.txt": {"split": "heldout"}, "old.txt": {"split": "tune"}}), encoding="utf-8"
    )
    expected = {"t.txt": {**kit.expectation_base("tune"), "title": "T"}}
    kit.write_expectations(tmp_path, "s", "tune", expected, [{"id": "x"}])
    meta = json.loads((tmp_path / "s-metadata.json").read_text(encoding="utf-8"))
    assert list(meta) == ["h.txt", "t.txt"] and meta["t.txt"]["status"] == "current"
    assert (tmp_path / "s-tune.jsonl").read_text(encoding="utf-8") == '{"id": "x"}\n'


def test_write_notice_numbering_and_page_field(tmp_path):
    n = {
        "header": "版头",
        "number": "澄府〔2025〕1号",
        "title": "通知",
        "to": "各部门：",
        "body": ["正文"],
        "sign": "澄川市人民政府",
        "date": "2025年1月2日",
        "cc": "抄送：",
        "printed": "印发",
    }
    wd.write_notice(tmp_path, "n.docx", n, "页眉", "页脚")
    doc = docx.Document(str(tmp_path / "n.docx"))
    wd.numbering(doc, 7, [("chineseCounting", "第%1条", 640)])
    wd.numbered(wd.para(doc, "条文"), 7)
    doc.save(str(tmp_path / "m.docx"))
    with zipfile.ZipFile(tmp_path / "m.docx") as z:
        body, numbering = z.read("word/document.xml").decode(), z.read("word/numbering.xml")
        footer = "".join(z.read(f).decode() for f in z.namelist() if "footer" in f)
    assert "澄府〔2025〕1号" in body and '<w:numId w:val="7"/>' in body
    assert b'w:abstractNumId="7"' in numbering and " PAGE " in footer

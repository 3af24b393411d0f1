"""Hostile files and questions: each is one clear error, the store stays exactly as it was."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from knowledge.errors import UserError
from knowledge.service import QAService
from tests.scenarios.test_reliability import CORPUS_FILE, PROJECT, cli_env, service_for

MB = 1024 * 1024
GOOD = "关于2024年春节放假安排的通知\n经研究决定，春节放假7天，请各单位做好值班安排。"


def pdf_bytes(text: str | None) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 80, 40)  # a drawing only: no text layer, as in a scan
    else:
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def docx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph(GOOD)
    buffer = io.BytesIO()
    document.save(buffer)
    if not extra:
        return buffer.getvalue()
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, data in extra.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def bad_files() -> dict[str, tuple[bytes, str]]:
    """File name -> (content, a piece of the expected message)."""
    rng = random.Random(5)
    good_pdf, good_docx = pdf_bytes("Holiday notice. Seven days off."), docx_bytes()
    return {
        "empty.txt": (b"", "文件为空"),
        "blank.md": (b" \n\t\n", "文件为空"),
        "binary.txt": (bytes(range(256)) * 40, "not a text file"),
        "unknown-encoding.txt": (bytes(rng.randrange(128, 256) for _ in range(4000)), "编码"),
        "punctuation.txt": ("。，、！？……——“”《》".encode() * 40, "no indexable text"),
        "placeholders.txt": ("图片\n[图片]\n点击查看大图\n".encode(), "no indexable text"),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 2], "PDF"),
        "garbage.pdf": (b"%PDF-1.4\n" + rng.randbytes(3000) + b"\n%%EOF\n", "PDF"),
        "scan.pdf": (pdf_bytes(None), "OCR"),
        "truncated.docx": (good_docx[: len(good_docx) // 2], "DOCX"),
        "not-word.docx": (_zip({"a.txt": b"hello"}), "DOCX"),
        "bomb.docx": (docx_bytes({"word/media/bomb.bin": bytes(30 * MB)}), "zip bomb"),
    }


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def snapshot(service: QAService) -> tuple:
    store = service.store
    return store.list_documents(), store.chunks.count(), store.leases(), store.generation()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    service = service_for(tmp_path_factory.mktemp("hostile") / "store")
    assert service.ingest_paths([CORPUS_FILE])[0].status == "added"
    return service


@pytest.mark.parametrize("name", sorted(bad_files()))
def test_bad_upload_is_one_clear_error_and_changes_nothing(service: QAService, name: str) -> None:
    data, expected = bad_files()[name]
    before = snapshot(service)
    result = service.add_upload(data, name)
    assert result.status == "error" and expected in result.message, result.message
    assert "\n" not in result.message and "Traceback" not in result.message
    assert snapshot(service) == before


def test_huge_file_is_refused_without_reading_it(service: QAService, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * MB)  # sparse: no disk space, no data
    before = snapshot(service)
    tracemalloc.start()
    try:
        result = service.ingest_paths([huge])[0]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == "error" and "文件过大" in result.message and "20 MB" in result.message
    assert peak < 5 * MB, f"{peak / MB:.0f} MB allocated"
    assert snapshot(service) == before


def test_hostile_file_name_is_stored_as_a_safe_name(service: QAService) -> None:
    result = service.add_upload(GOOD.encode(), "../../etc/passwd\x07.txt")
    assert result.status == "added" and result.source == "passwd.txt"
    doc = next((d for d in service.list_documents() if d.doc_id == result.doc_id), None)
    assert doc is not None and doc.source == "passwd.txt"
    assert all(c.source == "passwd.txt" for c in service.store.iter_chunks(result.doc_id))
    bad = service.add_upload(b"", "../\x1b[31mevil\x00.txt")
    assert bad.status == "error" and bad.source == "[31mevil.txt"
    assert service.remove_document(result.doc_id)


@pytest.mark.parametrize("question", ["", "   ", "问" * 10_000, "😀🎉👍🏻", "？！…"])
def test_bad_question_is_a_user_error(service: QAService, question: str) -> None:
    before = snapshot(service)
    with pytest.raises(UserError) as info:
        service.ask(question)
    assert str(info.value) and "\n" not in str(info.value)
    assert snapshot(service) == before


def test_cli_reports_each_bad_file_on_one_line_and_adds_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    bad = bad_files()
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(200 * MB)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    names = [*sorted(bad), "huge.txt", "missing.txt", "good.txt"]
    env = {**cli_env(tmp_path / "store"), "QA_INGEST__MAX_FILE_MB": "5"}
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", *(str(folder / n) for n in names)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(names) - 1, proc.stderr
    for name in names[:-1]:
        assert sum(f"/{name} — " in line for line in errors) == 1, name
    assert any("上限为 5 MB" in line for line in errors)
    assert "added:" in proc.stdout and "good.txt" in proc.stdout
    listed = run_cli(tmp_path / "store", "list")
    assert listed.returncode == 0 and "good.txt" in listed.stdout


def run_cli(store: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args],
        cwd=PROJECT,
        env=cli_env(store),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_bad_questions_exit_2_with_one_line(tmp_path: Path) -> None:
    questions = ["", "问" * 10_000, "😀🎉👍🏻"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "knowledge", "ask", q],
            cwd=PROJECT,
            env=cli_env(tmp_path / "store"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for q in questions
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 2, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), err
        assert out == ""

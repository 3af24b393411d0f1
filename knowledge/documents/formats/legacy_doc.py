"""Old Word files (.doc, Word 97–2003) through a converter on the machine: LibreOffice headless
(converted to DOCX, then read as one: automatic numbering and tables kept), else Debian's
`antiword` (UTF-8 text; its table rows made tab-separated); a clear message when neither is
installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from knowledge.documents.formats.base import Extracted, LoadOptions
from knowledge.documents.formats.docx import load_docx
from knowledge.errors import LoadError

NO_CONVERTER = (
    "无法读取旧版 Word 文档（.doc）：需要安装 antiword 或 LibreOffice，或先将文件另存为 .docx "
    "(.doc needs antiword or LibreOffice; or save it as .docx)"
)
CORRUPT = "DOC 文件损坏或无法解析 (corrupt or unreadable .doc)"
_TIMEOUT_S = 120
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # every Word 97–2003 file is an OLE2 container


def converters() -> tuple[str | None, str | None]:
    """The antiword and LibreOffice executables found on PATH."""
    return shutil.which("antiword"), shutil.which("soffice") or shutil.which("libreoffice")


def load_doc(data: bytes, opts: LoadOptions) -> Extracted:
    if not data.startswith(_OLE):
        raise LoadError(CORRUPT)
    antiword, office = converters()
    if antiword is None and office is None:
        raise LoadError(NO_CONVERTER)
    with tempfile.TemporaryDirectory(prefix="qa-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        if office is None:
            text = _run([antiword, "-m", "UTF-8.txt", "-w", "0", str(path)])
            return Extracted(text="\n".join(_row(line) for line in text.split("\n")))
        profile = Path(tmp, "profile").as_uri()  # its own profile: no clash with a running office
        _run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "docx",
                "--outdir",
                tmp,
                str(path),
            ]
        )
        converted = Path(tmp) / "input.docx"
        if not converted.is_file():
            raise LoadError(CORRUPT)
        got = load_docx(converted.read_bytes(), opts)
        return Extracted(text=got.text)  # the converter's own title (「Word Document」) is none


def _row(line: str) -> str:
    """antiword draws a table row as 「|cell   |cell   |」: cells separated by tabs instead."""
    if len(line) > 1 and line.startswith("|") and line.rstrip().endswith("|"):
        return "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return line


def _run(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LoadError(CORRUPT) from exc
    if done.returncode != 0:
        raise LoadError(CORRUPT)
    return done.stdout.decode("utf-8", errors="replace")

"""Write the real-format fixtures of the fictional 青禾市 enclave-park (飞地园区) policy: a DOCX
办法 with Word auto-numbering, a table and a running header; a three-page text PDF with running
headers, page numbers and a table; a scanned two-page PDF; a PDF with one text page and one
scanned page; a PDF notice whose table has no ruling lines; a two-column PDF bulletin written
across both columns row by row; a web page with its chrome; a PNG notice; and, when LibreOffice
is installed, the DOCX saved as an old Word .doc. Written later (松岭, another fictional city):
a DOCX numbered by one multilevel list over two list instances, a 实施意见 on a government
site's page under its 信息公开 table, and a scanned bulletin in two columns with a table. Every sentence is written for these tests. The
generators live in fixturegen/, one module per format (word, pdfs, layouts, scans, web).

    python tests/data/formats/make_fixtures.py     # rewrites the files beside it

The generated files are committed, so tests never need this script (or LibreOffice) to run.
Run as a file (also by runpy, as bench/ocr.py does for the texts the scans were drawn from).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from fixturegen.layouts import make_borderless_pdf, make_two_column_pdf  # noqa: E402
from fixturegen.pdfs import make_text_pdf  # noqa: E402
from fixturegen.scans import (  # noqa: E402, F401  (the texts bench/ocr.py reads)
    NOTICE_IMAGE,
    SCAN_PAGES,
    make_columns_scan_pdf,
    make_mixed_pdf,
    make_notice_png,
    make_scanned_pdf,
)
from fixturegen.web import HTML_PAGE, POLICY_PAGE  # noqa: E402
from fixturegen.word import make_doc, make_docx, make_shared_list_docx  # noqa: E402


def main() -> None:
    files = {
        "qinghe-ruzhu-banfa.docx": make_docx(),
        "songling-yiliao-jiuzhu.docx": make_shared_list_docx(),
        "qinghe-changfang-xize.pdf": make_text_pdf(),
        "qinghe-rending-tongzhi-scan.pdf": make_scanned_pdf(),
        "qinghe-rencai-gongyu-mixed.pdf": make_mixed_pdf(),
        "qinghe-jigai-butie-tongzhi.pdf": make_borderless_pdf(),
        "qinghe-zhengce-jianbao-2col.pdf": make_two_column_pdf(),
        "qinghe-tuijinhui.html": HTML_PAGE.encode("utf-8"),
        "songling-jiuye-yijian.html": POLICY_PAGE.encode("utf-8"),
        "qinghe-canguan-gonggao.png": make_notice_png(),
        "songling-chuangxinquan-wenda-scan.pdf": make_columns_scan_pdf(),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    doc = make_doc(HERE / "qinghe-ruzhu-banfa.docx")
    if doc is not None:
        (HERE / "qinghe-ruzhu-banfa.doc").write_bytes(doc)
        print(f"qinghe-ruzhu-banfa.doc: {len(doc)} bytes")


if __name__ == "__main__":
    main()

"""OCR throughput and accuracy on the scanned fixtures (by hand, not in CI).

python bench/ocr.py [--rounds N] [--dpi 110,150] [--json]

- load_s: loading the RapidOCR engine (its ONNX models from the wheel), once per process.
- For each rendering resolution (the loader's default first): the two-page scanned PDF
  (tests/data/formats/qinghe-rending-tongzhi-scan.pdf) read through the PDF loader, best
  and median of --rounds rounds: pages_per_s, s_per_page, and char_accuracy (difflib ratio of the
  OCR text to the text the fixture was drawn from, whitespace and page numbers left out).
- png: the one-page notice image (910 × 560 px) the same way.
- load_avg: the machine's load average before and after (the machine is shared: compare figures
  measured in one run only).

Every figure is offline: the models ship inside the rapidocr-onnxruntime wheel.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.documents.formats import ocr, pdf  # noqa: E402
from knowledge.documents.loaders import load_bytes  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "formats"
SCANNED = FIXTURES / "qinghe-rending-tongzhi-scan.pdf"
NOTICE = FIXTURES / "qinghe-canguan-gonggao.png"
LIMIT = 64 * 1024 * 1024


def _truth() -> tuple[str, str]:
    """The texts the scanned fixtures were drawn from (make_fixtures.py)."""
    made = runpy.run_path(str(FIXTURES / "make_fixtures.py"))  # its texts; it writes nothing
    scanned = "".join(text for page in made["SCAN_PAGES"] for _, text in page)
    notice = "".join(text for _, text in made["NOTICE_IMAGE"])
    return scanned, notice


def _accuracy(got: str, want: str) -> float:
    def squeeze(s: str) -> str:
        return re.sub(r"\s+", "", s)

    return round(SequenceMatcher(None, squeeze(got), squeeze(want), autojunk=False).ratio(), 4)


def _time(data: bytes, name: str, rounds: int, want: str) -> dict[str, Any]:
    times, text, pages = [], "", 0
    for _ in range(rounds):
        start = time.perf_counter()
        raw = load_bytes(data, name, LIMIT)
        times.append(time.perf_counter() - start)
        text, pages = raw.text, len(raw.page_starts)
    best, median = min(times), statistics.median(times)
    return {
        "pages": pages,
        "best_s": round(best, 2),
        "median_s": round(median, 2),
        "pages_per_s": round(pages / best, 3),
        "pages_per_s_median": round(pages / median, 3),
        "s_per_page": round(median / pages, 2),
        "char_accuracy": _accuracy(text, want),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/ocr.py", description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dpi", default=f"{pdf._OCR_DPI},150", help="PDF rendering resolutions")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scanned_truth, notice_truth = _truth()
    report: dict[str, Any] = {"load_avg_before": [round(x, 2) for x in os.getloadavg()]}
    start = time.perf_counter()
    ocr.engine()
    report["load_s"] = round(time.perf_counter() - start, 2)
    default = pdf._OCR_DPI
    report["scanned_pdf"] = {}
    try:
        for dpi in [int(d) for d in args.dpi.split(",") if d.strip()]:
            pdf._OCR_DPI = dpi
            result = _time(SCANNED.read_bytes(), SCANNED.name, args.rounds, scanned_truth)
            report["scanned_pdf"][str(dpi)] = result
            print(f"scanned PDF at {dpi} dpi: {result}", file=sys.stderr)
    finally:
        pdf._OCR_DPI = default
    report["png"] = _time(NOTICE.read_bytes(), NOTICE.name, args.rounds, notice_truth)
    print(f"png notice: {report['png']}", file=sys.stderr)
    report["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    report["cpus"] = os.cpu_count()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a format reader gets (the limits and the OCR switch) and what it gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

PageProgress = Callable[[int, int], None]  # (pages done, pages in the file)


@dataclass(frozen=True)
class LoadOptions:
    max_bytes: int
    ocr: bool = True  # read scanned pages and images with the bundled OCR engine
    on_page: PageProgress | None = None  # told after each page that needed OCR


@dataclass(frozen=True)
class Extracted:
    """A reader's result: the text, or its pages (joined by a blank line; the loader records
    where each starts), and the title the file names, if any."""

    text: str = ""
    title: str | None = None
    pages: tuple[str, ...] | None = None
    published: str | None = None  # a web page's publish date from its header or meta tags
    site: str | None = None  # a web page's site name (「岚溪市人民政府」): the place it speaks for

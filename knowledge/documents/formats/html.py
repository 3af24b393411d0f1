"""HTML: the visible text of a page, narrowed to its main content by trafilatura (navigation,
related links, share bars and footers out; the header lines above the content, where the
title, date and source stand, kept for the cleaner), and its publish date from the header or the
meta tags."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import PreformattedString

from knowledge.documents.boilerplate import drop_lists, is_chrome, over_byline
from knowledge.documents.encodings import BOMS, checked_textual, decode_text
from knowledge.documents.formats.base import Extracted, LoadOptions
from knowledge.text.dates import parse_date

_BLOCKS = (
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol dl table "
    "blockquote pre form fieldset figure figcaption address hr"
).split()
_LINES = "li tr dt dd caption br option".split()
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_JUNK_TAGS = ["script", "style", "noscript", "template", "head", "title", "iframe", "svg", "object"]
_META_DATES = re.compile(
    r"pubdate|publishdate|publish_date|published_time|article:published_time|"
    r"og:published_time|dc\.date|dcterms\.issued|firstpublishedtime|createdate",
    re.IGNORECASE,
)
_SENTENCE_END = tuple("。！？!?；;：:")
# a header line that says what the page is: a date, a source, a labelled field, a 文号
_HEADER = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{4}\s+\d{1,2}/\d{1,2}|[〔［\[]\d{4}[〕］\]]|[:：]\s*\S"
)
_MIN_MAIN = 40  # characters: a shorter extraction is not trusted as the page's content
_PARTS = re.compile(r"_|\||｜|\s+[-—]\s+")
# what a site is called after: its organ (「岚溪市人民政府」, 「…民政局」) or 「…网」
_SITE_END = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|局|厅|门户网站|网站|网)$")
_HOST = re.compile(r"主办(?:单位)?[ \t\u3000]*[:：][ \t\u3000]*([\u4e00-\u9fff]{4,30})")


def load_html(data: bytes, _opts: LoadOptions | None = None) -> Extracted:
    source = decode_html(data)
    soup = BeautifulSoup(source, "html.parser")
    title_text, h1 = (
        tag.get_text(" ", strip=True) if tag else "" for tag in (soup.title, soup.find("h1"))
    )
    if h1 and title_text.startswith(h1):
        title_text = h1  # 「标题_网站名」: the page's own title without the site's name
    published = _meta_date(soup)
    for tag in soup.find_all(_JUNK_TAGS):
        tag.decompose()
    for special in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        special.extract()  # comments, doctype, CDATA, processing instructions
    text = "\n".join(drop_lists(html_text(soup).split("\n")))  # other reports, comments
    site = _site(title_text, h1, text)
    main = _main_text(source)
    if main:
        own = _PARTS.split(title_text)[0].strip()  # 「标题_栏目_网站名」 shown in an <h2>
        text = _main_lines(text, main, {title_text, h1, own if len(own) >= 8 else ""} - {""})
    title_text = _own_title(title_text, text) if title_text != h1 else title_text
    title_text = _column_title(title_text, h1, text)
    if not h1 and title_text not in (lines := text.split("\n")):
        at = over_byline([ln for ln in lines if ln.strip()])
        title_text = (
            [ln for ln in lines if ln.strip()][at].strip() if at is not None else title_text
        )
    return Extracted(text=text, title=title_text or h1 or None, published=published, site=site)


def _site(title: str, h1: str, visible: str) -> str | None:
    """The site's name: the last part of 「栏目_网站名」, a <title> that is only an organ's
    name over another <h1>, else the 「主办：…」 line at the foot of the page."""
    parts = [p.strip() for p in _PARTS.split(title)]
    if len(parts) > 1 and _SITE_END.search(parts[-1]):
        return parts[-1]
    if h1 and title and title != h1 and _SITE_END.search(title) and len(parts) == 1:
        return title
    m = _HOST.search(visible)
    return m[1] if m else None


def _own_title(title: str, text: str) -> str:
    """「标题_栏目_网站名」 as the page's own title when the page shows that title on a line
    of its own (in an <h2>, a centred <p>): the site's parts left out."""
    parts = [p.strip() for p in re.split(r"_|\||｜|\s+[-—]\s+", title)]
    if len(parts) > 1 and len(parts[0]) >= 4:
        if parts[0] in {line.strip() for line in text.split("\n")}:
            return parts[0]
    return title


def _column_title(title: str, h1: str, text: str) -> str:
    """The <h1> the page shows when its <title> names only the column and the site
    (「政策解读_沅澄市发展和改革委员会」 over 「一图读懂《…》」): no part of the <title> is on a
    line of the page while the longer <h1> is (the site's name may be, in the page's top bar)."""
    shown = {line.strip() for line in text.split("\n")}
    parts = [p.strip() for p in _PARTS.split(title)]
    told = set(parts[:-1] if _SITE_END.search(parts[-1]) else parts)  # the site's name in its
    if h1 and title != h1 and h1 in shown and len(parts) > 1 and not shown & told:  # top bar
        return h1 if len(h1) > len(parts[0]) else title
    if h1 and title != h1 and h1 in shown and len(parts) == 1 and _SITE_END.search(title):
        return h1  # 「岚溪市石埠区人民政府」: the <title> names only the site
    return title


def _main_text(source: str) -> str | None:
    """The page's main content as trafilatura finds it (offline: it only parses)."""
    try:
        import trafilatura
    except ImportError:  # the visible text, cleaned line by line, is the fallback
        return None
    try:
        main = trafilatura.extract(
            source,
            include_tables=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            deduplicate=False,
            favor_recall=True,
        )
    except Exception:  # a page trafilatura cannot parse is read whole
        return None
    return main if main and len(re.sub(r"\s", "", main)) >= _MIN_MAIN else None


def _main_lines(visible: str, main: str, titles: set[str]) -> str:
    """The visible lines that belong to the main content, after the header lines above its
    first paragraph that say what the page is (the title, date, source, labelled fields,
    table rows); the site's menus there and everything trafilatura left out further down
    (share bars, related links, footers) are dropped. The visible text keeps the page's own
    line breaks and table cells."""
    content = "\n".join(ln for ln in main.split("\n") if not is_chrome(ln))
    flat = re.sub(r"[\s|]+", "", content)
    lines = visible.split("\n")

    def in_main(line: str) -> bool:
        key = re.sub(r"[\s|]+", "", line)
        return bool(key) and key in flat

    def paragraph(line: str) -> bool:
        s = line.strip()
        return in_main(s) and len(s) >= 8 and (s.endswith(_SENTENCE_END) or len(s) >= 40)

    first = next((i for i, ln in enumerate(lines) if paragraph(ln)), None)
    if first is None:
        return visible
    head = [
        ln
        for ln in lines[:first]
        if not ln.strip() or in_main(ln) or "\t" in ln or ln.strip() in titles or _HEADER.search(ln)
    ]
    body = [
        ln if not ln.strip() or in_main(ln) or ln.strip() in titles else "" for ln in lines[first:]
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(head + body)).strip()


def _meta_date(soup: BeautifulSoup) -> str | None:
    """The publish date a page declares in its meta tags (PubDate, article:published_time …)."""
    for meta in soup.find_all("meta"):
        name = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        if _META_DATES.fullmatch(str(name).strip()) and (
            date := parse_date(meta.get("content", ""))
        ):
            return date
    return None


def html_text(soup: BeautifulSoup) -> str:
    """Visible text; block elements become paragraphs, <li>/<tr>/<br> lines, cells tabs."""
    for string in soup.find_all(string=True):
        if string.find_parent(["pre", "textarea"]) is None:
            joined = re.sub(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*(?=[{_CJK}])", "", string)
            string.replace_with(re.sub(r"[ \t\r\n\f]+", " ", joined))
    for tag in soup.find_all(_BLOCKS + _LINES + ["td", "th"]):
        mark = "\ufdd0" if tag.name in _BLOCKS else "\ufdd1" if tag.name in _LINES else "\t"
        tag.insert_after(mark)
        if mark != "\t" and tag.name != "br":
            tag.insert_before(mark)

    def gap(match: re.Match[str]) -> str:
        return "\n\n" if "\ufdd0" in match.group() else "\n"

    text = re.sub(r"[ \t]*[\ufdd0\ufdd1][\s\ufdd0\ufdd1]*", gap, soup.get_text())
    lines = (re.sub(r" {2,}", " ", line).strip(" \t") for line in text.split("\n"))
    return "\n".join(lines).strip()


def decode_html(data: bytes) -> str:
    """BOM, then valid UTF-8, then the <meta charset>, then the plain-text detection."""
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", data[:4096], re.I)
    if data.startswith(tuple(bom for bom, _ in BOMS)) or b"\x00" in data:
        return decode_text(data)
    codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    codec = "gb18030" if codec in ("gb2312", "gbk", "x-gbk") else codec
    for candidate in dict.fromkeys(("utf-8", codec)):
        try:
            return checked_textual(data.decode(candidate))
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(data)

"""The documents a notice issues: 「关于印发《X》的通知」 carries X (after its 落款, or as 附件),
「印发《A》和《B》的通知」 carries both, each under its own title; the title an article of one is
cited under; where each begins in the notice's lines."""

from __future__ import annotations

import re

from knowledge.documents.articles import ARTICLE
from knowledge.documents.gongwen_fields import (
    NOT_NORMATIVE,
    Field,
    Line,
    doc_type,
    effect,
    is_title_line,
)
from knowledge.schema import SECTION_SEP

CARRIED_NOT = frozenset({None, "通知", *NOT_NORMATIVE})  # 文种 of no document a notice issues


def issuable(kind: str | None) -> bool:
    """Whether a document of this 文种 is one a notice issues (an 办法, 规定, 方案 …)."""
    return kind not in CARRIED_NOT


_ISSUING = re.compile(r"(?:印发|转发|发布)(?P<what>.{4,80}?)的(?:通知|决定)$")
_NAMED = re.compile(r"《([^《》]{2,80})》")


def issued_title(title: str | None) -> str | None:
    """The title of the document a 印发/转发/发布 notice (or 决定) issues, as the notice's title
    names it: X of 「关于印发《X》的通知」 or 「…关于印发X的通知」; None for any other title and
    for one that issues several documents (「印发《A》和《B》的通知」)."""
    m = _ISSUING.search(re.sub(r"\s+", "", title or ""))
    if m is None:
        return None
    what = m["what"]
    if not (what.startswith("《") and what.endswith("》")):
        return None if "》和《" in what or "》、《" in what else what
    named = _NAMED.findall(what)
    return named[0] if len(named) == 1 and f"《{named[0]}》" == what else None


def issued_titles(title: str | None) -> list[str]:
    """The titles of the documents a notice issues when it issues several (「关于印发《A》和《B》
    的通知」: [A, B]); [] for any other title."""
    m = _ISSUING.search(re.sub(r"\s+", "", title or ""))
    named = _NAMED.findall(m["what"]) if m else []
    return named if len(named) > 1 else []


def cited_as(title: str | None, section: str | None) -> str | None:
    """The title a passage at `section` of the document titled `title` is cited under when it
    is not that title: an article of the document a 「关于印发…办法的通知」 carries in its body
    is the 办法's (《…办法》第十条, not 《关于印发…办法的通知》第十条); of a notice issuing
    several, the one the article belongs to (its path starts with that title); of an 办法 carried
    as an attachment (「附件1 …办法 › 第三条」), the attachment's title. None otherwise —
    outside an article, in the 版记 or an attachment that is no 规范性 document, for any other
    document."""
    names = section.split(SECTION_SEP) if section else []
    if not names or names[0].startswith("版记"):
        return None
    if not any(re.match(r"^第.+条", n) for n in names):
        return None
    if names[0].startswith("附件"):
        heading = names[0].partition(" ")[2].strip("《》")
        kind = doc_type(heading) if heading else None
        return heading if kind and kind not in ("通知", *NOT_NORMATIVE) else None
    if names[0] in issued_titles(title):
        return names[0]
    return issued_title(title)


def issued_document(lines: list[Line], title: Field | None) -> int | None:
    """Where the document a 印发/转发 notice issues begins inside it (its title on a line of
    its own, as 「关于印发《X》的通知」 names it — or, under a title that does not name it
    (「关于印发修订后管理办法的通知」), a title of the 文种 it names with articles right after
    it), so that the notice's 落款 is read before it; None when the notice does not carry it."""
    if title is None or not re.search(r"印发|转发|发布", title.value):
        return None
    named = set(_NAMED.findall(title.value))
    if not named and (issued := issued_title(title.value)):
        named = {issued}  # 「关于印发X的通知」 without 《》 around X
    if at := next((k for k, ln in enumerate(lines) if k and ln.text in named), None):
        return at
    kinds = {doc_type(n) for n in named} - CARRIED_NOT
    return next((k for k in range(1, len(lines) - 1) if _titles(lines, k, kinds)), None)


def _titles(lines: list[Line], k: int, kinds: set) -> bool:
    """lines[k] is the title of a document of one of `kinds` whose first article follows."""
    text = lines[k].text
    return (
        doc_type(text) in kinds and is_title_line(text) and bool(ARTICLE.match(lines[k + 1].text))
    )


def issued_parts(lines: list[Line], title: Field | None) -> list[tuple[int, str]]:
    """(line index, title) of each document a notice issuing several carries, in order, when
    every one stands on a line of its own after the notice; [] otherwise."""
    names = issued_titles(title.value if title else None)
    at = [next((k for k, ln in enumerate(lines) if k and ln.text == n), None) for n in names]
    if not names or None in at or at != sorted(at):
        return []
    return list(zip(at, names))


_OWN_CLAUSE = re.compile(r"^本(?:通知|决定|公告|通告)")


def notice_own(text: str, docs: list, parts: list, fields: list[Field], dates: dict) -> list:
    """A notice carrying one document whose 施行 clause was read (「本措施自2025年7月1日起
    执行」) and a clause of its own before it (「本通知自印发之日起施行」): the notice's own,
    after the document's so questions quote the document's first (`ingestion.plan` gives the
    notice's row the clause outside the document it carries)."""
    if len(docs) != 1 or parts or not any(f.name == "effective" for f in fields):
        return []
    own = [f for f in effect(text, 0, docs[0][1], dates) if f.name == "effective"]
    return [f for f in own if _OWN_CLAUSE.match(f.value)]

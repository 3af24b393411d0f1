"""Word's automatic numbering as the reader sees it: python-docx returns a paragraph's text
without the 「第一条」「一、」「（一）」 that a numbering definition (word/numbering.xml: the
paragraph's numId and level, the level's lvlText such as 「第%1条」 and numFmt such as
chineseCounting) draws in front of it; this counts the lists and writes those labels."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_IDEOGRAPH = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _chinese(n: int) -> str:
    import cn2an

    return cn2an.an2cn(n) if n > 0 else "〇"


def _roman(n: int) -> str:
    out = ""
    for value, sign in zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        "M CM D CD C XC L XL X IX V IV I".split(),
    ):
        while n >= value:
            out, n = out + sign, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter value in a numFmt; an unknown format falls back to decimal."""
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return _chinese(n)
    if fmt == "ideographTraditional":
        return _IDEOGRAPH[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _ZODIAC[(n - 1) % 12]
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        return _letter(n) if fmt == "upperLetter" else _letter(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


class Numbering:
    """The numbering definitions of one document and the counters of its lists."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, Any]] = {}  # numId -> ilvl -> <w:lvl>
        self.starts: dict[str, dict[int, int]] = {}  # numId -> ilvl -> startOverride
        self.counters: dict[str, dict[int, int]] = {}  # list -> ilvl -> count
        self.lists: dict[str, str] = {}  # numId -> the list it counts in
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            a = abstract.get(_val(num, "w:abstractNumId"))
            if a is None:
                continue
            levels = {int(lvl.get(qn("w:ilvl"), "0")): lvl for lvl in a.findall(qn("w:lvl"))}
            starts = {}
            for over in num.findall(qn("w:lvlOverride")):
                ilvl = int(over.get(qn("w:ilvl"), "0"))
                if (start := _val(over, "w:startOverride")) is not None:
                    starts[ilvl] = int(start)
                if (lvl := over.find(qn("w:lvl"))) is not None:
                    levels[ilvl] = lvl
            num_id = num.get(qn("w:numId"))
            self.levels[num_id] = levels
            self.starts[num_id] = starts
            # instances of one abstract list count on together; one that restarts (its own
            # start values) counts alone
            self.lists[num_id] = f"n{num_id}" if starts else f"a{_val(num, 'w:abstractNumId')}"

    def label(self, paragraph: Any) -> str:
        """The label Word draws before this paragraph (counting it), '' when it has none."""
        num_id, ilvl = _num_pr(paragraph)
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        lvl = levels[ilvl]
        counts = self.counters.setdefault(self.lists[num_id], {})
        start = self.starts[num_id].get(ilvl, int(_val(lvl, "w:start", "1") or 1))
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else start
        for deeper in [k for k in counts if k > ilvl]:
            restart = _val(levels.get(deeper), "w:lvlRestart")  # 0: never; n: after level n
            if restart is None or not restart.isdigit() or ilvl < int(restart):
                del counts[deeper]  # a higher level restarts the ones below it
        fmt = _val(lvl, "w:numFmt", "decimal") or "decimal"
        if fmt in ("bullet", "none"):
            return ""
        text = _val(lvl, "w:lvlText", "") or ""
        for k in range(9):
            if f"%{k + 1}" in text:
                ref = levels.get(k)
                ref_fmt = _val(ref, "w:numFmt", "decimal") or "decimal"
                default = int(_val(ref, "w:start", "1") or 1) if ref is not None else 1
                text = text.replace(f"%{k + 1}", format_number(counts.get(k, default), ref_fmt))
        suffix = _val(lvl, "w:suff", "tab")
        if suffix == "nothing" or not text:
            return text
        return text + ("\u3000" if any(ord(c) > 0x2E80 for c in text) else " ")


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """numId and level of a paragraph, from its own properties or else its style's."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    style = paragraph.style
    while num_pr is None and style is not None:
        s_pr = style.element.pPr
        num_pr = s_pr.find(qn("w:numPr")) if s_pr is not None else None
        style = style.base_style
    if num_pr is None:
        return None, 0
    num_id = _val(num_pr, "w:numId")
    return (None if num_id in (None, "0") else num_id), int(_val(num_pr, "w:ilvl", "0") or 0)

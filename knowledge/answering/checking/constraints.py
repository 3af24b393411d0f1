"""What a question constrains that its evidence must carry: the years it names, the month or
period (截至9月底, 上半年, 前三季度, 全年), the ordinal (首批, 第二批, 二期, 首届) and the unit of
a count (多少吨, 多少户). A question about 2025 is not answered by a 2024 figure, nor one about
the second batch by the first; sentences that carry the constraint are preferred, and when none
of the chosen ones does, the pipeline says what the documents have instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answering.checking import constraints_en
from knowledge.answering.checking.surroundings import context
from knowledge.answering.core.support import now_month
from knowledge.schema import DocumentInfo
from knowledge.text import units
from knowledge.text.dates import first_months, year_figure
from knowledge.text.memo import while_asking
from knowledge.text.normalise import normalise
from knowledge.text.numbers import chinese_years_to_digits, numeral

# 2024年 / 2024年度, a date 2024-05-10 · 2024/5/10 · 2024.05, a range 1958-1964, or a year
# standing alone in English text ("in 2024,"): not 2000 in 面积2000平方米.
_ZH_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年")
_DATE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])(?!\d)")
_RANGE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—~～至到]\s*((?:19|20)\d{2})(?![\d.])")
_EN_YEAR = re.compile(r"(?:(?<=[\sA-Za-z(,])|^)((?:19|20)\d{2})(?=[\s,.;:)?!？]|$)")

MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"  # a month's number
# a period by the month it ends with: 1—9月 -> 9, 截至6月底 -> 6, 上半年 -> 6, 全年 -> 12
_MONTH_RANGE = re.compile(rf"(?<![\d.]){MONTH}\s*(?:[—–\-~～至到])\s*({MONTH})\s*月(?![\d日号])")
_MONTH = re.compile(rf"(?<![\d.]){MONTH}\s*月(?:份)?(?:底|末|中旬|下旬|上旬|初|中)?")
_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*[日号]|\s*[一二三四五六七八九十]{1,3}\s*[日号]")
# the periods named in words, as (first month, last month); periods.py reads the whole span
PERIOD_SPANS = {
    "上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "全年": (1, 12), "年底": (1, 12),
    "年末": (1, 12), "第一季度": (1, 3), "一季度": (1, 3), "第二季度": (4, 6), "二季度": (4, 6),
    "第三季度": (7, 9), "三季度": (7, 9), "第四季度": (10, 12), "四季度": (10, 12),
    "首三季": (1, 9), "前三季": (1, 9), "首季": (1, 3),  # as Hong Kong papers write them
} | first_months()  # fmt: skip
_NAMED = {name: span[1] for name, span in PERIOD_SPANS.items()} | {"年中": 6, "年初": 1}
_NAMED_RX = re.compile("|".join(sorted(_NAMED, key=len, reverse=True)))
# a month that names the document, not the figure: 「2024年10月那篇报道说」
_ABOUT_DOC = re.compile(
    r"^\s*(?:的|那篇|这篇|那次|这次|那份|那场)?\s*(?:报道|文章|稿子|新闻|发布会|会议|现场会|通知)"
)
_ORDINAL = re.compile(
    r"(首|第[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十]|\d{1,2})(批|期|届)"
)
# the unit a count is asked in; a building, a bed, a machine is counted by its own measure word
# (「多少栋」 is not answered by 12万平方米 of the same factories); 哪几座 asks which, 第几张 an ordinal
# — not 个, 项 (项目), 次, 类/种/件 (kinds), 块 (地块), which say too little of what is counted
_ASKABLE = units.alternation(
    *units.AMOUNTS, also=("个百分点",), without=("个", "项", "次", "块", "标箱")
)
_UNIT_ASKED = re.compile(rf"(?:多少|(?<![哪第])几)(万|亿)?({_ASKABLE})")
_LATIN = re.compile(r"[a-z]{3}")
_NUM = r"(?:\d[\d.,]*|[一二两三四五六七八九十百千万亿]+)\s*(?:万|亿)?"


def asked_years(question: str) -> set[int]:
    """Years a question names: 2025年, 二〇二五年, "in 2025"; not the year of a document it
    points at ("the May 2024 article": `doc_refs` prefers that document's sentences)."""
    if _LATIN.search(question):
        question = constraints_en.without_documents(question)
    return years_in(question)


@while_asking(64, fresh=set)
def years_in(text: str) -> set[int]:
    """Years a passage mentions (2024年, 2024-05-10, 2024/5, 二〇二四年)."""
    text = chinese_years_to_digits(text)
    years = {int(y) for rx in (_ZH_YEAR, _DATE_YEAR, _EN_YEAR) for y in rx.findall(text)}
    return years | {int(y) for pair in _RANGE.findall(text) for y in pair}


def months_in(text: str, question: bool = False) -> set[int]:
    """The months periods in `text` end with (1—9月 -> 9, 上半年 -> 6, 年底 -> 12). In a
    question, a full date (5月8日) and a month naming a document (10月那篇报道) do not count."""
    found: set[int] = set()
    ranges = [m.span() for m in _MONTH_RANGE.finditer(text)]
    for m in _MONTH_RANGE.finditer(text):
        found.add(numeral(m.group(1)) or 0)
    for m in _MONTH.finditer(text):
        if any(s <= m.start() < e for s, e in ranges):
            continue
        rest = text[m.end() :]
        if question and (_DAY_AFTER.match(rest) or _ABOUT_DOC.match(rest)):
            continue
        if not question and _DAY_AFTER.match(rest) and m.group().endswith("月"):
            continue  # 5月10日 dates an event; it is no period
        found.add(numeral(re.match(MONTH, m.group()).group()) or 0)
    found |= {_NAMED[n] for n in _NAMED_RX.findall(text)}
    if _LATIN.search(text):  # English: the end of september, the first half, q3
        found |= constraints_en.months_in(text, question)
    return found - {0}


def ordinals_in(text: str) -> set[tuple[str, int]]:
    """(kind, n) of 首批 / 第二批 / 二期 / 首届: ('批', 1), ('批', 2), ('期', 2), ('届', 1)."""
    out = set()
    for num, kind in _ORDINAL.findall(text):
        n = 1 if num == "首" else numeral(num.removeprefix("第"))
        if n:
            out.add((kind, n))
    return out | (constraints_en.ordinals_in(text) if _LATIN.search(text) else set())


@dataclass(frozen=True)
class Asked:
    """What a question constrains, with the words it used (for saying what is missing)."""

    years: set[int]
    months: set[int]
    ordinals: set[tuple[str, int]]
    unit: str | None
    label: str  # e.g. 2025年下半年, 第二批

    @property
    def any(self) -> bool:
        return bool(self.years or self.months or self.ordinals or self.unit)


def _fresh(want: Asked) -> Asked:
    """A remembered reading with sets of its own (a caller may change them)."""
    return Asked(set(want.years), set(want.months), set(want.ordinals), want.unit, want.label)


@while_asking(fresh=_fresh)
def asked(question: str) -> Asked:
    q = normalise(question)
    years, months, ordinals = asked_years(q), months_in(q, question=True), ordinals_in(q)
    unit = m.group(2) if (m := _UNIT_ASKED.search(q)) else None
    label = _label(q, years, months, ordinals)
    return Asked(years, months, ordinals, unit, label)


def _label(q: str, years: set[int], months: set[int], ordinals: set) -> str:
    """The question's own words for its time or ordinal constraint: 2025年下半年, 第二批
    (English: the second half of 2025, the third batch)."""
    if (months or ordinals) and (en := constraints_en.label(q)):
        return en
    if months:
        rx = rf"(?:(?:19|20)\d{{2}}\s*年?)?\s*(?:{_NAMED_RX.pattern}|{MONTH}\s*月(?:份)?(?:底|末|中旬|下旬|上旬|初)?)"
        if m := re.search(rx, q):
            return m.group().strip()
    if years:
        return f"{min(years)}年"
    if ordinals:
        return next(m.group() for m in _ORDINAL.finditer(q))
    if m := _UNIT_ASKED.search(q):
        return f"以{m.group(1) or ''}{m.group(2)}计的数字"
    return ""


def verdict(want: Asked, cand, docs: dict[str, DocumentInfo]) -> int:
    """+1 when the candidate carries every constraint it can be checked on, -1 when it
    contradicts one (another month, ordinal or year; no count in the asked unit), 0 else."""
    text, date = context(cand, docs)
    score = 0
    if want.years:  # the sentence's own years, else its passage's and its document's
        found = years_in(text) or said_years(cand.text, date)
        found = found or years_in(f"{cand.hit.chunk.text}\n{date}")
        if found and not want.years & found:
            return -1
        score += bool(found)
    if want.months:
        found = months_in(text)
        if found:
            if not want.months & found:
                return -1
            score += 1
        elif want.months & now_month(cand.text, date, want.label):
            score += 1
    if want.ordinals:
        kinds = {k for k, _ in want.ordinals}
        found = {o for o in ordinals_in(text) if o[0] in kinds}
        if found:
            if not want.ordinals & found:
                return -1
            score += 1
    return -1 if not in_unit(want, cand.text) else int(score > 0)


def in_unit(want: Asked, text: str) -> bool:
    """Whether `text` gives a figure in the unit asked (多少吨: 万吨; always when none is), or in
    one counting the same things (名: 人才800人) or more (家: 企业1124户; `units.told_by`)."""
    unit = units.told_by(want.unit or "")
    return not want.unit or bool(re.search(f"{_NUM}(?:{unit})", normalise(text)))


_SAID = {"前年": -2, "去年": -1, "今年": 0}  # not 明年: a plan is asked by its report's year


def said_years(sentence: str, date: str) -> set[int]:
    """Years a sentence's figure is of, read from its document's date (2025年2月26日): 去年
    2024, 今年 2025; 全年 or 年底 in a January report (a review of the year just ended) 2024."""
    if not (m := re.match(r"((?:19|20)\d{2})年(\d{1,2})月", date)):
        return set()
    year, month, text = int(m[1]), int(m[2]), normalise(sentence)
    found = {year + d for w, d in _SAID.items() if w in text}
    return found or ({year - 1} if month == 1 and re.search("全年|年底|年末", text) else set())


def absent(want: Asked, cand, docs: dict[str, DocumentInfo]) -> float:
    """1 when the question names an ordinal (第二批, 二期) or a year that neither the sentence
    nor its passage, chunk title or document date mentions at all, else 0."""
    text, date = context(cand, docs)
    around = f"{text}\n{cand.hit.chunk.text}\n{date}"
    if want.ordinals and not want.ordinals & ordinals_in(around):
        return 1.0
    return 1.0 if want.years and not years_in(around) else 0.0


BONUS = 0.3  # added to (or taken from) a sentence's score when it carries (contradicts) them


def prefer(
    question: str,
    cands: list,
    docs: dict[str, DocumentInfo],
    bonus: float = BONUS,
    strict: bool = False,
) -> Asked:
    """Move sentences that carry the question's constraints up and those that contradict
    them down (scores in place); return what was asked. `strict` (a question read across
    languages): only a sentence naming the month, period or ordinal asked — itself, the
    sentence before or its document's date, as `carries` reads it — moves up (a year alone
    is no match for "the end of June 2025", which a release dated April 2025 would be), and
    none moves down: the one that contradicts them stays where `unmet` sees it."""
    want = asked(question)
    if want.any:
        for c in cands:
            if strict:
                c.score += bonus * names(want, c, docs)
            else:
                c.score += bonus * verdict(want, c, docs)
    return want


def unmet(want: Asked, chosen: list, docs: dict[str, DocumentInfo], zh: bool = True) -> str | None:
    """What the documents lack (in the question's words, e.g. 2025年下半年) when no chosen
    sentence carries the constraints and the best one contradicts them; else None. Other
    languages: when one contradicts them and none names the period or ordinal asked; a
    year alone, when the chosen passages together lack it, or when the best sentence names
    another year and no chosen sentence (nor the one before it) names the one asked."""
    if not want.any or not chosen:
        return None
    if not zh and not (want.months or want.ordinals):
        found = years_in("\n".join(_passage(c, docs) for c in chosen))
        if want.years and found and not want.years & found:
            return f"{min(want.years)}年"
        best = max(chosen, key=lambda c: c.score)
        own = years_in(context(best, docs)[0])
        named = years_in("\n".join(context(c, docs)[0] for c in chosen))
        return f"{min(want.years)}年" if own and not want.years & named else None
    verdicts = {id(c): verdict(want, c, docs) for c in chosen}
    if not zh:  # read across languages: a sentence must name the period or batch asked
        if -1 in verdicts.values() and not any(
            carries(want, c, docs) or _year_told(want, c.text) for c in chosen
        ):
            return want.label or "the period asked"
        return None
    best = max(chosen, key=lambda c: c.score)
    if 1 not in verdicts.values() and verdicts[id(best)] < 0:
        return want.label or "所问的范围"  # never empty: _label covers each kind
    return None


def carries(want: Asked, cand, docs: dict[str, DocumentInfo]) -> bool:
    """Whether a candidate names the month (or period) and the ordinal asked, itself or in
    the sentence before, or by its document's date, and contradicts nothing."""
    if verdict(want, cand, docs) < 1:
        return False
    text, date = context(cand, docs)
    if want.months and not want.months & (months_in(text) | now_month(cand.text, date, want.label)):
        return False
    return not want.ordinals or bool(want.ordinals & ordinals_in(text))


def names(want: Asked, cand, docs: dict[str, DocumentInfo]) -> bool:
    """`carries`, and the sentence's own dates contradict nothing: its context can name the
    period asked while it names another (「- In the first quarter of 2025 …」 before
    "- 23 projects were certified … in December 2024")."""
    own = normalise(cand.text)
    years, months = years_in(own), months_in(own)
    if want.years and years and not want.years & years:
        return False
    if want.months and months and not want.months & months:
        return False
    return carries(want, cand, docs)


def _passage(cand, docs: dict[str, DocumentInfo]) -> str:
    doc = docs.get(cand.hit.chunk.doc_id)
    return f"{cand.hit.chunk.title}\n{cand.hit.chunk.text}\n{(doc.published or '') if doc else ''}"


def period_missing(want: Asked, carriers: list, docs: dict[str, DocumentInfo]) -> bool:
    """A month or period asked (一季度, 9月底, 上半年) that no figure-carrying sentence carries —
    in itself, the sentence before, its chunk title or its document's date —: a figure for the
    whole year, or for another period, stands there instead."""
    if not want.months or not carriers:
        return False
    for cand in carriers:
        if want.years and verdict(want, cand, docs) < 0:
            continue  # 2025年上半年 tells no 2024年上半年 figure
        text, date = context(cand, docs)
        found = months_in(text)
        if found and want.months & found:
            return False
        if not found and _year_told(want, cand.text):
            return False  # a year's figure (「比2023年的628.4万吨」) is the whole year's
        if not found and want.months & now_month(cand.text, date, want.label):
            return False
    return True


def _year_told(want: Asked, sentence: str) -> bool:
    """A year asked as a whole (全年, "the whole of 2024") told by its figure with no month."""
    whole = "全年" in want.label or constraints_en.whole_year(want.label)
    return whole and year_figure(want.years, sentence)

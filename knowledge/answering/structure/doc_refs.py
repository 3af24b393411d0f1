"""A question that points at one document by its date or its kind — 「2024年10月那篇报道说……」
「政策解读里……」「那份英文新闻稿说……」 "the May 2024 article", "according to the press
release" — prefers that document's sentences.

Left to retrieval alone, such a question competes with every other report on the subject; the
words that name the document (「那篇报道」, "article") match nothing in it. `referenced` reads the
reference and returns the documents in reach that fit it: the month and year against the
document's own date, the kind against its 文种, title and language. The evidence then ranks
those documents' sentences a little higher (`evidence.REF_BONUS`): a boost, not a scope — an
earlier version that answered from them first and fell back to all documents cost a tune
question whose answer sat beside other dated sentences of the same report. A report is also
pointed at by words of its title (「年终盘点那篇说」「那篇写边境村寨的报道」, `by_title`), and a
document pointed at that the search left out of the top passages joins the passages weighed
(`passages`): a paraphrase shares few words with it, the reference is what finds it. A question naming
a document in 《》 is left to the structure and masthead answers, which read the title.

A question naming a policy by its 文种 and the words before it — 「利益分享办法规定的比例」
「按照就业见习管理办法」 — points at the documents of that 文种 whose title holds those words
(a notice at the ones it issues): the 办法's article then beats a 细则 or a 解读 restating it.
Named by its 文种 alone — 「办法规定…」「修订后的办法」「《办法》第五条」, as a 细则 or 解读
abbreviates it — it points at the current documents of that 文种 (`_bare`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.answering.core.support import doc_date
from knowledge.documents import gongwen_fields as gw
from knowledge.documents.issued import issued_title
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import DocumentInfo, ScoredChunk
from knowledge.text.normalise import language, normalise

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_ZH_DOC = r"(?:报道|文章|新闻|稿子|稿件|通讯|报告|消息|新闻稿)"
# 「2024年10月那篇报道」「2023年那篇报道」「10月份的报道」
_ZH_DATED = re.compile(
    rf"(?:(?P<y>(?:19|20)\d{{2}})年)?(?:(?P<m>1[0-2]|0?[1-9])月份?)?的?(?:那|这|该)[篇份则条]?{_ZH_DOC}"
)
_EN_DOC = r"(?:article|report|news report|story|press release|release|interview)"
# "the May 2024 article", "the 2023 report", "the October 2024 news report"
_EN_DATED = re.compile(
    rf"\bthe (?:(?P<m>{'|'.join(_MONTHS)}) )?(?P<y>(?:19|20)\d{{2}}) {_EN_DOC}\b", re.I
)
# a report pointed at by words of its title: 「年终盘点那篇说」「那篇写边境村寨的报道」「讲边境村子
# 的那篇报道」 (the words, then the titles holding the most of their two-character pieces)
_ZH_REPORT = r"(?:报道|文章|稿子|稿件|新闻|通讯)"
_ZH_TITLED = (
    re.compile(
        r"(?:^|[，,。；;：:\s])(?:按|据|按照|根据)?(?P<t>[\u4e00-\u9fff]{2,8}?)的?(?:那|这)篇"
    ),
    re.compile(
        rf"(?:那|这)[篇份则](?:写|讲|说|谈|关于|介绍)(?P<t>[^，。？?]{{2,10}}?)的{_ZH_REPORT}"
    ),
    re.compile(
        rf"(?:写|讲|谈|关于|介绍)(?P<t>[^，。？?]{{2,10}}?)的(?:那|这)[篇份则]?{_ZH_REPORT}"
    ),
)
# the kind of document named: (question pattern, what a document of that kind looks like)
_KINDS = (
    (re.compile(r"政策解读|解读(?:里|中|说|提到|指出|称)|interpretation", re.I), "interpretation"),
    (re.compile(r"英文新闻稿|英文稿|press release", re.I), "english"),
    (re.compile(r"常见问题|问答页面?|FAQ", re.I), "faq"),
    (re.compile(r"发布会|答记者问|press conference", re.I), "press_conference"),
)
_KIND_TITLE = {
    "interpretation": re.compile(r"解读"),
    "faq": re.compile(r"常见问题|问答|FAQ", re.I),
    "press_conference": re.compile(r"发布会|答记者问|press conference", re.I),
}


def referenced(question: str, snap: Snapshot) -> frozenset[str]:
    """The documents in reach that the question points at by date or kind, or as a policy by
    name (empty: none, or the reference fits every document or none of them)."""
    if "《" in question:
        return frozenset()
    if (asked := _asked_part(normalise(question))) is not None and (ids := named(asked, snap)):
        return ids  # 「解读说…，办法原文怎么规定」: the policy asked, not the 解读 retelling it
    docs = snap.in_reach
    fits = [d for d in docs if _fits(question, d)] if _asks(question) else []
    if (titled := by_title(question, docs)) and (both := [d for d in fits or docs if d in titled]):
        fits = both  # 「年终盘点那篇」: the title's words; with a kind or date, both must fit
    if not fits or len(fits) == len(docs):
        return named(question, snap)
    return frozenset(d.doc_id for d in fits)


def by_title(question: str, docs: list[DocumentInfo]) -> list[DocumentInfo]:
    """The documents a question points at by words of their title (「年终盘点那篇」「那篇写边境
    村寨的报道」): those whose title holds the most two-character pieces of the words, a piece
    in half the titles or more (磨憨, 飞地) not counted; empty when it points at none."""
    q = normalise(question)
    found = next((m["t"] for rx in _ZH_TITLED if (m := rx.search(q))), None)
    if not found or not docs:
        return []
    titles = [normalise(d.title) for d in docs]
    pieces = {found[i : i + 2] for i in range(len(found) - 1)}
    pieces = {p for p in pieces if 2 * sum(p in t for t in titles) < len(titles)}
    scores = [sum(p in t for p in pieces) for t in titles]
    best = max(scores)
    return [d for d, n in zip(docs, scores, strict=True) if best and n == best]


def named(question: str, snap: Snapshot) -> frozenset[str]:
    """The documents in reach the question names as a policy (「利益分享办法规定的…」), also in
    《》; empty when it names none, or every document."""
    q = normalise(question)
    q = _asked_part(q) or q
    if not any(kind in q for kind in _POLICY_KINDS):
        return frozenset()
    docs = snap.in_reach
    fits = [d for d in _policies(docs) if _named(q, d)]
    if not fits and (kinds := _bare(q)):
        fits = [d for d in snap.in_force if d.doc_type in kinds]
    if not fits or len(fits) == len(docs):
        return frozenset()
    return frozenset(d.doc_id for d in fits)


# what may stand before a 文种 that names no particular policy: 「办法规定」「按照办法」「《办法》」
# 「该办法」; a word before it is part of another name (退出办法, 什么办法)
_BARE_LEAD = re.compile(r"(?:^|[^\w]|按照|根据|依照|依据|对照|该|本|这个|这份|那个|那份)$")
# what a 解读 explains rather than the rule itself: what changed, why, the background
_EXPLAINED = re.compile(r"变化|改了|修改|改动|调整了|区别|不同|为什么|为何|背景|目的|意义|出台")


# a clause's end: what a 解读 or report says is told before it, what the policy says asked after
_CLAUSE_END = re.compile(r"[，,；;：:。]")


def _asked_part(q: str) -> str | None:
    """The clause after a 解读 (or another kind of document) is reported when that clause names
    a policy by its 文种 — 「解读说备案时限改成了二十个工作日，办法原文从哪天起算」 asks the 办法,
    the 解读 only told what prompted the question; None when the question has no such turn."""
    kinds = [m for rx, _ in _KINDS if (m := rx.search(q))]
    if not kinds:
        return None
    start = min(m.end() for m in kinds)
    end = _CLAUSE_END.search(q, start)
    if end is None or end.start() - start < 4:  # 「解读里说，办法有几章」: nothing told first
        return None
    rest = q[end.end() :]
    return rest if any(kind in rest for kind in _POLICY_KINDS) else None


def asked_policy(question: str) -> str:
    """The question without the 解读's or report's words it reports when what follows asks the
    policy (「解读说…大头给了飞出地，办法规定飞出地拿几成」 -> 「办法规定飞出地拿几成」): the
    policy's article is not expected to hold the 解读's words (大头); else the question."""
    return _asked_part(normalise(question)) or question


def explains(question: str) -> bool:
    """The question asks what a 解读 explains (what changed, why, the background), not the rule."""
    return bool(_EXPLAINED.search(normalise(question)))


def _bare(q: str) -> set[str]:
    """The 文种 the question names without a name (「办法规定…」「修订后的办法」「《办法》第五条」,
    as a 细则 or 解读 abbreviates it): it asks what the policy of that kind says, so the current
    documents of that kind are the ones named (a 细则 retelling the 办法 comes after it; 「细则
    规定…」 the other way round). Not when it asks what a 解读 explains (新办法有什么变化, 为什么)
    or points at one."""
    out: set[str] = set()
    if explains(q) or any(rx.search(q) for rx, _ in _KINDS):
        return out  # what a 解读 explains, or what one says (「解读里说《办法》…」)
    for kind in _POLICY_KINDS:
        for m in re.finditer(re.escape(kind), q):
            before = _NOT_NAME.sub("", q[max(0, m.start() - 10) : m.start()].rstrip("《"))
            if _BARE_LEAD.search(before):
                out.add(kind)
    return out


def _asks(question: str) -> bool:
    q = normalise(question)
    return bool(_dated(q) or any(rx.search(q) for rx, _ in _KINDS))


def _dated(q: str) -> tuple[int | None, int | None] | None:
    """(year, month) of a dated reference, None when the question makes none."""
    if (m := _EN_DATED.search(q)) is not None:
        month = _MONTHS.index(m["m"].lower()) + 1 if m["m"] else None
        return int(m["y"]), month
    for m in _ZH_DATED.finditer(q):
        if m["y"] or m["m"]:
            return (int(m["y"]) if m["y"] else None), (int(m["m"]) if m["m"] else None)
    return None


def _fits(question: str, doc: DocumentInfo) -> bool:
    q = normalise(question)
    if (when := _dated(q)) is not None:
        iso = doc_date(doc) or ""
        year, month = when
        if not iso or (year and iso[:4] != str(year)) or (month and iso[5:7] != f"{month:02d}"):
            return False
    for rx, kind in _KINDS:
        if rx.search(q) and not _of_kind(doc, kind):
            return False
    return True


_NOT_NAME = re.compile(r"(?:管理|实施|暂行|试行|修订后?的?|新|旧版?|原)+$")


def _named(q: str, doc: DocumentInfo) -> bool:
    """The question names the document, or one a notice issues, as a policy: its 文种 (办法,
    细则 …) after at least two of the words before it in the title (「利益分享办法」 names
    「青禾市飞地园区利益分享管理办法」, not its 「…办法实施细则」)."""
    for head, kind in _policy_names(doc.title, tuple(p.title for p in doc.parts)):
        for m in re.finditer(re.escape(kind), q):
            stem = _NOT_NAME.sub("", q[max(0, m.start() - 10) : m.start()])[-4:]
            if len(stem) >= 2 and stem in head:
                return True
    return False


# the 文种 a question may name a policy by (a notice, a 公示 or a 解读 is no policy)
_POLICY_KINDS = frozenset(gw.DOC_TYPES.values()) - {"通知", "公示", *gw.NOT_NORMATIVE}


@lru_cache(maxsize=8192)
def _policy_names(title: str, part_titles: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(the name before its 文种, the 文种) of each policy a document is or issues: its title,
    its parts' titles, the title its 印发 notice names. Cached: every question reads every
    document's (a CMRC store has 1,100 documents), the titles rarely change."""
    out = []
    for name in filter(None, (title, *part_titles, issued_title(title))):
        kind = gw.doc_type(name)
        if kind in _POLICY_KINDS:
            out.append((normalise(name)[: -len(kind)], kind))
    return tuple(out)


_POLICIES: list[tuple[list[DocumentInfo], list[DocumentInfo]]] = []  # the last few lists read


def _policies(docs: list[DocumentInfo]) -> list[DocumentInfo]:
    """The documents of `docs` (a snapshot's `in_reach`, held here so never another's) that are
    or issue a policy, in order: the only ones `_named` can find, read once per list rather than
    all 1,100 of a CMRC store per question naming a 文种."""
    for held, found in _POLICIES:
        if held is docs:
            return found
    found = [d for d in docs if _policy_names(d.title, tuple(p.title for p in d.parts))]
    _POLICIES[:] = [(docs, found), *_POLICIES[:3]]
    return found


def _of_kind(doc: DocumentInfo, kind: str) -> bool:
    if kind == "english":
        return language(doc.title) == "en"
    if kind == "interpretation" and doc.doc_type == "解读":
        return True
    return bool(_KIND_TITLE[kind].search(doc.title))


PER_DOC = 2  # passages of a document pointed at that join the sentences weighed


def passages(
    refs: frozenset[str],
    pool: list[ScoredChunk],
    ranked: list[ScoredChunk],
    tokens: list[str],
    chunks_of: Callable[[str], list],
) -> list[ScoredChunk]:
    """The passages of the documents a question points at (「年终盘点那篇」「发布会上讲」) that the
    search left out of `pool` (none of its passages there): for each of them (at most three), its PER_DOC best-ranked chunks
    (`ranked`), else those holding the most question words. REF_BONUS lifts their sentences only
    when they are weighed at all: a report named by its title words is often not in the top 5."""
    if not refs or len(refs) > 3:
        return []
    weighed = {h.chunk.doc_id for h in pool}
    out: list[ScoredChunk] = []
    for doc_id in sorted(refs - weighed):  # a document the pool has is left as ranked
        mine = [h for h in ranked if h.chunk.doc_id == doc_id]
        if not mine:
            own = sorted(
                chunks_of(doc_id), key=lambda c: -sum(t in normalise(c.text) for t in tokens)
            )
            mine = [ScoredChunk(c, 0.0) for c in own]
        out += mine[:PER_DOC]
    return out

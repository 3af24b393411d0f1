"""Who holds a role, and what role a person holds. Who: 「市发展改革委副主任是谁？」「合作区投资促进局局长叫什么名字？」 are answered by
the passage that writes the role followed by a name (「市发展改革委副主任赵敏出席发布会」), found
among the retrieved passages even when it ranks low: the question's words (发展, 改革, 主任) are
everywhere in a policy corpus, the name is what matters and the question cannot contain it.

The role must be written as the question writes it (a shorter form that keeps its organisation
counts: 「磨憨合作区投资促进局局长」 finds 「合作区投资促进局局长王海涛」), so 「管委会主任」 is not
answered by 「管委会副主任张立」, and an unnamed 「有关负责人」 names nobody. When no retrieved
passage names the holder of an office (局长, 主任 …; not a 负责人, who may be written as any
office, nor a role described by a clause 「出席发布会的……」), the question is refused with the
closest passages: quoting a sentence about the organisation would answer a question about a
person with no person.

What: 「张立是什么职务？」「梁嘉慧是哪家公司的？」 — a person the passages name, asked for their office
or organisation — are answered by the sentence that writes a role right before the name
(「市发展改革委副主任赵敏」「港滇通董事總經理梁嘉慧」), else the first that names them."""

from __future__ import annotations

import re

from knowledge.answering.checking import constraints
from knowledge.answering.core import refusal
from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.core.support import doc_date
from knowledge.answering.kinds import roles_en
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import ScoredChunk, Sentence
from knowledge.text.normalise import language, normalise
from knowledge.text.sentences import answer_spans

_TITLE = (
    r"(?:副|常务副)?(?:主任|书记|局长|市长|区长|县长|州长|镇长|乡长|处长|科长|部长|厅长|院长|校长"
    r"|站长|所长|行长|会长|秘书长|主席|董事长|董事总经理|总经理|经理|总裁|总监|总编辑|总编|主编"
    r"|负责人|发言人)"
)
_ASK = re.compile(
    rf"^(?P<role>[^，。？?、]{{2,30}}?{_TITLE})(?:是谁|叫什么(?:名字)?|姓什么|是哪一?位)"
    rf"|^谁是(?P<role2>[^，。？?、]{{2,30}}?{_TITLE})"
)
_FILLER = re.compile(r"^(?:请问|文中|报道中|文章中|目前|现在)|的|现任|当时的?")
# a name right after the role: two or three characters, then what follows a name in a report
_NAME_AFTER = re.compile(
    r"\s*(?:为|是)?\s*([\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff·・]{1,12}|[\u4e00-\u9fff]{2,4}?)"
    r"(?=说|表示|介绍|指出|坦言|强调|透露|出席|主持|在|、|，|,|。|（|\(|等|女士|先生|博士|教授|\s|$)"
)
_NOT_NAME = re.compile(
    r"^(?:表示|介绍|指出|出席|主持|认为|强调|带队|一行|同志|等人|负责|同时"
    r"|坦言|直言|坦承|透露|回应|解释|说明|告诉|提到|谈到|补充)"
)  # 「有关负责人坦言」 names no one
# a role that describes rather than names an office, or a clause (出席…发布会的) before it
_GENERIC = re.compile(r"(?:负责人|发言人)$")
_CLAUSE = re.compile(r"\d|出席|参加|参与|接受|主持|介绍|陪同|带队|在")
MIN_KEEP = 0.6  # a shorter form of the role keeps this share of it


_END = r"[？?。]?$"
_PERSON_ASK = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:是|担任|任|的)?(?:什么|哪个|何种|啥)?"
    rf"(?:职务|职位|身份|官职|岗位|头衔)(?:是什么)?{_END}"
    r"|^(?P<name2>[\u4e00-\u9fff]{2,4}?)是(?:谁|什么人|干什么的|做什么的"
    rf"|哪[家个所](?:单位|公司|部门|机构|企业|学校|机关)的?){_END}"
)
_BEFORE_NAME = re.compile(rf"(?:{_TITLE}|记者|村民|员工|代表|专家|教授|老板|创始人)\s*$")


def asked_person(question: str) -> str | None:
    """The person a question asks the office or organisation of (「张立是什么职务」), else None."""
    m = _PERSON_ASK.search(normalise(question).strip())
    return (m["name"] or m["name2"]) if m else None


def asked_role(question: str) -> str | None:
    """The role a question asks the holder of (its filler words out), else None."""
    q = normalise(question).strip()
    m = _ASK.search(q)
    if m is None:
        return None
    role = _FILLER.sub("", m["role"] or m["role2"])
    return role if len(role) >= 3 else None


def answer(
    question: str,
    hits: list[ScoredChunk],
    snap: Snapshot,
    expansion: dict[str, list[str]] | None = None,
) -> Draft | None:
    """The holder of the office asked, or the office of the person asked, quoted; a refusal
    when no passage names the holder; None when the question is neither (`expansion`: an
    English question's words as Chinese terms, `roles_en`)."""
    if not hits:
        return None
    if language(question) != "zh":
        return _english(question, hits, snap, expansion or {})
    if (name := asked_person(question)) is not None:
        return _office(name, hits, snap)
    role = asked_role(question)
    if role is None:
        return None
    texts = [(hit, _normalised(hit.chunk.text)) for hit in hits if hit.chunk.doc_id in snap.live]
    for form in _forms(role):
        for hit, norm in texts:
            if (span := _holder(form, hit.chunk.text, norm)) is not None:
                return _quote(hit, span, snap)
    if (draft := _in_own_document(role, texts, snap)) is not None:
        return draft
    if _GENERIC.search(role) or _CLAUSE.search(role):
        return None  # 「出席发布会的合作区负责人」 may be written as its 副主任: the usual path
    return refusal.refusal(question, hits, snap.docs, "roles", refusal.NO_ONE)


_TITLE_AT = re.compile(_TITLE)
_STOPS = re.compile(r"[，,。；;、：:！？!?\n（(“”「」]")


def _english(
    question: str, hits: list[ScoredChunk], snap: Snapshot, expansion: dict[str, list[str]]
) -> Draft | None:
    """An English question for the holder of an office (the name after the office whose
    clause holds most of the organisation's words; refused when the organisation has only
    the deputy, or only the head, of the office asked, when no passage names a holder of the
    office beside the organisation — unless an English passage does, which the usual path
    quotes —, or when the holder's sentence and document are of another year than the one
    asked), or for a named person's office."""
    if (name := roles_en.asked_name(question)) is not None:
        chinese = roles_en.chinese_name(name, expansion)
        return _office(chinese, hits, snap) if chinese else None
    asked = roles_en.asked_role(question, _TITLE_AT)
    if asked is None:
        return None
    best, other = None, False
    for hit in _with_organisation(hits, asked.org, expansion, snap):
        if hit.chunk.doc_id not in snap.live:
            continue
        norm = _normalised(hit.chunk.text)
        for m in _TITLE_AT.finditer(norm):
            office = re.sub(r"^(?:常务)?副", "", m.group())
            named = _NAME_AFTER.match(norm, m.end())
            if named is None or _NOT_NAME.match(named.group(1)):
                continue
            if _GENERIC.search(office) and office not in asked.offices and not asked.head:
                continue  # 负责人 may be any office, asked as the head of something
            if asked.offices and office not in asked.offices:
                continue
            clause = _STOPS.split(norm[max(0, m.start() - roles_en.WINDOW) : m.start()])[-1]
            share = roles_en.named_share(asked.org, clause, _doc_text(hit, snap), expansion)
            if share < roles_en.ORG_SHARE:
                continue
            if asked.deputy is not None and m.group().startswith(("副", "常务副")) != asked.deputy:
                other = True
            elif best is None or share > best[0]:
                best = (share, hit, m.start())
    if best is not None:
        _, hit, i = best
        span = next(((s, e) for s, e in answer_spans(hit.chunk.text, 10_000) if s <= i < e), None)
        if span is not None and _of_year(question, hit, hit.chunk.text[span[0] : span[1]], snap):
            return _quote(hit, span, snap)
        if span is not None:  # the holder of another year: 2024's director for 2023's
            return refusal.refusal(question, hits, snap.docs, "roles", refusal.NO_ONE)
    texts = [h.chunk.text for h in hits if language(h.chunk.text) != "zh"]
    if not other and roles_en.named_in_english(asked, texts, question):
        return None  # an English passage names the holder: the usual path quotes it
    # refused as the Chinese question is: the deputy named and not the holder, or no
    # passage names a holder of the office beside the organisation asked
    return refusal.refusal(question, hits, snap.docs, "roles", refusal.NO_ONE)


def _doc_text(hit: ScoredChunk, snap: Snapshot) -> str:
    """The passage's whole document, as questions are read (a firm written in full in an
    earlier passage)."""
    return "\n".join(_normalised(c.text) for c in snap.chunks_of(hit.chunk.doc_id))


def _of_year(question: str, hit: ScoredChunk, sentence: str, snap: Snapshot) -> bool:
    """Whether a holder's sentence is of the year the question asks (its document's date, or
    a year it names), or no year is asked."""
    years = constraints.asked(question).years
    if not years:
        return True
    date = doc_date(snap.docs.get(hit.chunk.doc_id)) or ""
    return bool(years & (constraints.years_in(sentence) | constraints.years_in(date)))


def _with_organisation(
    hits: list[ScoredChunk], org: list[str], expansion: dict[str, list[str]], snap: Snapshot
) -> list[ScoredChunk]:
    """The retrieved passages and those the organisation's Chinese terms find on the keyword
    index (投资促进局 through 投资, 促进: the question's other words found other passages)."""
    seen = {h.chunk.chunk_id for h in hits}
    terms = roles_en.org_terms(org, expansion, snap.index.df)
    more = [snap.chunks[i] for i, _ in snap.index.search(terms, len(hits) or 1)] if terms else []
    return hits + [ScoredChunk(c, 0.0) for c in more if c.chunk_id not in seen]


def _office(name: str, hits: list[ScoredChunk], snap: Snapshot) -> Draft | None:
    """The sentence that writes a role right before `name`, else the first naming them."""
    first = None
    for hit in hits:
        if hit.chunk.doc_id not in snap.live:
            continue
        text = hit.chunk.text
        norm = _normalised(text)
        for i in (m.start() for m in re.finditer(re.escape(name), norm)):
            span = next(((s, e) for s, e in answer_spans(text, 10_000) if s <= i < e), None)
            if span is None:
                continue
            if _BEFORE_NAME.search(norm[max(0, i - 12) : i]):
                return _quote(hit, span, snap)
            first = first or (hit, span)
    return _quote(*first, snap) if first else None


def _quote(hit: ScoredChunk, span: tuple[int, int], snap: Snapshot) -> Draft:
    book = CitationBook(snap.docs)
    marker = book.cite_chunk(hit.chunk, {hit.chunk.chunk_id: hit.score}, span)
    quote = hit.chunk.text[span[0] : span[1]].strip()
    sentence = Sentence(quote, (marker,))
    return Draft(f"{quote}[{marker}]", False, citations=book.citations(), sentences=[sentence])


def _in_own_document(
    role: str, texts: list[tuple[ScoredChunk, str]], snap: Snapshot
) -> Draft | None:
    """「公理高中书院校长是谁」 in the school's own article, which writes 「现任校长为……」: the
    bare office with a name, in a document whose title has the organisation."""
    m = re.search(f"{_TITLE}$", role)
    org = role[: m.start()] if m else ""
    if not m or len(org) < 2:
        return None
    for hit, norm in texts:
        doc = snap.docs.get(hit.chunk.doc_id)
        title = normalise(doc.title) if doc else ""
        if org not in title and not (len(org) >= 4 and org[-4:] in title):
            continue
        if (span := _holder(m.group(), hit.chunk.text, norm)) is not None:
            return _quote(hit, span, snap)
    return None


# a firm's legal form, which a report drops after the first mention (港滇通供应链有限公司 →
# 港滇通): the office of a firm may be written after the head of its name
_FIRM = re.compile(r"(?:股份)?有限(?:责任)?公司|集团(?:有限)?公司|集团|公司")


def _forms(role: str) -> list[str]:
    """The role as asked, then shorter forms that keep its end and most of it, then (a
    firm's office) the head of the firm's name with the office."""
    out = [role]
    for cut in range(1, len(role)):
        rest = role[cut:]
        if len(rest) < max(4, MIN_KEEP * len(role)):
            break
        out.append(rest)
    office = re.search(f"{_TITLE}$", role)
    firm = _FIRM.search(role[: office.start()]) if office else None
    if office and firm:
        stem = role[: firm.start()]
        out += [stem[:k] + office.group() for k in range(len(stem), 1, -1)]
    return out


def _normalised(text: str) -> str:
    """The text as questions are read (Simplified), only when its offsets stay the same."""
    norm = normalise(text)
    return norm if len(norm) == len(text) else text


def _holder(role: str, text: str, norm: str) -> tuple[int, int] | None:
    """The span of the sentence of `text` that names the role's holder (`norm`: the text
    normalised, same offsets)."""
    start = 0
    while (i := norm.find(role, start)) >= 0:
        start = i + 1
        before = norm[i - 1] if i else ""
        if before == "副" and not role.startswith("副"):
            continue  # 副主任 is not the 主任
        m = _NAME_AFTER.match(norm, i + len(role))
        if m is None or _NOT_NAME.match(m.group(1)):
            continue
        for s, e in answer_spans(text, 10_000):
            if s <= i < e:
                return s, e
    return None

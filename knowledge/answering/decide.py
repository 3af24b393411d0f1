"""Answer, abstain with the nearest evidence, or refuse: decided from the evidence.

The retrieval-level refusal model (`refusal.confidence`: how much of the question the best
sentence holds, how close the passage is, words no document uses) says whether the documents
speak of the question's subject at all; below its threshold a question the best sentence fits
closely can still be answered (`closeness.answer_anyway`:
every kind of answer asked carried, no subject word of the question missing from the
sentence's context, synonyms counted). Whether the chosen sentences answer *this* question is
read from the evidence itself (`checks.py`, `constraints.py`): another year, period or ordinal
than the one asked; an ordinal or year asked that the passage never mentions; a person asked
for and none named; a share, number or date asked for and the best sentence has none; a target
asked for and an actual figure offered; a period asked that no figure-carrying sentence carries;
a batch asked (第三批) that no figure-carrying sentence names but as a plan (`batches.py`);
a figure of another thing (`measured.py`: a group's total for one of its members, a district
no document names), or the answer to a neighbouring question (`occasion.py`: another moment,
another event, a count for names, another owner's figure), or another attribute of the same
subject (`attributes.py`, through `shapes.unmet`: 注册资本 asked, total investment told).
Then the bot abstains and shows the nearest evidence after saying what is missing, instead of
passing it off as the answer.

Each check was kept for firing on the tune split's unanswerable questions and on none of the
answerable ones whose draft was right, nor on any CMRC trial question answered in corpus
(bench/refusal_fit.py prints the counts). A logistic model over the same features, fitted
with 5-fold cross-validation on tune, refused more but answered far fewer answerable ones.
"""

from __future__ import annotations

import math
from dataclasses import replace

from knowledge.answering.checking import (
    amounts,
    batches,
    batches_en,
    changes,
    checks,
    checks_en,
    closeness,
    constraints,
    counts_en,
    doers,
    doers_en,
    events_en,
    facets_en,
    focus,
    growth,
    kind_fit,
    measured,
    members_en,
    occasion,
    owners_en,
    parks_en,
    periods_en,
    places_en,
    plans,
    portion_en,
    purposes_en,
    reason_told,
    reasons_en,
    shapes,
    troubles,
    wholes_en,
)
from knowledge.answering.core import refusal
from knowledge.answering.core.draft import Draft
from knowledge.answering.kinds import timeline
from knowledge.text.normalise import language

# what is missing, as the abstention's first words say it
_WHAT = {
    "person": refusal.NO_ONE_WORDS,
    "share": ("文档中没有所问的比例数字", "The documents give no such share"),
    "amount": ("文档中没有所问的金额数字", "The documents give no such amount of money"),
    "number": ("文档中没有所问的数字", "The documents give no such figure"),
    "date": ("文档中没有所问的时间", "The documents give no such date"),
    "plan": ("文档中没有所问的目标数字", "The documents give no such target"),
    "rank": ("文档中没有所问的最值或排名", "The documents give no such ranking"),
    "place": ("文档中没有所问的地点", "The documents name no such place"),
    "org": ("文档中没有所问的机构", "The documents name no such organisation"),
    "names": ("文档中没有列出所问的名称", "The documents do not list the names asked for"),
    "thing": ("文档中没有提到所问的事物", "The documents name no such thing"),
    "end": ("文档中没有写明所问的到期时间", "The documents state no such end date"),
    "compare": ("文档中没有所问的对比数字", "The documents make no such comparison"),
    "growth": (
        "文档中没有所问时段的增长幅度",
        "The documents give no rate of change for that time",
    ),
    "cumulative": ("文档中没有所问的累计数字", "The documents give no such running total"),
    "reason": ("文档中没有说明所问的原因", "The documents give no reason for this"),
    "per_unit": ("文档中没有所问的平均数字", "The documents give no such per-unit figure"),
    "status": ("文档中没有所问事项已完成的说法", "The documents do not say this has happened"),
    "actual": ("文档中只有目标数字，没有所问的实际数字", "The documents give only a target"),
    "yesno": ("文档中没有对所问事项的说法", "The documents do not decide this"),
    "span": ("文档中没有所问的时长或次数", "The documents give no such length of time or count"),
    "bearer": ("文档中没有写明所问的费用由谁承担", "The documents do not say who bears that cost"),
    "trouble": ("文档中没有说到所问的困难或顾虑", "The documents tell no such difficulty or worry"),
}


def features(question: str, ev) -> dict[str, float]:
    """The decision's inputs for the evidence `ev`: the refusal model's logit `z` and the
    evidence checks (1 when one fails)."""
    p = min(max(ev.confidence, 1e-12), 1 - 1e-12)
    out = {"z": math.log(p / (1 - p))}
    if not ev.chosen:
        return out
    best = max(ev.chosen, key=lambda c: c.score)
    zh = ev.lang == "zh"
    missing = checks.missing_type(question, best.text, [c.text for c in ev.chosen]) if zh else None
    out["type_missing"] = float(missing is not None)
    if not zh:  # English: the kind of answer or the thing asked about is missing
        out["type_missing"] = float(checks_en.lacking(question, ev) is not None)
    out["plan_asked"] = checks.plan_asked(question, best.text) if zh else 0.0
    out["plan_given"] = checks.plan_given(question, best.text) if zh else 0.0
    out["key_rarity"] = checks.key_rarity(ev.result, best, ev.docs)
    want = constraints.asked(question)
    out["constraint"] = float(constraints.verdict(want, best, ev.docs)) if want.any else 0.0
    out["absent"] = constraints.absent(want, best, ev.docs)
    out["unbound"] = float(zh and missing is None and focus.unbound(question, ev) is not None)
    return out


# the gates, in the order they are tried; each may be switched off to measure it
# (bench/gates_audit.py). An abstention names its gate, and the module's rule within it
# (Draft.rule, Answer.refusal_rule: "shapes:year", "focus:nouns").
RULES = frozenset(
    {"scope", "model", "absent", "english", "kind", "amount", "doer", "period", "ordinal", "plan"}
    | {"growth"}
    | {"focus", "measured", "occasion", "shapes"}
)


def lacking(question: str, ev) -> str | None:
    """What the evidence lacks that the question asks for (a key of _WHAT, or the question's
    own words for an ordinal or year: 第二批, 2026年), or None when the checks pass."""
    return found[1] if (found := lacking_rule(question, ev)) else None


def lacking_rule(question: str, ev) -> tuple[str, str] | None:
    """`lacking`'s finding with the name of the gate (of RULES) that made it."""
    if not ev.chosen:
        return None
    best = max(ev.chosen, key=lambda c: c.score)
    want = constraints.asked(question)
    if "absent" in RULES and constraints.absent(want, best, ev.docs):
        return "absent", want.label or "所问的范围"
    if ev.lang != "zh":  # English: checks_en, on English or Chinese evidence
        what = checks_en.lacking(question, ev) if "english" in RULES else None
        if what:
            return "english", what
        if "english" in RULES and (what := plans.target_given_en(question, ev)):
            return "english:target", what  # a plan or a rate for a figure reached
        # a month or period asked that no figure-carrying sentence carries, as in Chinese
        if "period" in RULES and {"number", "share"} & checks_en.asked_types(question):
            carriers = [c for c in ev.chosen if checks_en.carries_figure(c.text, question)]
            if constraints.period_missing(want, carriers, ev.docs):
                return "period", want.label or "the period asked"
            if label := periods_en.span_missing(question, ev):
                return "period", label  # held to the quoted figure's own date
        if "ordinal" in RULES and (batch := batches_en.missing(question, ev)):
            return "ordinal", batch  # "the first batch's new-energy projects": named together
        if "english" in RULES and (kind := purposes_en.missing(question, ev)):
            return "english:purpose", kind  # a share of one use told for another use asked
        if "english" in RULES and (unit := places_en.missing(question, ev)):
            return "english:place", unit  # a zone's figure for a village or district asked
        if "english" in RULES and (park := parks_en.missing(question, ev)):
            return "english:park", park  # another park's (zone's, port's) figure for one asked
        if "english" in RULES and (one := members_en.missing(question, ev)):
            return "english:member", one  # four projects' combined sum for one project asked
        if "english" in RULES and (count := counts_en.missing(question, ev)):
            return "english:count", count  # 餐馆 named in one clause, 3.1万人 in the other
        if "english" in RULES and (facet := facets_en.missing(question, ev)):
            return "english:facet", facet  # the firm's investment for its land price asked
        if "english" in RULES and (owner := owners_en.missing(question, ev)):
            return "english:owner", owner  # the factories' rent for an office's rent asked
        if "english" in RULES and (part := portion_en.missing(question, ev)):
            return "english:part", part  # a part of a whole asked: trade and logistics ones
        if "english" in RULES and (part := wholes_en.missing(question, ev)):
            return "english:part", part  # a part of "the 46 projects" asked: the 46 told
        if "english" in RULES and (why := reasons_en.missing(question, ev)):
            return "english:reason", why  # the change asked about restated, no cause given
        if "growth" in RULES and (when := growth.missing(question, ev)):
            return "growth", _growth_what(when)  # a rate asked of a time no rate is told of
        if "occasion" in RULES and (when := events_en.missing(question, ev)):
            return "occasion:event", when  # 开工 or a plan dated, "when did … start operating"
        if "doer" in RULES and doers_en.unnamed(
            question, [c.text for c in ev.chosen], ev.result.index.df, ev.result.expansion
        ):
            return "doer", "person"  # "who disbursed …": the deed told, no one named doing it
        return None
    texts = [c.text for c in ev.chosen]
    if "kind" in RULES and (kind := checks.missing_type(question, best.text, texts)):
        return "kind", kind
    if "amount" in RULES and amounts.unmet(question, texts):
        return "amount", "amount"  # 多少钱 asked: a share or a count told is no sum of money
    if "amount" in RULES and amounts.change_unmet(question, texts):
        return "amount:change", "compare"  # 增加了多少万吨 asked: a level or a rate told
    if "doer" in RULES and doers.unnamed(question, texts):
        return "doer", "person"  # 「主持…的是谁」: the deed told beside a name
    if "period" in RULES and {"number", "share"} & checks.asked_types(question):
        carriers = [c for c in ev.chosen if focus.figure_in("number", c.text, question)]
        if constraints.period_missing(want, carriers, ev.docs):
            return "period", want.label or "所问的时段"
    if "ordinal" in RULES and (batch := batches.missing(question, ev)):
        return "ordinal", batch  # 第三批 asked: a figure whose sentence names it
    if "plan" in RULES and checks.plan_asked(question, best.text):
        return "plan", "plan"
    for gate, check in (
        ("focus", focus.unbound_rule),
        ("measured", measured.unmeasured_rule),
        ("occasion", occasion.mismatch_rule),
        ("shapes", shapes.unmet_rule),
        ("shapes", _untold_trouble),  # 最担心的是什么 answered with an enrolment figure
    ):
        if gate in RULES and (found := check(question, ev)):
            return f"{gate}:{found[0]}", found[1]
    if "growth" in RULES and (when := growth.missing(question, ev)):
        return "growth", _growth_what(when)  # 同比增长多少 of a time whose level alone is told
    if "growth" in RULES and changes.untold(question, ev):
        return "growth:change", "compare"  # 降低了多少 of a thing whose levels alone are told
    return None


def _untold_trouble(question: str, ev) -> tuple[str, str] | None:
    """A trouble asked with no kind of answer besides (troubles.untold_rule)."""
    return None if checks.asked_types(question) else troubles.untold_rule(question, ev)


def _growth_what(when: str) -> str:
    """growth.missing's finding as _WHAT reads it: no rate at all, or none for the time."""
    return "compare" if when == "compare" else "growth"


def abstain(question: str, what: str, draft: Draft, rule: str | None = None) -> Draft:
    """Not answered: say what the documents lack, then quote the nearest evidence, cited."""
    if what not in _WHAT:
        return refusal.nearest(question, what, draft, rule)
    zh, en = _WHAT[what]
    lead = f"{zh}；最接近的是：" if language(question) == "zh" else f"{en}; the closest they have: "
    return replace(draft, answer=lead + draft.answer, abstained=True, rule=rule)


def decide(question: str, ev, draft: Draft, threshold: float) -> Draft:
    """`draft` when the evidence answers the question; else the nearest evidence with what is
    missing said first, or a refusal when the documents hardly speak of the subject."""
    want = constraints.asked(question)
    scope = "scope" in RULES
    if scope and (missing := constraints.unmet(want, ev.chosen, ev.docs, zh=ev.lang == "zh")):
        return refusal.nearest(question, missing, draft, "scope")
    low = ev.confidence < threshold and "model" in RULES
    # a subject the store never names (refusal.stranger): no local route answers below it
    stranger = ev.features.get("stranger", 0.0) > 0
    if low and (stranger or not closeness.answer_anyway(question, ev)):
        # the sentence closest in meaning, or a quoted one telling the reason a why asks
        near = None if stranger else closeness.in_meaning(question, ev)
        near = near or (None if stranger else reason_told.near(question, ev))
        near = near or (None if stranger else kind_fit.near(question, ev))  # asked kind told
        if near is None or (
            scope and constraints.unmet(want, near.chosen, near.docs, zh=near.lang == "zh")
        ):
            return refusal.refusal(question, ev.hits, ev.docs, "model")
        if near is not ev:
            ev, draft = near, timeline.compose(near.chosen, near.docs)
    if found := lacking_rule(question, ev):
        return abstain(question, found[1], draft, found[0])
    return draft

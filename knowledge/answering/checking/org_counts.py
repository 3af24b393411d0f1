"""A count asked of an organisation — 「投资促进局有多少名工作人员」 — answered by a figure of
another owner (the staff a 飞出地 must send): the count needs one figure-carrying quoted sentence
holding both the organisation (or in what stands before it) and the thing counted. Read by
`occasion.py` as its "owner" rule. Chinese questions."""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.checking.measured import measure
from knowledge.answering.core.support import context_of
from knowledge.text.normalise import normalise

_ORG = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:管委会|委员会|办公室|服务中心|中心|局|厅|公司|集团|银行|医院|学校|大学)"
)


def owner_asked(q: str) -> str:
    """The organisation a count is asked of: 投资促进局 in 「投资促进局有多少名工作人员」."""
    m = re.search(rf"({_ORG.pattern})(?:的|里|一共|共|目前|现在)?(?:有|共有|配备|现有)", q)
    if not m:
        return ""
    owner = re.sub(r"^(?:目前|现在|如今|当时|这所|这家|这个|该|本|那)+", "", m.group(1))
    kind = _ORG.fullmatch(owner)
    suffix = re.search(
        r"(?:管委会|委员会|办公室|服务中心|中心|局|厅|公司|集团|银行|医院|学校|大学)$", owner
    )
    return owner if kind and suffix and len(owner) - len(suffix.group()) >= 2 else ""


def missing(q: str, ev) -> str | None:
    """What a figure-carrying quoted sentence lacks to count `measure(q)` of the organisation
    asked (「投资促进局的工作人员」), or None: `occasion.py`'s "owner" rule."""
    if "number" not in asked_types(q) or not (owner := owner_asked(q)):
        return None
    noun = measure(q)
    if not noun or noun in owner:
        return None
    stem = owner[-4:] if len(owner) > 4 else owner
    for c in ev.chosen:
        if not figure_in("number", c.text, q):
            continue
        text = normalise(c.text)
        if noun in text and stem in text + "\n" + context_of(c, ev.docs, following=False):
            return None
    return f"{owner}的{noun}"

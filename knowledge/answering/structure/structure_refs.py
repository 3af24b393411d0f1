"""An English question's references to a policy document's structure, in the Chinese form the
structure answers read: "Article 30" -> 第30条, "Article 10(2)" / "paragraph 2 of Article 10" ->
第10条第2款, "Article 10(2)(3)" / "item 3 of Article 4" -> its 项 (第4条第（3）项), "Chapter
III" -> 第3章, "Annex 2" -> 附件2, and the fields asked ("when does it take effect" -> 什么时候施行,
"document number" -> 发文字号, "who issued" -> 哪个部门印发). A question in Chinese, or one
without such a reference, comes back unchanged."""

from __future__ import annotations

import re

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_N = r"(\d{1,3}|[ivxl]{1,6})\b"
_REFS = (  # the most specific first: the first reference found is the one answered
    (
        re.compile(rf"\barticle\s+{_N}\s*\(\s*(\d{{1,2}})\s*\)\s*\(\s*{_N}\s*\)", re.I),
        "第{0}条第{1}款第（{2}）项",
    ),
    (
        re.compile(rf"\b(?:item|point)\s+\(?{_N}\)?\s+of\s+article\s+{_N}", re.I),
        "第{1}条第（{0}）项",
    ),
    (re.compile(rf"\b(?:paragraph|clause)\s+{_N}\s+of\s+article\s+{_N}", re.I), "第{1}条第{0}款"),
    (re.compile(rf"\barticle\s+{_N}\s*\(\s*(\d{{1,2}})\s*\)", re.I), "第{0}条第{1}款"),
    (re.compile(rf"\barticle\s+{_N}(?:,?\s+(?:paragraph|clause)\s+{_N})?", re.I), None),
    (re.compile(rf"\bchapter\s+{_N}", re.I), "第{0}章"),
    (re.compile(rf"\bsection\s+{_N}", re.I), "第{0}节"),
    (re.compile(rf"\b(?:annex|attachment|appendix)\s+{_N}", re.I), "附件{0}"),
)
_FIELDS = (
    (r"\b(?:take|takes|took|come|comes|came)\s+(?:into\s+)?(?:effect|force)\b"
     r"|\beffective\s+(?:date|from)\b|\bwhen\b.{0,40}\beffective\b", "什么时候施行"),
    (r"\bvalid\s+for\b|\bvalidity\b|\bhow\s+long\b.{0,40}\bvalid\b|\bexpire", "有效期多久"),
    (r"\b(?:document|reference|file|serial)\s+(?:number|no\.?)\b", "发文字号"),
    (r"\bwho\s+(?:issued|published|released)\b"
     r"|\bwhich\s+(?:department|body|authority|office|agency|government)\b.{0,30}\b(?:issue|publish)",
     "哪个部门印发"),
    (r"\brepeal", "废止"),
    (r"\b(?:what|which|how many)\s+(?:annexes|attachments|appendices)\b", "哪些附件"),
)  # fmt: skip
_FIELD_RX = [(re.compile(p, re.I), zh) for p, zh in _FIELDS]
# the 文种 an English question names the document by ("Article 30 of the enclave-park
# measures"): added as 《办法》 so that the document is read even when not retrieved
_KINDS = (
    (r"\bmeasures\b", "办法"),
    (r"\bnotice\b", "通知"),
    (r"\bregulations\b", "规定"),
    (r"\bimplementation rules\b|\bdetailed rules\b", "细则"),
    (r"\bopinions\b", "意见"),
)
_KIND_RX = [(re.compile(p, re.I), zh) for p, zh in _KINDS]
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE = re.compile(r"《[^《》]*》")


def chinese_refs(question: str) -> str:
    """`question` with its English structure references followed by their Chinese form."""
    plain = _TITLE.sub("", question)  # a document named by its Chinese title stays English
    if len(_HAN.findall(plain)) * 4 > len(plain):
        return question  # a Chinese question: nothing to add
    added = []
    for rx, form in _REFS:
        for m in rx.finditer(question):
            nums = [_number(g) for g in m.groups() if g]
            if form is None:  # Article N[, paragraph K]
                form_ = "第{0}条第{1}款" if len(nums) == 2 else "第{0}条"
                added.append(form_.format(*nums))
            else:
                added.append(form.format(*nums))
    added += [zh for rx, zh in _FIELD_RX if rx.search(question)]
    if added:
        added += [f"《{zh}》" for rx, zh in _KIND_RX if rx.search(question)][:1]
    return f"{question} {'，'.join(added)}？" if added else question


def _number(token: str) -> int:
    if token.isdigit():
        return int(token)
    values = [_ROMAN[c] for c in token.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))

"""The shapes of answer a policy question asks of a rule (read by answer_shapes.py below the
refusal model's threshold): who bears, owns or does a thing, and whether a thing may be done.

- body: the question asks who or which side (由谁来扛, 归哪边, 算谁的, 哪一方来搞, 找谁) and the rule
  names the one it binds (「由双方按照税收分享比例分担」, 「全部归飞入地」, 「由飞入地统一核算」,
  「各区卫生健康部门负责…」; a 负责人 is a person named, no body bound);
- may: the question asks whether (能不能, 可不可以, 会不会, 算不算, 可以…吗, 还用…吗) and the rule
  states what may, must or must not be done (不得, 不予, 不再, 只能, 可以, 应当, 不占用, 不计入).

Only a rule has these shapes: a sentence of an article (its section 第…条) or one bound by
应当/不得/必须/只能/一律. A report's or a notice's narrative sentence (「由原来的没有明确期限改为…」,
「由于…」) names no body a rule binds. The words a question asks the shape with (由谁来, 哪边, 还用)
are no subject the sentence must hold (answer_shapes.held).
"""

from __future__ import annotations

import re

from knowledge.documents.articles import ARTICLE
from knowledge.text.normalise import normalise

_MODAL = re.compile(r"应当|不得|必须|只能|一律|严禁|禁止")

_BODY_ASKED = re.compile(
    r"(?:由|归|算|找|让|该|是)谁|谁(?:来|负责|管|出|掏|扛|承担|审)"
    r"|(?:归|由|算)?哪(?:个|一)?(?:方|边|家|级|部门|单位|机关)"
)
_BODY_TOLD = re.compile(
    r"(?<![理缘自经])由(?!于|此|原|来|衷)[\u4e00-\u9fff、（）()]{2,16}?"
    r"(?:负责(?!人)|承担|分担|统一|统筹|核算|担任|协调|审核|受理|拨付|组织|牵头|管理|按照|收取|支付|缴纳)"
    r"|归[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]{2}负责(?!人)"
)
_MAY_ASKED = re.compile(
    r"(?:能|可|会|算|用|要|需|许|准|给|行)[不没](?:能|可|会|算|用|要|需|许|准|给|行)"
    r"|(?:可以|能|能够|允许|还用|还要|还需|需要|要)[^？?，,。]{0,16}[吗么][？?]?$"
)
_MAY_TOLD = re.compile(
    r"不得|不予|不再|只能|可以|应当|无需|不需|禁止|严禁|不属于|不占用|不计入|不纳入|一律"
)

ASKS = {
    "body": re.compile(r"^(?:由谁来|由谁|谁来|归谁|算谁|找谁|哪边|哪方|哪家|一方|一家)$"),
    "may": re.compile(r"^(?:可以|能够|允许|还用|还要|还需|需要)$"),
}


def asked(question: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The rule shapes a (normalised) question asks, each with the pattern a rule that has it
    matches."""
    out = []
    if _BODY_ASKED.search(question):
        out.append(("body", _BODY_TOLD))
    if _MAY_ASKED.search(question):
        out.append(("may", _MAY_TOLD))
    return tuple(out)


def is_rule(cand) -> bool:
    """A sentence of an article, or one bound by a modal verb of a rule."""
    text = normalise(cand.text)
    articles = [*cand.hit.chunk.path(), text]  # its section path (…章, 第九条), or 「第九条　…」
    return any(ARTICLE.match(normalise(p).strip()) for p in articles) or bool(_MODAL.search(text))


def has(rx: re.Pattern, cand) -> bool:
    """The candidate is a rule with the shape `rx` states."""
    return is_rule(cand) and bool(rx.search(normalise(cand.text)))

"""How a citation names a passage: a title in 《》 and a section path as 「第十条第二款」."""

from __future__ import annotations

import re

SECTION_SEP = " › "  # between the parts of a section path: 「第三章 利益分享机制 › 第十条」


def book_title(title: str) -> str:
    """A title in 《》, a title inside it in 〈〉: 《关于印发〈青禾办法〉的通知》."""
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


_ARTICLE_PART = re.compile(r"^第.+[条款项目]$")
_SUBTITLED = re.compile(
    r"^(第.+?条)(?:【.*】|〔.*〕|\[.*\]|[（(].*[）)])$"
)  # 「第五条（适用范围）」


def section_label(section: str, lead: bool = True) -> str:
    """A section path as a citation names it: from the article down without separators
    (「第三章 … › 第十条 › 第二款」 -> 「第十条第二款」, in an attachment 「附件1第三条」); an
    attachment by its label alone (「附件2」) or with its outline part; other paths as they are.
    lead=False: an article without its attachment's label, for one cited under the attachment's
    own title (the 办法 a notice carries as 附件1: 《…办法》第三条)."""
    names = section.split(SECTION_SEP)
    lead = names[0].split(" ")[0] if lead and names[0].startswith("附件") else ""
    names = [_SUBTITLED.sub(r"\1", n) for n in names]  # a citation names the article alone
    for i, name in enumerate(names):
        if re.match(r"^第.+条$", name):
            return lead + "".join(n for n in names[i:] if _ARTICLE_PART.match(n))
    if lead:
        return SECTION_SEP.join([lead, *names[1:]])
    return section

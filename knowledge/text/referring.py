"""Everyday referring words for the parties and places a text names (两边, 对方, 各自, 当地,
上面): a question's referring word is held where the text names what it refers to.

People ask about the two sides of a cooperation as 两边, 双方, 两地, 两家, 各自 or 对方, about the
place a document is about as 当地 or 这边, about the body above as 上面 — words a 公文 or a news
report rarely writes, since it names the parties (「岭泉市负责…；雾溪县负责…」, 「前5年按飞出地60%、
合作区40%的比例分享」, 「甲方」「乙方」), the place (青石镇) and the body (省发展和改革委员会). Such a
word says no content of its own: what it asks is whatever the text says of the parties it names.
So a dual word (两边, 对方) is held by a text naming two parties, a place word (当地) by a text
naming a place, a higher-level word (上面, 上级) by a text naming a body of a province, city or
prefecture. A party the question names beside it (省里, 第三方) is a word of its own and still
counts as missing where the text lacks it. (answering/checking/closeness.py: what a sentence's
context covers.)
"""

from __future__ import annotations

import re

from knowledge.text.tokens import pos_tags

# the two sides of something: held by a text naming two parties
DUAL = frozenset(
    {"两边", "双方", "两家", "两地", "两方", "双边", "各自", "彼此", "对方", "两头", "互相", "相互"}
)
# the place a text is about, or the asker's own side of it
PLACE = frozenset({"当地", "本地", "这边", "那边", "这里", "那里", "咱们", "当地人", "本地人"})
# the body above the asker's
ABOVE = frozenset({"上面", "上级", "上头", "上边"})

# the parties of an agreement or a cooperation by their role: 甲方 / 乙方, 飞出地 / 飞入地,
# 转出地 / 转入地; a cooperation zone (合作区) named by its kind
_ROLE = re.compile(r"[甲乙丙]方|[\u4e00-\u9fff][出入]地|合作区")
# a place name by its administrative ending (岭泉市, 官渡区, 青石镇), read in the text itself since
# jieba cuts some apart (青石|镇及): at least two characters before the ending, the one before it
# not making a common word with it (全市, 城市, 乡镇, 上市, 园区, 地区, 周边乡镇, 市场)
_NAMED = re.compile(r"[\u4e00-\u9fff]{2}[省市县州区镇乡旗](?![镇村民长场])")
_COMMON = re.compile(
    r"^.[本该各全两每此其我贵外省市县州区镇乡上下城都超村园山片辖社地景街校小分专郊边农灾新]"
)
# a body of a higher level: 省发展和改革委员会, 市财政局, 州人民政府, 上级主管部门
_ABOVE_BODY = re.compile(
    r"(?:省|市|州|国家|国务院|上级)[\u4e00-\u9fff]{0,10}?"
    r"(?:委员会|人民政府|政府|局|厅|委|部门|办公室|办|部)"
)


def parties(text: str) -> set[str]:
    """The parties and places the text names: by role (甲方, 飞出地, 合作区) and by name (a word
    with an administrative ending that makes no common word, jieba's place names)."""
    found = set(_ROLE.findall(text)) | {m for m in _NAMED.findall(text) if not _COMMON.match(m)}
    for tag in pos_tags(text):
        if tag.flag == "ns" and len(tag.word) > 1 and not _COMMON.match(tag.word[-3:].rjust(3)):
            found.add(tag.word)  # 老挝, 西双版纳州; not 全市, 乡镇
    return {n for n in found if not re.search(r"[之起及日的]", n)}


# a question asking beyond the parties it refers to (「除了这两地，还有哪个县…」「两边之外…」,
# 「第三方」): what the text says of the parties named is no answer
_BEYOND = re.compile(r"除|之外|以外|第三|另外|其余|其他|别的")


def held(word: str, text: str, question: str = "") -> bool:
    """`text` names what the question's referring word refers to: two parties for a dual word
    (两边, 对方, 各自), a place for a place word (当地, 这边), a body of a higher level for 上面;
    never in a question asking beyond them (除了两边, 两地之外, 其他, 第三方)."""
    if _BEYOND.search(question):
        return False
    if word in DUAL:
        named = parties(text)
        return len({n for n in named if not any(n != m and n in m for m in named)}) >= 2
    if word in PLACE:
        return bool(parties(text))
    if word in ABOVE:
        return bool(_ABOVE_BODY.search(text))
    return False

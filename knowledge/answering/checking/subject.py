"""Whether the chosen document speaks of the question's subject at all (branch refuse15).

Below the refusal model's threshold an answerable question in a user's own words and a question
about something no document mentions look alike on every feature the model and the local rule
read (bench/RESULTS.md, refuse14): 分税 for 税收分享, 过关 for 通关, 网上 for 门户网站 on one side,
涞滩镇, 穴蝰 on the other. What differs is the subject: a paraphrase rewords the frame — the verb,
the measure, how it is asked — but names the thing asked about as the documents do (跨境冷链物流
中心, 认定结果, 波岩温), while an out-of-corpus question names a village, species, school or firm
the chosen document never mentions (曼庄村, 磨憨第一中学, 云岭鲜果公司).

`words(question)`: the question's head — its content before the first 的, 是, 有 or 在 (the whole
question when that leaves no word) — read by jieba's parts of speech: its nouns and names, single
characters jieba cut a name it does not know into joined again (磨/憨 -> 磨憨, 涞/滩/镇 -> 涞滩镇)
unless every one of them, read alone in jieba's dictionary, is a frame word: then they are the
asker's verb phrase cut apart (跑/到, 去/交, 查/些: 「跑到合作区玩的游客」), which names nothing and
no document need say, while a name holds a character the dictionary reads as a noun or a name's
piece (憨, 滩, 湾, 庄; tagged in the question as 跑/到 are, v and ng alike);
verbs, numbers, times and pronouns are the frame; a Latin word (「catrina」) is a name. `owned`:
what the question asks of its head (X的Y: 污水处理厂 of 飞地园区的污水处理厂), read too for a
question asking for no kind of answer (closeness.py).
`spoken_of(words, text)`: each stands in the document's title or text, literally, or without
its last character when it has three or more (高峰期 for 高峰时段; 涞滩镇 is not 涞滩 either).
`speaks_of(question, ev)`: both, on the document of the best sentence (its chunks, read from the
snapshot's per-document map: no walk over the documents).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text import referring
from knowledge.text.crosslingual import surnames
from knowledge.text.normalise import normalise
from knowledge.text.tokens import ASKING, STOPWORDS, jieba_module, pos_tags, question_content
from knowledge.text.vernacular import said_in

_HEAD_END = re.compile(r"[的是有在，,、；;：:]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
# jieba's tags of a frame word: verbs, numbers and measures, times, pronouns, adverbs,
# prepositions, conjunctions, particles, locatives and place words (家里, 网上), adjectives
_FRAME = re.compile(
    r"^(?:v|vd|vi|vl|vg|m|mq|q|t|tg|r|rr|rz|d|dg|p|c|u|ul|uj|uz|ug|uv|ud|y|e|o|f|s|a|ad|ag|z|b)$"
)
# a short insertion inside a word: 县（市）区 is the full form of 县区
_INSERTION = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,3}[）)](?=[\u4e00-\u9fff])")


def head(question: str) -> str:
    """The question's content before the first 的, 是, 有 or 在 (asking words blanked), or all
    of it when that part holds fewer than two characters."""
    content = ASKING.sub(" ", question_content(question)).strip()
    first = _HEAD_END.split(content, maxsplit=1)[0]
    return first if len(_CJK.findall(first)) >= 2 or _LATIN.search(first) else content


def owned(question: str) -> str:
    """What the question asks of its head (X的Y: Y), up to the next 的, 是, 有 or 在; '' when
    the head is the whole question."""
    content = ASKING.sub(" ", question_content(question)).strip()
    parts = _HEAD_END.split(content, maxsplit=2)
    return parts[1] if len(parts) > 1 and head(question) == parts[0] else ""


@lru_cache(maxsize=4096)
def _frame_alone(char: str) -> bool:
    """Whether jieba's dictionary reads the character, standing alone, as a frame word (跑, 到,
    去, 些, 新: verbs, measures, adjectives...), not as a noun or a name's piece (憨, 湾, 庄, 港)."""
    return bool(_FRAME.match(pos_tags(char)[0].flag))


def _named_run(run: str, after: str = "", flag: str = "") -> bool:
    """Whether single characters in a row name something: a name jieba did not know (磨/憨,
    涞/滩/镇) holds a character read alone as a noun or a name's piece; an asker's verb phrase
    jieba cut apart (跑/到, 去/交, 查/些) is made of frame words alone, and names nothing —
    unless it ends in a surname (张, 查) and the word after it (`after`, tagged `flag`) is a
    noun of one or two characters: a person's name, its given name cut off (长/张 + 伟)."""
    if len(run) < 2:
        return False
    if not all(_frame_alone(c) for c in run):
        return True
    return run[-1] in surnames() and 0 < len(after) <= 2 and flag.startswith("n")


def words(question: str, owned_too: bool = False) -> list[str]:
    """The words naming what the question asks about (see the module's docstring); with
    `owned_too` also those of what it asks of it (污水处理厂 of 飞地园区的污水处理厂)."""
    jieba_module()
    out: list[str] = []
    run = ""  # single characters in a row: a name jieba did not know, cut apart
    suffix = False  # a noun was just kept: a single noun character ends it (溪口 + 村)
    text = head(question) + ("，" + owned(question) if owned_too else "")
    for piece in pos_tags(text):
        word, flag = piece.word.strip(), piece.flag
        if len(word) == 1 and _CJK.match(word) and word not in STOPWORDS:
            if suffix and not run and not _FRAME.match(flag):
                out[-1] += word
            else:
                run += word
            suffix = False
            continue
        if _named_run(run, word, flag):
            out.append(run)
        run, suffix = "", False
        if _LATIN.fullmatch(word) and word.lower() not in STOPWORDS:
            out.append(word.lower())  # a Latin name or word: 「catrina」
        elif len(word) > 1 and _CJK.search(word) and word not in STOPWORDS:
            if not _FRAME.match(flag):
                out.append(word)
                suffix = True
    if _named_run(run):
        out.append(run)
    return list(dict.fromkeys(out))


def spoken_of(subject: list[str], text: str, question: str = "") -> bool:
    """Every subject word stands in `text` (normalised), literally or, when it has three or
    more characters, without its last one, or as the documents' term for an everyday word (老板
    by 负责人: text/vernacular.py), or a referring word by its referents named (两地, 当地:
    text/referring.py); False when there is no subject word."""
    if not subject:
        return False
    text = text + "\n" + _INSERTION.sub("", text)
    return all(
        w in text
        or (len(w) > 2 and _CJK.match(w[-1]) and w[:-1] in text)
        or said_in(w, text)
        or referring.held(w, text, question)  # 两地 by a document naming 岭泉市 and 雾溪县
        for w in subject
    )


def speaks_of(question: str, ev, owned_too: bool = False) -> bool:
    """Whether the document of the best sentence speaks of the question's subject (and, with
    `owned_too`, of what the question asks of it)."""
    if not ev.chosen:
        return False
    best = max(ev.chosen, key=lambda c: c.score)
    doc_id = best.hit.chunk.doc_id
    doc = ev.docs.get(doc_id)
    parts = [doc.title if doc else "", *(c.text for c in ev.doc_chunks(doc_id))]
    return spoken_of(words(question, owned_too), normalise("\n".join(parts)), question)

"""Chinese word tokens (jieba, search mode) of normalised text, and a question's content words."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import NamedTuple

from knowledge.text.memo import STATE, while_asking
from knowledge.text.normalise import CONTENT, normalise

STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 或 也 都 就 而 并 被 把 将 对 从 向 由 为 以 于 之 其 这 那 此 该 有 个 等 着 过
    吗 呢 吧 啊 呀 么 什么 多少 哪 哪个 哪些 哪里 哪儿 哪位 哪座 哪一 哪一天 谁 几 几个 怎么 怎样 怎么样 如何 为什么 为何
    何时 什么 时候 什么样 是否 是不是 请问 请 一下 一个 这次 这个 那个 这些 那些 我们 你们 他们 它们 我 你 他 她 它
    哪年 哪月 多久 多长 多大 多 会 能 可以 要 还 又 再 呢 吗 所 得 地 让 给 上 中 下 里 内 外 关于 有关 什么是
    a an the of to in on at for by with from as is are was were be been being do does did
    what which who whom whose when where why how many much is it its this that these those
    and or not no and about into than then there their they them he she his her we you your i
    """.split()
)

_INTERROGATIVE = re.compile(
    r"哪一天|哪天|哪一年|哪年|哪个月|几月几日|几月|几号|什么时候|何时|多少|哪两个|哪几个|哪些|哪个|哪座|哪位|"
    r"哪家|哪里|哪儿|什么样|什么叫|叫什么|什么|怎样|怎么样|怎么|如何|为什么|为何|是否|请问|吗|呢|"
    r"几[个位项次年天家所名倍条章点成件种批期届户套人岁号]"
)

# asking words question_content leaves (they stay search terms: 时间 of 多长时间 finds 审核时间),
# which no passage says: not the question's subject
# ... and the count word of a list asked (哪几类, 哪几部分, 几道, 哪几): what the items are counted
# in, which no item says
ASKING = re.compile(
    r"多长时间|多少时间|多久|多长|多大|多高|多远|多重|怎么办|怎么算|咋|啥|哪几点"
    r"|哪?几(?:类|张|部分|道|处|方面|步|栏|块|段|大类|大)|哪几"
)


# Words about the source rather than the subject ("文中提到", "according to the report"): a
# question is not less answerable for them, and no passage needs to contain them.
_META = re.compile(
    r"(?:据|根据|按照)?(?:这篇|那篇|该|本|此)?(?:文章|报道|新闻|通稿|文中|原文|材料|资料|文档|文件|解读|观察)"
    r"(?:中|里|上|开头|最后)?(?:所|都)?(?:提到|提及|说|讲|称|介绍|写|指出|显示)(?:的|了|过|到)?"
    r"|(?:这|那|该|本)(?:篇|份|条|则|次|个)[^，。？?、]{0,8}?(?:文章|报道|新闻稿|通稿|稿子|新闻|半年报|年报|解读|页面|网页)"
    r"(?:开头|最后|里|中|上)?(?:所|都)?(?:提到|提及|说|讲|称|写)?(?:的|了|过|到)?"
    r"|(?:政策)?解读(?:开头|最后|里|中)(?:所|都)?(?:提到|说|讲|称|写)?(?:的|了)?"
    # a page or an event named by its kind: 「常见问题里说」「发布会上讲」「答记者问中提到」
    r"|(?:在|据|按照?|根据)?(?:新闻)?(?:常见问题|问答页面?|发布会|答记者问)(?:上|里|中)(?:所|都)?"
    r"(?:(?:提到|提及|说|讲|称|介绍|写|指出)(?:的|了|过|到)?|的说法)"
    # a report named by its title words at the clause's head: 「年终盘点那篇说」「港媒那篇报道里」
    r"|(?:(?<=^)|(?<=[，,。；;：:\s]))[\u4e00-\u9fff]{0,8}?(?:那|这)篇(?:报道|文章|稿子|新闻)?"
    r"(?:里|中)?(?:所|都)?(?:提到|说|讲|称|写)(?:的|了|过|到)?"
    r"|文中|据报道|提到的?"
    # a document named by its 文号 (「青政办〔2024〕12号文件规定的…」): the name of the source
    r"|(?:按|按照|根据|依照|依据)?[\u4e00-\u9fff]{1,8}[〔［\[(（]\d{4}[〕］\])）]\d+号"
    r"(?:文件?|通知)?(?:中|里|上)?的?(?:所|都)?(?:规定|要求|提到|明确|说|讲|写)?(?:的|了)?"
    r"|according to (?:the |this )?(?:article|report|press release|documents?|text|story)"
    r"|(?:the |this )?(?:article|report|press release|text|story) (?:says|said|mentions|mentioned|states|stated|reports|reported)"
    r"|(?:mentioned|stated|reported) in the (?:article|report|press release|text|story)",
    re.I,
)


@lru_cache(maxsize=1)
def jieba_module():
    """jieba, initialised once (quietly) on first use, never at import."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


class Tag(NamedTuple):
    """A word of jieba's part-of-speech tagging and its tag."""

    word: str
    flag: str


@lru_cache(maxsize=16384)
def pos_tags(text: str) -> tuple[Tag, ...]:
    """jieba's part-of-speech tagging of a text (posseg), cached: the checks tag the same
    question, clauses and sentences many times in one ask."""
    return tuple(Tag(p.word, p.flag) for p in _tagger().lcut(text))


@lru_cache(maxsize=1)
def _tagger():
    """jieba's tagger, decoding with text/pos_viterbi.py (its exact result, faster)."""
    from jieba import posseg

    from knowledge.text import pos_viterbi

    jieba_module()
    pos_viterbi.install()
    return posseg


def tokenize(text: str, keep_stopwords: bool = False) -> list[str]:
    """Search-mode jieba tokens of the normalised text, without punctuation (and stopwords)."""
    words = jieba_module().lcut_for_search(normalise(text))
    return [
        w
        for w in (w.strip() for w in words)
        if w and CONTENT.search(w) and (keep_stopwords or w not in STOPWORDS)
    ]


# Pointing words of a question ("那次会议", "那会儿", "用大白话讲", "这话是谁说的"): they refer back to what the
# asker has in mind, no passage says them. Questions only (the corpus keeps its tokens).
_DEICTIC = re.compile(
    r"那次|这次|那会儿|那时候?|一共|总共|到底|用大白话讲|简单说|通俗地?说|这句话|这番话|这段话|这话|此话"
)


# An old version named in everyday words (「修订之前」「老办法」「以前的规定」「第一版」「刚出台的时候」
# 「旧的那个通知」): `validity` reads it as asking for the superseded version (blanking these
# words in question_content too was measured: no held-out gain, not kept). 旧/老 count only
# before a 文种 (「旧的厂房」 is no version, nor 「养老政策」), 以前/过去 only as the question's
# first word or before 规定/政策/文件 (「3月31日以前」 is a deadline, 「过去三年」 a period).
_KIND = r"(?:办法|规定|政策|文件|通知|细则|意见|方案|条例)"
OLD_WORDS = (
    r"(?:修订|修改|改版)(?:之|以)?前的?|(?:第一|头一)[版稿]的?|首版的?"
    r"|(?:最早|最初|当初)(?:的|那)?(?:一|那)?[版份个](?=[^，。？?]{0,8}" + _KIND + r")"
    r"|刚(?:出台|发布|印发|实施|施行)(?:的?时候|时|那会儿?)"
    r"|(?:以前|之前|过去|早先)的?(?=" + _KIND + r")"
    r"|^(?:以前|过去|早先)(?![的\d一二两三四五六七八九十几多数])"
    r"|(?<![养敬尊扶助陈折依仍怀念破守])(?:旧|老)(?=" + _KIND + r")"
    r"|(?:旧|老)的(?:那[个份版])?(?=[^，。？?]{0,8}" + _KIND + r")"
    r"|(?:旧|老)版本?|原来那[个份版]"
)
# 「条文是怎么规定的」「原文怎么说的」: how a policy puts it is asked, no passage says these words
_WORDING = re.compile(
    r"(?:(?:条文|原文|规定|文件|政策)(?:里|中|上)?(?:是|都|又|具体)?|是)"
    r"(?:怎么|如何|怎样)(?:说|讲|写|规定|要求|表述)的?"
)


@while_asking(256)
def question_content(question: str, keep_meta: bool = False) -> str:
    """The normalised question with interrogative phrases ("哪一天", "多少"), words about the
    source ("文中提到", "according to the article") and pointing words ("那次") blanked out
    (the last two kept with `keep_meta`)."""
    q = normalise(question)
    if not keep_meta:
        q = _DEICTIC.sub(" ", _META.sub(" ", _WORDING.sub(" ", q)))
    return _INTERROGATIVE.sub(" ", q)


def question_tokens(question: str, keep_meta: bool = False) -> list[str]:
    """Content tokens of a question (with its words about the source when `keep_meta`); while
    a thread answers (`memo.asking`) remembered for the last few questions: one ask reads its
    question's tokens in the search and again when it rates its sources."""
    if STATE.on:
        return list(_question_tokens(question, keep_meta))
    return tokenize(question_content(question, keep_meta))


@lru_cache(maxsize=8)
def _question_tokens(question: str, keep_meta: bool) -> tuple[str, ...]:
    return tuple(tokenize(question_content(question, keep_meta)))


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_NOUN_TAGS = frozenset({"n", "ng", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j"})


def spoken_pieces(word: str, known=None) -> list[str] | None:
    """A piece jieba cut across a spoken question's words (上要 of 「网站上要晾几天」, 想带 of
    「想带出来多少人」, 偏一偏) as the dictionary words and characters it is made of; None for a
    word jieba's dictionary or the corpus (`known`: word -> document count) knows, or a noun (an
    unknown name is tagged one, and stays whole)."""
    jieba = jieba_module()
    if not _HAN_WORD.fullmatch(word) or jieba.dt.FREQ.get(word, 0) > 0:
        return None
    if (known or {}).get(word, 0) > 0 or any(p.flag in _NOUN_TAGS for p in pos_tags(word)):
        return None
    return list(dict.fromkeys(jieba.lcut(word, HMM=False)))


# how a spoken question says it, no thing asked: adverbs (一直, 迟迟, 就是), demonstratives (那边),
# prepositions, conjunctions, particles and interjections; not a superlative (最早, 最多: a bound
# asked) nor a pronoun standing for a thing (该校, 本届, 每年)
_FUNCTION_TAGS = frozenset({"d", "r", "p", "c", "u", "y", "e", "o"})


def how_said(word: str, known=None) -> bool:
    """Whether a question's word only says how it asks (jieba's tags), not what it asks, and no
    document uses it (`known`: word -> document count): a word the corpus uses may be content."""
    jieba_module()
    if (known or {}).get(word, 0) > 0:
        return False
    tags = [p.flag for p in pos_tags(word)]
    if word[0] in "这那" and tags[0] == "r" and set(tags[1:]) <= {"q", "m"}:
        return True  # a demonstrative with its measure word (那份, 这套): pointing, no thing
    return (
        all(t in _FUNCTION_TAGS for t in tags)
        and not word.startswith("最")
        and ("r" not in tags or word[0] in "这那")
    )


# jieba's verb tags: a verb says what is done to the thing asked, not which thing
_VERB_TAGS = frozenset({"v", "vi", "vd", "vg"})


def plain_verb(word: str, known=None) -> bool:
    """Whether a question's word is an everyday verb the asker brings (张罗 aside, 打消, 撑腰,
    搭伙): jieba's dictionary knows it, it is tagged only as a verb, and no document uses it
    (`known`: word -> document count) — the documents say that act in their own verb, while
    a word they use may be what the sentence lacks."""
    jieba = jieba_module()
    if (known or {}).get(word, 0) > 0 or jieba.dt.FREQ.get(word, 0) <= 0:
        return False
    tags = [p.flag for p in pos_tags(word)]
    return len(tags) == 1 and tags[0] in _VERB_TAGS

"""Other written forms of an asker's word: the same word in the documents' morphology.

A spoken question and a document often write one word in two forms, neither a synonym of the
other nor in any thesaurus (bench/RESULTS.md, syn81):

- a numeral in characters written in digits: 第六年 is 第6年 (numbers.digit_forms);
- an ordinal: 第一期 is 首期 and 一期 (a phase), 第一批 is 首批 (not 一批, "a batch"), 第一次 is
  首次, 第2期 is 二期 and 第二期 — never another number (第二批 is not 首批);
- a measure word the documents write otherwise: 几回 / 一回 counted in 次 (「申请延期一次」,
  「第三十七次常务会议」), 上个月 / 每个月 written 上月 / 每月;
- a verb with its directional or resulting complement (查出来, 列出来, 报上来, 改好): the
  documents write the verb in a word of their own (查实, 列示, 报送, 整改), so the verb's
  character standing in the text holds it; a complement jieba cut off its verb (住 / 进去) says
  nothing the verb does not;
- a version pointed at (那版, 新版, 旧版本): which version is meant is read by
  answering/structure/validity.py, no passage says the pointing word.

`held(word, text)`: the text writes the question's word in one of these forms
(answering/checking/closeness.py, what a sentence's context covers).
"""

from __future__ import annotations

import re

from knowledge.text.numbers import cn_number, digit_forms

_NUM = "一二两三四五六七八九十"
# an ordinal word: 第一期, 头一批, 首批, 第2期, 二期 (a bare numeral only before 期)
_ORDINAL = re.compile(
    rf"^(?:(?P<first>首|头一?)|第(?P<nth>[{_NUM}\d]{{1,3}})|(?P<bare>[{_NUM}\d]{{1,2}})(?=期))"
    r"(?P<kind>批|期|届|轮|次)$"
)
# before a bare 一期 / 二期: no numeral (十一期) and no word making it "that one issue" (每一期,
# 上一期, 同一期)
_NOT_BEFORE = rf"(?<![{_NUM}\d第每这那上下本同前后单])"
# a count of times asked or told in 回 (几回, 一回, 哪一回): the documents count times in 次
_TIMES = re.compile(rf"^(?:[几哪这那]?[{_NUM}\d]*)(?:回|趟)$")
_TIMES_TOLD = re.compile(rf"[{_NUM}\d]+次")
# 上个月, 下个月, 每个月, 这个月: the documents write 上月, 下月, 每月, 本月
_MONTH = re.compile(r"^([上下每这])个月$")
_MONTH_FORMS = {"上": ("上月",), "下": ("下月",), "每": ("每月",), "这": ("本月", "当月")}
# a verb and its complement, one character each side: 查出来, 列出来, 报上来, 卖出去, 改好
_COMPLEMENT = re.compile(
    r"^(?P<verb>[\u4e00-\u9fff])"
    r"(?:出来|出去|上来|上去|下来|下去|进来|进去|起来|过来|回来|回去|好|完|掉)$"
)
# characters that are no verb of their own before a complement (出来 of 看出来 is, 那出来 not)
_NO_VERB = set(_NUM) | set("这那哪几多每各本该其上下出进回过起来去好完掉")
# a complement jieba cut from its verb (住进去: 住 / 进去, 拿出来: 拿 / 出来): the verb says the act
_BARE_COMPLEMENT = frozenset("进去 进来 出来 出去 上来 下来 下去 上去 起来".split())
# a version pointed at: 那版, 新版, 旧版本, 这一版
_VERSION = re.compile(r"^[这那新旧老原]一?版本?$")


def ordinal(word: str) -> tuple[str, int] | None:
    """(kind, n) of an ordinal word (第一期 -> ('期', 1), 首批 -> ('批', 1), 第2期 -> ('期', 2)),
    None for any other word."""
    m = _ORDINAL.match(word)
    if not m:
        return None
    num = m.group("nth") or m.group("bare")
    n = 1 if m.group("first") else (int(num) if num.isdigit() else cn_number(num))
    return (m.group("kind"), n) if n else None


def ordinal_forms(kind: str, n: int) -> re.Pattern[str]:
    """How a text writes the ordinal: 第N / 第 in digits, 首 and 头一 for the first, a bare
    numeral for a phase (一期, 2期) not inside another number or 每一期."""
    cn = _cn(n)
    nums = "|".join(dict.fromkeys(x for x in (str(n), cn, cn.replace("二", "两")) if x))
    forms = [rf"第(?:{nums})"]
    if n == 1:
        forms += ["首", "头一"]
    if kind == "期":
        forms.append(rf"{_NOT_BEFORE}(?:{nums})")
    return re.compile(rf"(?<![{_NUM}\d])(?:{'|'.join(forms)}){kind}")


def _cn(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十三); '' beyond."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return ""


def held(word: str, text: str) -> bool:
    """Whether `text` writes the asker's `word` in another form of it (module doc): a numeral
    in digits, an ordinal by the same ordinal, a count of times by 次, 上个月 by 上月, a verb
    with its complement by the verb's character; a complement cut off its verb (进去) and a
    version pointed at (那版) are held anywhere."""
    if _VERSION.match(word) or word in _BARE_COMPLEMENT:
        return True
    if any(f in text for f in digit_forms(word)):
        return True
    if found := ordinal(word):
        return bool(ordinal_forms(*found).search(text))
    if _TIMES.match(word):
        return bool(_TIMES_TOLD.search(text))
    if m := _MONTH.match(word):
        return any(f in text for f in _MONTH_FORMS[m.group(1)])
    if (m := _COMPLEMENT.match(word)) and m.group("verb") not in _NO_VERB:
        return m.group("verb") in text
    return False

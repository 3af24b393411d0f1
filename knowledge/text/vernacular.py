"""Everyday words for what documents say in official terms (卖地 for 土地出让, 两边 for 双方, 管委会
for 管理委员会): a question is read with the official term when its documents use that one and
never the everyday one.

People ask a policy bot in their own words; a 公文 or a news report writes the official term. A
question that shares no word with the passage holding its answer ranks it low and is refused
(the refusal model weighs the share of the question the passage holds). The table maps an
everyday word or a short name to the official terms it stands for, first choice first; a
question's word is replaced only when the documents lack it and use the official term
(`read`'s `used`), so a corpus that says 卖地 keeps it, and a word that means something
else in another corpus is left alone where that corpus has no official term for it. A word the
documents say only as a stray beside their term — 动工 once in a Traditional report, 开工 in 14
passages (`rarer`: RARER times the passages, MIN_TERM at least) — is read as the term too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.text.normalise import CONTENT, normalise
from knowledge.text.tokens import tokenize

# everyday word or short name -> official terms, the first one the documents use is taken
PLAIN: dict[str, tuple[str, ...]] = {
    # bodies: short names and everyday names
    "发改委": ("发展改革委", "发展和改革委员会", "发展改革部门"),
    "发改局": ("发展和改革局", "发展改革局", "发展改革部门"),
    "管委会": ("管理委员会",),
    "人社局": ("人力资源和社会保障局", "人力资源社会保障局", "人力资源社会保障部门"),
    "住建局": ("住房和城乡建设局", "住房城乡建设局", "住房城乡建设部门"),
    "市监局": ("市场监督管理局", "市场监管局", "市场监管部门"),
    "工商局": ("市场监督管理局", "市场监管部门"),
    "国土局": ("自然资源局", "自然资源和规划局", "自然资源部门"),
    "环保局": ("生态环境局", "生态环境部门"),
    "卫健委": ("卫生健康委员会", "卫生健康委", "卫生健康部门"),
    "文旅局": ("文化和旅游局", "文化旅游局"),
    "农业局": ("农业农村局", "农业农村部门"),
    "交通局": ("交通运输局", "交通运输部门"),
    "村委会": ("村民委员会",),
    "居委会": ("居民委员会",),
    "乡政府": ("乡（镇）人民政府", "乡人民政府", "乡镇人民政府"),
    "镇政府": ("乡（镇）人民政府", "镇人民政府", "乡镇人民政府"),
    "市政府": ("市人民政府",),
    "县政府": ("县人民政府",),
    "区政府": ("区人民政府",),
    "两边": ("双方",),
    "两家": ("双方",),
    "一把手": ("主要负责人", "主任"),
    "老板": ("负责人", "法定代表人"),
    "老百姓": ("群众", "居民", "村民"),
    "村里人": ("村民",),
    # land, building, money
    "卖地": ("土地出让", "出让"),
    "拿地": ("取得土地", "供地"),
    "盖房子": ("建房", "建设住房"),
    "盖房": ("建房", "建设住房"),
    "盖完": ("竣工", "建成"),
    "完工": ("竣工", "建成"),
    "动工": ("开工",),
    "开张": ("开业", "营业"),
    "交税": ("纳税", "缴纳税款", "缴税"),
    "分钱": ("分享", "分配"),
    "分成": ("分享", "分配"),
    "款子": ("资金", "款项"),
    "打到位": ("拨付", "到位"),
    "打过去": ("拨付",),
    "拨过去": ("拨付",),
    "挣钱": ("收入",),
    "罚钱": ("罚款",),
    "奖金": ("奖励资金", "奖励"),
    "甜头": ("奖励", "激励"),
    "房租": ("租金",),
    "人才房": ("人才公寓", "人才住房"),
    "能耗额度": ("能耗总量", "能耗指标"),
    "搞研发": ("研发",),
    "租房": ("租赁", "承租"),
    "买房": ("购房",),
    "欠的债": ("债务",),
    "欠债": ("债务",),
    "还债": ("偿还债务", "清偿"),
    "封顶": ("上限", "最高"),
    "修路": ("道路建设", "道路"),
    "通水通电": ("供水、供电", "供水供电", "水电"),
    "GDP": ("地区生产总值", "生产总值"),
    "排碳": ("碳排放",),
    # procedures
    "报备": ("备案",),
    "作废": ("失效",),
    "宽限": ("延期",),
    "往后推": ("延期", "延后"),
    "没赶上": ("逾期",),
    "干满": ("工作满", "任职满"),
    "迁回来": ("迁回",),
    "推迟": ("延期", "延后"),
    "造假": ("弄虚作假", "虚假"),
    "打分": ("评分", "考核"),
    "垫底": ("末位", "不合格"),
    "不及格": ("不合格",),
    "及格": ("合格",),
    "谈不拢": ("协商不成", "协商不一致", "未能达成一致"),
    "闹矛盾": ("争议", "纠纷"),
    "摆不平": ("协调不成", "协调不一致"),
    "散伙": ("退出", "终止合作"),
    "拆伙": ("退出", "终止合作"),
    "闹掰": ("争议", "纠纷"),
    "说和": ("协调", "调解"),
    "合伙": ("合作", "合作共建"),
    "常务会": ("常务会议",),
    "评比": ("考核", "评选"),
    "过一遍": ("审查", "审核"),
    "压着": ("拖延",),
    "分账": ("分享", "分算"),
    "报名": ("申报",),
    "递上去": ("提交", "报送"),
    "报上去": ("报送", "提交"),
    "挂牌": ("设立", "成立"),
    "常驻": ("派驻",),
    "拨下来": ("拨付", "安排"),
    "拉进来": ("引进", "招引"),
    "交上去": ("报送", "提交"),
    "批下来": ("批准", "获批"),
    "拍板": ("决定", "审定"),
    "全体大会": ("全体会议",),
    "开全会": ("全体会议",),
    "空着": ("闲置", "空置"),
    "迁走": ("迁出", "迁离"),
    "搬走": ("迁出", "迁离"),
    "过关": ("通关",),
    "拉来": ("引进", "招引"),
    "招工": ("用工", "招聘"),
    "找工作": ("就业", "求职"),
    "打工": ("务工", "就业"),
    "上学": ("入学", "就学"),
    "看病": ("就医", "医疗"),
    "头一批": ("第一批", "首批"),
    "头一年": ("第一年", "首年", "当年"),
    "头五年": ("前五年",),
    "头三年": ("前三年",),
    "头两年": ("前两年",),
    "一年到头": ("全年", "每年"),
    # everyday words of the tune sets' refused paraphrases (para40): a time limit, new firms,
    # jobs, skilled workers, locals
    "期限": ("期满", "到期"),
    "冒出来": ("新增", "新设"),
    "饭碗": ("就业",),
    "活干": ("就业", "务工"),
    "技术工": ("技能人才", "技术工人", "技术人员"),
    "老乡": ("村民", "边民", "居民"),
    "本地人": ("当地", "边民"),
    "本地": ("当地",),
    # everyday words for a measure and for a worry (para61): 一平米 for 每平方米, 能省 for 缩短;
    # 发愁, 头疼, 难处 for what a report calls 顾虑, 挑战, 困难
    "一平米": ("每平方米",),
    "平米": ("平方米",),
    "能省": ("缩短", "节省", "节约"),
    "担心": ("顾虑", "担忧"),
    "发愁": ("担心", "顾虑", "担忧"),
    "头疼": ("挑战", "困难", "难题"),
    "难处": ("挑战", "困难", "难题"),
}

_PATTERN = re.compile("|".join(sorted(map(re.escape, PLAIN), key=len, reverse=True)), re.IGNORECASE)
_KEYS = {k.lower(): k for k in PLAIN}


# a body's short name (住建局, 人社局, 卫健委, 市政府): no other word ends so, and jieba may cut it
# (住/建局) so that its tokens do not show the documents write it
_BODY = re.compile(r"(?:局|委|委会|政府)$")


def read(
    question: str,
    used: Callable[[str], bool],
    written: Callable[[str], bool] | None = None,
    count: Callable[[str], int] | None = None,
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`question` with each everyday word the documents lack read as the first of its official
    terms they use (unchanged when none applies), and the words so read, (everyday, official) in
    order. `used(token)`: the documents have this keyword token (search-mode jieba,
    text/tokens.py); `written(word)`: their text has the word as written (a body's short name
    they write is kept, however jieba cuts it)."""
    swaps: dict[tuple[str, str], None] = {}

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        if written and _BODY.search(word) and written(word):
            return word
        term = next((t for t in PLAIN[_KEYS[word.lower()]] if uses(t, used)), word)
        if count and term != word and _FIRST.match(term):  # 第一批 or 首批: one ordinal
            said = [t for t in PLAIN[_KEYS[word.lower()]] if _FIRST.match(t) and uses(t, used)]
            term = max(said, key=lambda t: _passages(t, count))
        if says(word, used) and not (count and term != word and rarer(word, term, count)):
            return word
        if term != word:
            swaps[(word, term)] = None
        return term

    return _PATTERN.sub(swap, question), tuple(swaps)


# a word the documents say is still read as their term when they write the term this many
# times as often (passages): 动工 once in a Traditional report, 开工 in 14 passages
RARER = 4
MIN_TERM = 4  # passages the term stands in, at least


# a first ordinal (第一批, 首批, 头一年): the documents' words for it are one ordinal
_FIRST = re.compile(r"^(?:第一|头一|首)")


def _passages(term: str, count: Callable[[str], int]) -> int:
    """The passages `term` stands in, read by its rarest token of two characters or more."""
    return min((count(t) for t in _tokens(term) if len(t) > 1), default=0)


def rarer(word: str, term: str, count: Callable[[str], int]) -> bool:
    """The documents write `term` in RARER times the passages `word` stands in (and in MIN_TERM
    at least): the everyday word is a stray in them, the question means their term."""
    said = min((count(t) for t in _tokens(word) if len(t) > 1), default=0)
    held = min((count(t) for t in _tokens(term) if len(t) > 1), default=0)
    return held >= MIN_TERM and held >= RARER * max(said, 1)


def says(word: str, used: Callable[[str], bool]) -> bool:
    """The documents say `word` itself: each of its characters stands in a token of two
    characters or more that they use (头五年 is not said by 五年, 卖地 not by 卖 and 地)."""
    return _covered(word, [t for t in _tokens(word) if len(t) > 1 and used(t)])


def uses(term: str, used: Callable[[str], bool]) -> bool:
    """The documents use an official term: each of its characters stands in a token they use,
    one of two characters or more among them (不合格 by 不 and 合格; 发展改革委 not by 发展 and
    改革 alone)."""
    tokens = [t for t in _tokens(term) if used(t)]
    return any(len(t) > 1 for t in tokens) and _covered(term, tokens)


def _covered(term: str, tokens: list[str]) -> bool:
    text = normalise(term)
    covered: set[int] = set()
    for token in tokens:
        start = text.find(token)
        while start >= 0:
            covered.update(range(start, start + len(token)))
            start = text.find(token, start + 1)
    return all(i in covered for i, ch in enumerate(text) if CONTENT.search(ch))


@lru_cache(maxsize=1024)
def _tokens(term: str) -> tuple[str, ...]:
    return tuple(tokenize(term, keep_stopwords=True))


def said_in(word: str, text: str) -> bool:
    """`text` says the question's everyday word in the documents' terms: an everyday word of
    PLAIN (动工, 老板, 宽限) by one of its official terms (开工, 负责人, 延期), and an official term
    the question was read with (头一年 read as 第一年, `read`) by itself or another term of the
    same everyday word (当年), each also with a particle jieba joined to it (派驻在 of 派驻; not
    开工率). A first ordinal is not read so (第一批 for 首批): 「与首批…不同，第二批…」 speaks
    of the other batch. (answering/checking/closeness.py: what a sentence's context covers.)"""
    return any(
        _holds(word, plain) and any(t in text for t in terms) for plain, terms in PLAIN.items()
    ) or any(
        _holds(word, term) and any(t in text for t in {term, *kin})
        for term, kin in _kindred().items()
    )


def _holds(word: str, term: str) -> bool:
    """`word` is `term`, or it with a particle before or after (派驻在, 已动工)."""
    rest = word.replace(term, "", 1) if term in word else None
    return rest is not None and (
        not rest or (len(rest) == 1 and rest in "在了过着的得到给来去已还就")
    )


@lru_cache(maxsize=1)
def _kindred() -> dict[str, frozenset[str]]:
    """Official term -> the everyday words read as it and their other official terms."""
    out: dict[str, set[str]] = {}
    for plain, terms in PLAIN.items():
        for term in terms:
            out.setdefault(term, set()).update({plain, *terms} - {term})
    first = re.compile(r"^(?:第一|头一|首)")  # 第一批, 头一批, 首批: one ordinal, not read so
    return {
        term: frozenset(w for w in words if first.sub("", w) != first.sub("", term))
        for term, words in out.items()
    }

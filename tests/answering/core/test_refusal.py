"""Whether to answer: the refusal model's threshold (0 included), the refusal's language, and
reworded questions answered while off-topic ones are refused."""

from __future__ import annotations

import pytest

from knowledge.answering.core.refusal import (
    REFUSAL,
    confidence,
    names_title,
    refusal,
    threshold,
)
from tests.conftest import make_service

NOTICE = "蓝莓合作社今年收获了三百吨蓝莓，比去年多了两成。社员们把蓝莓卖到了昆明。"

# Fictional documents written for these tests.
BAISHI = {
    "baishi-rules.txt": (
        "白石镇跨境物流园入园管理办法\n2025年3月1日\n"
        "第八条 企业签订入园协议后6个月内须完成工商注册，逾期未注册的，解除入园协议。\n"
        "第九条 入园企业前三年缴纳的地方税收，由引荐企业的乡镇分得一半。\n"
        "第十条 园区不接收危险化学品仓储项目。\n"
    ),
    "baishi-news.txt": (
        "白石镇物流园一年来的变化\n2025年9月20日　来源：白石融媒体\n"
        "园区负责人介绍，过去企业来白石最头疼的是仓库不够用、司机招不到。\n"
        "如今园区建成冷库两座，还开设了驾驶员培训班，已有41家企业入驻。\n"
    ),
}


def test_a_threshold_of_zero_is_kept_not_replaced_by_the_default() -> None:
    assert threshold(None) == 0.5 and threshold(0.0) == 0.0 and threshold(0.8) == 0.8


def test_threshold_zero_answers_what_the_default_refuses(tmp_path) -> None:
    question = "苹果园今年收获了多少吨苹果？"
    strict = make_service(tmp_path / "a", embedding={"provider": "fake"})
    strict.add_text(NOTICE, "蓝莓")
    assert strict.ask(question).abstained
    lenient = make_service(
        tmp_path / "a", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    ans = lenient.ask(question)
    assert not ans.abstained and "蓝莓" in ans.answer and ans.confidence < 0.5


def test_confidence_grows_with_the_evidence() -> None:
    weak = confidence("zh", {"coverage": 0.2, "cov_joined": 0.2, "dense": 0.8, "unseen": 0.5})
    strong = confidence("zh", {"coverage": 1.0, "cov_joined": 1.0, "dense": 0.9, "unseen": 0.0})
    assert 0.0 <= weak < 0.5 < strong <= 1.0
    # a list's items in two sentences: the whole quoted answer holds more than its best sentence
    one = {"coverage": 0.5, "cov_joined": 0.5, "dense": 0.9, "unseen": 0.0}
    assert confidence("zh", one | {"cov_joined": 1.0}) > confidence("zh", one)
    assert confidence("en", {"coverage": 0.9}) > confidence("en", {"coverage": 0.6})


def test_a_question_naming_its_document_s_title_is_surer() -> None:
    # fictional article titles: a bracketed qualifier is no part of the name asked
    assert names_title("紫岩藤的果实是什么颜色？", "紫岩藤 (葡萄科)") == 1.0
    assert names_title("石门渠是哪一年修成的？", "石门渠") == 1.0
    # the title not named whole, a single character, an everyday word: no sign
    assert names_title("紫岩的果实是什么颜色？", "紫岩藤") == 0.0
    assert names_title("藤的果实是什么颜色？", "藤") == 0.0
    assert names_title("上海有多少座桥？", "上海") == 0.0
    weak = {"coverage": 0.4, "cov_joined": 0.4, "dense": 0.88, "unseen": 0.0}
    assert confidence("zh", weak | {"title": 1.0}) > confidence("zh", weak)


def test_a_refusal_speaks_the_question_s_language_and_cites_nothing_it_was_not_given() -> None:
    assert refusal("老挝的首都是哪座城市？", [], {}).answer == REFUSAL["zh"]
    draft = refusal("What is the capital of Laos?", [], {})
    assert draft.answer == REFUSAL["en"] and draft.abstained and draft.citations == []


@pytest.fixture(scope="module")
def baishi(tmp_path_factory):
    """The fictional documents in a store of their own (real e5)."""
    root = tmp_path_factory.mktemp("baishi")
    for name, text in BAISHI.items():
        (root / name).write_text(text, encoding="utf-8")
    svc = make_service(root / "store")
    svc.ingest_paths([root / name for name in BAISHI])
    return svc


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("入园企业头三年的地方税收怎么分？", "一半"),  # the source: 前三年 … 分得一半
        ("签协议后多久内得完成工商注册？", "6个月"),  # 签订入园协议后6个月内须完成
        ("过去企业来白石主要为什么事头疼？", "仓库不够用"),  # 最头疼的是仓库不够用
    ],
)
def test_a_reworded_question_whose_passage_is_right_is_answered(baishi, question, fact) -> None:
    ans = baishi.ask(question)
    assert not ans.abstained and fact in ans.answer and ans.confidence >= 0.5


@pytest.mark.parametrize("question", ["长江的源头在哪里？", "白石镇的年平均气温是多少度？"])
def test_an_off_topic_question_is_still_refused(baishi, question) -> None:
    ans = baishi.ask(question)
    assert ans.abstained and ans.answer == REFUSAL["zh"] and ans.confidence < 0.5


class _Index:
    """A stand-in keyword index: document frequencies, every term weighing 1."""

    def __init__(self, df: dict[str, int]) -> None:
        self.df = df

    def idf(self, term: str) -> float:
        return 1.0


def test_a_word_no_document_uses_counts_less_when_the_answer_holds_half_its_characters() -> None:
    from types import SimpleNamespace

    from knowledge.answering.core.refusal import unseen_share

    # 货车 is in the documents; 过关 (the asker's word for 通关) and 水电费 are in none
    index = _Index({"货车": 3})
    tokens = ["货车", "过关", "水电费"]
    q = "货车过关交不交水电费？"
    result = SimpleNamespace(query=q, tokens=tokens, index=index, scanned=set())
    assert unseen_share(result) == pytest.approx(2 / 3)  # no answer sentence: both count
    said = "高峰时段货车平均通关时间压缩到2小时以内。"
    assert unseen_share(result, said) == pytest.approx(1 / 3)  # 过关 beside 通关: not foreign
    assert unseen_share(result, "标准厂房租金为每月每平方米12元。") == pytest.approx(2 / 3)


def test_the_words_of_asking_are_no_unknown_subject() -> None:
    """「多长时间」 is cut into 时间, 长时间, 多长时间: the last two no document says, and they
    only ask; 时间 stays a search term."""
    from types import SimpleNamespace

    from knowledge.answering.core.refusal import unseen_share

    q = "共建协议签订后多长时间内要备案？"
    tokens = ["共建", "协议", "时间", "长时间", "多长时间", "备案"]
    index = _Index({"共建": 2, "协议": 2, "时间": 3, "备案": 2})
    result = SimpleNamespace(query=q, tokens=tokens, index=index, scanned=set())
    assert unseen_share(result) == 0.0


def test_a_question_opening_with_a_name_the_store_never_uses_is_unnamed() -> None:
    """A question about 瑞丽 on a store of 磨憨 documents opens with a word no document uses, one
    whose characters the chosen document lacks; a name cut with its verb (杨昊现 of 杨昊现效力于)
    whose pair 杨昊 the document holds is no such word, nor an everyday one (昨天), nor 省里."""
    from types import SimpleNamespace

    from knowledge.answering.core.refusal import unnamed

    doc = "磨憨口岸2024年进出口货运量达到512.6万吨，同比增长。"
    q = "瑞丽口岸的进出口货运量是多少？"
    index = _Index({"口岸": 3, "进出口": 3, "货运量": 2})
    result = SimpleNamespace(
        query=q, tokens=["瑞丽", "口岸", "进出口", "货运量"], index=index, scanned=set()
    )
    assert unnamed(result, doc) == 1.0
    assert unnamed(result, doc + "瑞丽") == 0.0  # the document names it
    player = "杨昊，现效力于磨憨足球俱乐部。"
    q2 = "杨昊现效力于哪里？"
    result2 = SimpleNamespace(query=q2, tokens=["杨昊现", "效力"], index=_Index({}), scanned=set())
    assert unnamed(result2, player) == 0.0
    q3 = "昨天口岸的货运量是多少？"
    result3 = SimpleNamespace(
        query=q3, tokens=["昨天", "口岸", "货运量"], index=index, scanned=set()
    )
    assert unnamed(result3, doc) == 0.0
    q4 = "省里要求口岸的货运量达到多少？"
    result4 = SimpleNamespace(
        query=q4, tokens=["省里", "口岸", "货运量"], index=index, scanned=set()
    )
    assert unnamed(result4, doc) == 0.0  # the province's people, said by where


def test_the_asker_s_everyday_nouns_are_no_names() -> None:
    from knowledge.answering.core.refusal import a_name

    assert a_name("瑞丽") and not a_name("厂子") and not a_name("省里") and not a_name("常听")


def test_an_unknown_name_withdraws_only_what_the_model_would_answer() -> None:
    from knowledge.answering.core.refusal import confidence

    sure = {"coverage": 0.6, "cov_joined": 0.6, "dense": 0.9}
    assert confidence("zh", sure) >= 0.5 > confidence("zh", sure | {"unnamed": 1.0})
    weak = {"coverage": 0.3, "cov_joined": 0.3, "dense": 0.85}
    assert confidence("zh", weak) == confidence("zh", weak | {"unnamed": 1.0}) < 0.5


def test_a_noun_among_the_first_two_words_the_store_never_names_is_a_stranger() -> None:
    """瑞丽 (no document uses it, the chosen one never says it) makes the question a stranger to
    the store; the asker's verb (打算) is none, nor a noun the document holds, nor a word the
    store uses elsewhere."""
    from types import SimpleNamespace

    from knowledge.answering.core.refusal import stranger

    doc = "磨憨口岸2024年进出口货运量达到512.6万吨，同比增长。"
    index = _Index({"口岸": 3, "货运量": 2, "磨憨": 3})

    def result(q: str, tokens: list[str], df: _Index = index):
        return SimpleNamespace(query=q, tokens=tokens, index=df, scanned=set())

    assert stranger(result("瑞丽口岸的货运量是多少？", ["瑞丽", "口岸", "货运量"]), doc) == 1.0
    assert stranger(result("口岸瑞丽的货运量是多少？", ["口岸", "瑞丽", "货运量"]), doc) == 1.0
    assert stranger(result("瑞丽口岸的货运量是多少？", ["瑞丽", "口岸"]), doc + "瑞丽") == 0.0
    said_elsewhere = _Index({"口岸": 3, "货运量": 2, "瑞丽": 1})
    q = "瑞丽口岸的货运量是多少？"
    assert stranger(result(q, ["瑞丽", "口岸"], said_elsewhere), doc) == 0.0
    assert stranger(result("口岸打算把货运量提高多少？", ["口岸", "打算", "货运量"]), doc) == 0.0
    third = result("磨憨口岸今年瑞丽的货运量是多少？", ["磨憨", "口岸", "瑞丽", "货运量"])
    assert stranger(third, doc) == 0.0  # only the first two words tell the subject


def test_the_asker_s_own_words_are_no_strangers() -> None:
    """县里 (a place said by where), 版本 and 起码 (common in Chinese at large; 起码 an adverb
    jieba tags a noun) are the asker's words, not a thing the store never names."""
    from types import SimpleNamespace

    from knowledge.answering.core.refusal import stranger

    doc = "市级财政给予飞出地一次性奖励200万元。固定资产投资强度不低于每亩150万元。"
    index = _Index({"奖励": 2, "投资": 3})
    for q, tokens in (
        ("县里拉来大项目，市里奖多少钱？", ["县里", "拉来", "项目"]),
        ("老版本里奖励是多少？", ["版本", "奖励"]),
        ("一亩地起码要投多少钱？", ["一亩", "起码", "投"]),
    ):
        result = SimpleNamespace(query=q, tokens=tokens, index=index, scanned=set())
        assert stranger(result, doc) == 0.0, q

"""The documents' own names for what an asker calls by its kind (text/glossary.py)."""

from __future__ import annotations

from knowledge.text import glossary
from knowledge.text.tokens import pos_tags

_RULE = (
    "第二条 本办法所称磨憨飞地园区，是指由本市各县（市）区、开发（度假）区（以下简称飞出地）在"
    "中国老挝磨憨—磨丁经济合作区（以下简称合作区，即飞入地）内建设的产业园区。"
)
_GLOSSARY = (
    "**飞出地**：指到合作区建设飞地园区的本市县（市）区和开发（度假）区，负责“招商在外”。\n"
    "**飞入地**：指中国老挝磨憨—磨丁经济合作区，负责“落地在磨憨”。\n"
    "**飞地项目**：指由飞出地引进、在合作区注册登记并纳税，并经市级认定的项目。"
)
_COUNTS = {"县区": 6, "开发区": 4, "飞出地": 23, "合作区": 90, "飞入地": 2}


def _read(question: str, terms: dict[str, str]) -> tuple[str, tuple]:
    words = [(t.word, t.flag) for t in pos_tags(question)]
    return glossary.read(words, terms, lambda w: _COUNTS.get(w, 0))


def test_terms_read_the_abbreviated_list_and_the_definitions_genus():
    assert glossary.terms([_RULE]) == {"县区": "飞出地", "开发区": "飞出地"}
    # 飞入地 defines no kind (no 的), 飞地项目's genus is its term's own head
    assert glossary.terms([_GLOSSARY]) == {"县区": "飞出地", "开发区": "飞出地"}
    assert glossary.terms(["《青禾市飞地园区利益分享管理办法》（以下简称《办法》）"]) == {}


def test_the_askers_word_is_read_with_the_documents_term():
    terms = glossary.terms([_RULE])
    assert _read("县区最少得派几个人常驻磨憨？", terms) == (
        "县区（飞出地）最少得派几个人常驻磨憨？",
        (("县区", "飞出地"),),
    )
    assert (
        _read("全市的县区和开发区都签约了吗？", terms)[0]
        == "全市的县区和开发区（飞出地）都签约了吗？"
    )


def test_a_word_naming_one_of_its_kind_or_quoting_the_documents_is_left():
    terms = glossary.terms([_RULE])
    for question in (
        "万象赛色塔综合开发区入驻了多少家中资企业？",  # one development zone, named
        "国家级开发区有几个？",
        "说“现在是县区带着项目来找地”的是谁？",  # the documents' words quoted
        "县区引来的项目，飞出地能分到多大比例？",  # the term named itself
        "7月至9月签约的8个县（市）区和开发区分别是哪些？",  # the documents' own list
    ):
        assert _read(question, terms) == (question, ())


def test_a_word_the_documents_write_more_often_than_the_term_is_kept():
    terms = {"合作区": "飞入地"}
    assert _read("合作区负责什么？", terms) == ("合作区负责什么？", ())


def test_glossed_reads_the_word_and_the_term_beside_it():
    assert glossary.glossed("2024年县区（飞出地）分到多少税收？") == [("县区", "飞出地")]
    assert glossary.glossed("县区和开发区（飞出地）都签约了吗？") == [("开发区", "飞出地")]
    # a short insertion inside a word (the documents' own list) glosses nothing
    assert glossary.glossed("本市县（市）区和开发（度假）区一共有几个？") == []
    assert glossary.glossed("县区都签约了吗？") == []
    # nor a bracket inside a title
    assert glossary.glossed("《青河市飞地园区管理办法（试行）》哪天施行？") == []


def test_may_read_only_when_a_member_ending_stands_in_the_question() -> None:
    terms = {"县区": "飞出地", "开发区": "飞出地"}
    # every word read gives the term is a member's ending of two characters or more
    assert glossary.may_read("县区最少得派几个人？", terms)
    assert glossary.may_read("每个发区都要签吗？", terms)
    assert not glossary.may_read("合作区一共签了多少项目？", terms)  # 区 alone is no ending
    assert not glossary.may_read("县区最少得派几个人？", {})
    for q in ("县区最少得派几个人？", "合作区一共签了多少项目？", "开发区和县区一样吗？"):
        _, found = glossary.read([(t.word, t.flag) for t in pos_tags(q)], terms, lambda w: 9)
        assert not found or glossary.may_read(q, terms)

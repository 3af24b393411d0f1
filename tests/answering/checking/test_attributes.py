"""The attribute a question asks of its subject, and whether the evidence tells it
(attributes.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import attributes
from knowledge.answering.checking.attributes import figure_attribute, future_verb
from tests.conftest import make_service

# Fictional: a county's news on a riverside logistics park
NEWS = (
    "禾川冷库项目落户青溪物流园\n2025年3月6日　来源：青溪日报\n"
    "禾川供应链有限公司昨日与青溪县政府签署投资协议，将在青溪物流园兴建冷库，总投资4.2亿元。\n"
    "根据协议，冷库占地约80亩，设计库容2万吨，计划今年6月动工。\n"
    "园区二号仓库由青溪建工集团施工，建筑面积1.6万平方米。\n"
    "新建的园区职工学校9月开学，首批招收学员420名。\n"
    "一家竹制品企业的负责人林秋生说，审批快了很多，他们计划明年在园区新建一条生产线。\n"
    "园区标准仓库租金为每月每平方米15元。\n"
)
RULES = (
    "青溪物流园管理办法（试行）\n2024年4月1日　来源：青溪县人民政府\n"
    "本办法由县发展改革局负责解释。\n本办法自2024年4月1日起施行，有效期3年。\n"
)


def _service(tmp_path):
    # fake vectors carry no meaning: the refusal model is set aside to test the checks
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = [tmp_path / "news.txt", tmp_path / "rules.txt"]
    for path, text in zip(paths, (NEWS, RULES)):
        path.write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    return svc


@pytest.mark.parametrize(
    "question, words",
    [
        ("禾川供应链有限公司的注册资本是多少？", ["注册资本"]),
        ("职工学校有多少名老师？", ["老师"]),
        ("林秋生的企业新建的生产线要投资多少？", ["投资"]),
        ("冷库的设计库容有多大？", ["设计", "库容"]),
        ("园区一共有几个仓库？", ["仓库"]),
        ("冷库什么时候动工？", []),  # no figure asked
        ("园区一共有多少户经营主体？", ["经营", "主体"]),  # the whole noun, its head last
        ("管理办法能管几年？", []),  # a length of time
        ("冷库多久能建成？", []),
    ],
)
def test_the_attribute_a_figure_question_asks(question: str, words: list[str]) -> None:
    assert figure_attribute(question) == words


def test_the_verb_of_a_future_asked() -> None:
    assert future_verb("试行期满后会不会转为正式办法？") == "转为"
    assert future_verb("试行期满后还能申报吗？") == ""


def test_an_attribute_the_documents_never_give(tmp_path, monkeypatch) -> None:
    """The figure rule, measured and left off by default (attributes.RULES)."""
    monkeypatch.setattr(attributes, "RULES", attributes.RULES | {"new"})
    svc = _service(tmp_path)
    capital = svc.ask("禾川供应链有限公司的注册资本是多少？")
    assert capital.abstained and "注册资本" in capital.answer and "4.2亿元" in capital.answer
    assert capital.citations  # the nearest evidence, cited
    teachers = svc.ask("园区职工学校有多少名老师？")  # 420名 are its 学员
    assert teachers.abstained and "老师" in teachers.answer and "420名" in teachers.answer
    # the attribute told: answered
    total = svc.ask("禾川供应链有限公司的冷库总投资是多少？")
    assert not total.abstained and "4.2亿元" in total.answer
    store = svc.ask("禾川冷库的设计库容有多大？")
    assert not store.abstained and "2万吨" in store.answer
    rent = svc.ask("标准仓库一平米一个月租多少？")  # 月租: the question's own word
    assert not rent.abstained and "15元" in rent.answer


def test_the_figure_rule_is_off_by_default(tmp_path) -> None:
    assert "new" not in attributes.RULES and "known" not in attributes.RULES
    # the total investment told is a sibling attribute's figure: siblings.py says so, not this
    ans = _service(tmp_path).ask("禾川供应链有限公司的注册资本是多少？")
    assert ans.refusal_rule == "shapes:siblings"


def test_a_paraphrased_noun_or_a_length_of_time_is_answered(tmp_path, monkeypatch) -> None:
    """Read right, the figure rule (when on) lets a paraphrase and a duration be answered."""
    monkeypatch.setattr(attributes, "RULES", attributes.RULES | {"new"})
    svc = _service(tmp_path)
    # 培训 is a word no document uses, but the noun it qualifies (学员) is the documents' own
    pupils = svc.ask("园区职工学校首批招收了多少名培训学员？")
    assert not pupils.abstained and "420名" in pupils.answer
    term = svc.ask("青溪物流园管理办法能管几年？")
    assert not term.abstained and "3年" in term.answer


def test_an_organisation_in_another_role(tmp_path) -> None:
    svc = _service(tmp_path)
    # the owner builds (兴建); a builder under contract (承建, a word no document uses) is
    # named nowhere
    builder = svc.ask("禾川冷库由哪家建筑公司承建？")
    assert builder.abstained and "机构" in builder.answer
    told = svc.ask("园区二号仓库由哪家公司施工？")
    assert not told.abstained and "青溪建工集团" in told.answer


def test_a_future_the_documents_do_not_decide(tmp_path) -> None:
    svc = _service(tmp_path)
    later = svc.ask("《青溪物流园管理办法（试行）》试行期满后会不会转为正式办法？")
    assert later.abstained
    assert not svc.ask("青溪物流园管理办法的有效期是几年？").abstained

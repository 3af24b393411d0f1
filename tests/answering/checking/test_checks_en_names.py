"""A name an English question uses that no document has, and an organisation asked for by
its kind that the quoted sentences do not name."""

from __future__ import annotations

from knowledge.answering.checking.checks_en_names import (
    asked_kind,
    beside_organ,
    org_unnamed,
    unknown_name,
)
from tests.conftest import make_service


def test_a_name_the_documents_never_use() -> None:
    df = {"qinghe": 3, "district": 2}
    expansion = {"xishan": [], "district": ["地区"], "projects": ["项目"], "lao": [], "qinghe": []}
    assert unknown_name("How many projects did Xishan District sign?", df, expansion) == "Xishan"
    assert unknown_name("How many projects did Qinghe District sign?", df, expansion) is None
    # the first word, a month, a word the dictionary translates, an acronym: no names
    assert unknown_name("Xishan projects: how many were signed?", df, expansion) is None
    assert unknown_name("How many Lao workers were hired in September?", df, expansion) is None
    assert unknown_name("How many projects did the FAQ list?", df, {"faq": []}) is None


def test_a_place_abroad_the_documents_never_name() -> None:
    # translated whole as a place name (新加坡, jieba's ns) and no document names it: unknown;
    # a translated word that names no place (Tuesday, English) or a place they name is not
    expansion = {"singapore": [], "tuesday": [], "english": [], "laos": ["老挝"]}
    q = "Which district signed a deal with a Singapore logistics company?"
    assert unknown_name(q, {}, expansion) == "Singapore"
    assert unknown_name(q, {"新加坡": 2}, expansion) is None
    assert unknown_name("What did the English release say on Tuesday?", {}, expansion) is None
    assert unknown_name("How much freight came from Laos?", {"老挝": 4}, expansion) is None


def test_an_organisation_asked_by_its_kind_must_be_named() -> None:
    q = "Which company is building the coffee plant in Qinghe park?"
    assert org_unnamed(q, ["签约现场，3个项目同步签约，分别是冷链物流中心和咖啡精深加工厂。"])
    assert org_unnamed(q, ["它们负责找项目、引企业，项目落在合作区。"])
    assert not org_unnamed(q, ["咖啡厂由青河滇味食品有限公司投资建设。"])
    assert not org_unnamed(q, ["The plant is built by Qinghe Coffee Co., Ltd."])
    assert not org_unnamed("How big is the coffee plant?", ["咖啡厂占地50亩。"])


def test_an_english_question_about_a_district_no_document_names_is_not_answered(tmp_path):
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    svc.add_text("截至2025年6月底，青河区在园区累计签约项目41个，总投资156亿元。", "青河园区进展")
    other = svc.ask("How many projects did Xishan District sign in the park?")
    assert other.abstained and other.answer.startswith("The documents give nothing for Xishan")


def test_a_government_body_asked_by_its_kind_is_named_by_how_its_name_ends() -> None:
    q = "Which bureau reviews the applications?"
    assert asked_kind(q) == "bureau"
    assert not org_unnamed(q, ["青河区投资促进局会同税务部门完成审查。"])
    assert not org_unnamed(q, ["The Qinghe Investment Promotion Bureau reviews them."])
    assert org_unnamed(q, ["符合园区产业布局，由管委会审查。"])  # 布局 is a layout
    assert not org_unnamed(q, ["Ask the Investment Promotion Bureau."])
    # the body the question names itself is no answer
    assert org_unnamed(
        "Which bureau does the Investment Promotion Bureau report to?",
        ["Ask the Investment Promotion Bureau."],
    )


def test_what_stands_beside_a_body_is_read_without_its_name() -> None:
    said = '"Investors gain," said the Deputy Director of the Qinghe Zone\'s Investment Promotion Bureau.'
    assert "zone" not in beside_organ("bureau", said)
    assert "investors gain" in beside_organ("bureau", said)
    assert beside_organ("bureau", "联系人：青河区投资促进局 岩香").startswith("联系人")

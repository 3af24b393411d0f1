"""Who holds an office (the passage that writes the office, then a name) and what office a
named person holds; an office no passage names a holder of is refused, not answered with a
sentence about the organisation (fixtures: tests/data/masthead, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.kinds.role_holders import _forms, _holder, asked_person, asked_role
from tests.conftest import ROOT, make_service


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("roles"))  # real e5
    service.ingest_paths([ROOT / "tests" / "data" / "masthead"])
    return service


@pytest.mark.parametrize(
    ("question", "role", "person"),
    [
        ("冷链园投资服务中心主任是谁？", "冷链园投资服务中心主任", None),
        ("市商务局的副局长叫什么名字？", "市商务局副局长", None),
        ("谁是园区管委会副主任？", "园区管委会副主任", None),
        ("韦宁是什么职务？", None, "韦宁"),
        ("严松是哪个单位的？", None, "严松"),
        ("冷链园签约了多少个项目？", None, None),
    ],
)
def test_what_is_asked(question: str, role: str | None, person: str | None) -> None:
    assert asked_role(question) == role
    assert asked_person(question) == person


def test_the_holder_is_the_name_after_the_office(svc) -> None:
    ans = svc.ask("冷链园投资服务中心主任是谁？")
    assert "严松" in ans.answer and not ans.abstained
    ans = svc.ask("市商务局副局长叫什么名字？")
    assert "贺兰舟" in ans.answer and not ans.abstained


def test_a_deputy_is_not_the_head(svc) -> None:
    ans = svc.ask("青禾冷链物流园管委会主任是谁？")  # only its 副主任 is named
    assert ans.abstained and "韦宁" not in ans.answer


def test_an_office_nobody_is_named_for_is_refused(svc) -> None:
    ans = svc.ask("市商务局局长是谁？")
    assert ans.abstained and ans.answer.startswith("文档中没有提到所问的人。")  # says what is missing
    assert ans.citations  # the closest passages, for the reader to judge


def test_a_persons_office(svc) -> None:
    ans = svc.ask("贺兰舟是什么职务？")
    assert "市商务局副局长贺兰舟" in ans.answer and not ans.abstained


def test_a_firms_office_is_found_after_the_head_of_its_name() -> None:
    # 「柳溪冷链物流有限公司董事长」 is written 「柳溪冷链董事长」 after the first mention
    forms = _forms("柳溪冷链物流有限公司董事长")
    assert "柳溪冷链董事长" in forms and "柳溪董事长" in forms
    assert forms.index("柳溪冷链物流有限公司董事长") < forms.index("柳溪冷链董事长")
    assert _forms("市商务局副局长") == ["市商务局副局长", "商务局副局长", "务局副局长"]  # as before


def test_a_verb_of_saying_after_the_office_is_no_holder() -> None:
    told = "物流园管委会有关负责人坦言，部分项目开工偏慢。"
    assert _holder("管委会有关负责人", told, told) is None
    named = "物流园管委会主任严松坦言，部分项目开工偏慢。"
    assert _holder("管委会主任", named, named) is not None

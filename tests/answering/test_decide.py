"""Answer, abstain with the nearest evidence, or refuse: the evidence decides."""

from __future__ import annotations

from tests.conftest import make_service

REPORT = (
    "青河园区上半年交出成绩单\n2025年7月10日　来源：青河日报\n"
    "截至2025年6月底，青河园区累计签约项目41个，上半年新签约9个。\n"
    "2025年上半年，园区实现地方留成税收3150万元。\n"
    "其中，经铁路运输的货物占比进一步提高。\n"
    "园区管委会表示，下半年将继续优化营商环境。\n"
    "人才公寓一期300套已经交付使用。\n"
)


def _service(tmp_path):
    # fake vectors carry no meaning: the refusal model is set aside to test the checks
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    path = tmp_path / "h1.txt"
    path.write_text(REPORT, encoding="utf-8")
    svc.ingest_paths([path])
    return svc


def test_the_evidence_decides_to_answer_or_to_abstain_with_the_nearest(tmp_path) -> None:
    svc = _service(tmp_path)
    answered = svc.ask("2025年上半年园区实现地方留成税收多少？")
    assert not answered.abstained and "3150万元" in answered.answer
    # a person asked for, and the best sentence names nobody
    who = svc.ask("青河园区管委会的负责人是谁？")
    assert who.abstained and who.answer.startswith("文档中没有提到所问的人；最接近的是：")
    assert who.citations and "[1]" in who.answer
    # a share asked for, and the sentence only says it rose
    share = svc.ask("经铁路运输的货物占比是多少？")
    assert share.abstained and share.answer.startswith("文档中没有所问的比例数字")
    # a target figure asked for, and only the actual one is there
    target = svc.ask("2025年园区地方留成税收的全年目标是多少？")
    assert target.abstained and target.answer.startswith("文档中没有所问的目标数字")
    assert "3150万元" in target.answer  # the nearest evidence is still shown, cited
    # an ordinal the passage never mentions
    second = svc.ask("人才公寓二期有多少套？")
    assert second.abstained and second.answer.startswith("文档中没有二期的数据；最接近的是：")

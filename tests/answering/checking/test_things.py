"""things.py: which thing a figure is of — the batch, phase, place or park the question names."""

from __future__ import annotations

from knowledge.answering.checking import siblings
from knowledge.answering.checking.things import other, parks, places
from knowledge.text.normalise import normalise
from tests.conftest import report_service


def test_named_places_and_parks() -> None:
    assert places("青溪区的项目分到了多少税收") == {"青溪区"}
    assert places("柳塘村一个村接待了多少游客") == {"柳塘村"}
    # generic areas, words ending in a level word, a year before a count of districts
    assert not places("合作区、园区和各县区的村民")
    assert not places("2024年五区一市投入的资金")
    assert parks("青溪—河口飞地产业园里开工了几个项目") == {"飞地"}
    assert not parks("截至2024年9月底产业园签了多少项目")  # 月底 names no park


def test_a_figure_of_another_batch_phase_place_or_park_is_of_another_thing() -> None:
    q = normalise
    assert other(q("第二批的商贸项目有几个？"), "首批项目中，商贸类9个")
    assert not other(q("首批的商贸项目有几个？"), "首批项目中，商贸类9个")
    assert other(q("厂房二期有多大面积？"), "启动了首期标准厂房建设，在建面积8万平方米")
    assert other(q("首批项目协议投资多少？"), "累计签约项目38个、协议投资301亿元")  # a whole
    assert other(q("柳塘村接待了多少游客？"), "1—11月，开发区接待游客80万人次\n全市")
    assert other(q("柳塘村接待了多少游客？"), "园区接待游客80万人次，青溪区占一半")
    assert not other(q("柳塘村接待了多少游客？"), "接待游客8万人次", "柳塘村发展乡村旅游")
    assert other(q("青溪—河口飞地产业园开工了几个项目？"), "河口沿边产业园已开工项目11个")
    # the park asked named later in the sentence: the figure is of it
    assert not other(
        q("青溪—河口飞地产业园占地多少亩？"),
        "青溪区将在河口沿边产业园内规划约300亩土地",
        "青溪区将在河口沿边产业园内规划约300亩土地，建设青溪—河口飞地产业园",
    )


# fictional report
REPORT = (
    "河口合作区年终通报\n2025年1月9日　来源：河口合作区管委会\n"
    "全年合作区接待游客80万人次，旅游收入9亿元。\n"
    "截至12月底，河口飞地园区累计签约项目38个、协议投资301亿元，已开工项目16个。\n"
    "12月20日，首批23个飞地项目认定结果公示期满。\n"
)


def test_every_figure_of_another_thing_is_no_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    for q in ("柳塘村一个村接待了多少游客？", "首批飞地项目协议投资一共多少亿元？"):
        assert siblings.missing(q, svc.evidence(q)) == "number", q
        assert svc.ask(q).abstained, q
    ans = svc.ask("2024年合作区接待了多少游客？")
    assert not ans.abstained and "80万" in ans.answer

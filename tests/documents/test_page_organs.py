"""Who speaks for a page that names no issuer: its 「来源：」 line (cut before a label run on with
it), a 答记者问's 负责人 organ in the title. The texts are our own."""

from __future__ import annotations

from knowledge.documents import gongwen_fields as gw
from knowledge.documents import page_organs
from knowledge.documents.structure import parse


def fields(text: str) -> dict[str, str]:
    return {f.name: f.value for f in parse(text).fields}


def test_a_source_run_on_with_the_next_label_is_cut_before_it() -> None:
    text = (
        "一图读懂新版补贴细则\n来源：沅澄市财政局发布时间：2025-06-25\n一、钱由谁出？市级全额负担。"
    )
    lines = gw.lines_of(text)
    assert page_organs.source_organ(lines).value == "沅澄市财政局"


def test_the_organ_whose_head_answers_in_a_press_q_and_a_title() -> None:
    text = "沅澄市民政局负责人就《沅澄市老年助餐办法》答记者问\n来源：沅澄日报\n问：有什么变化？\n答：补贴提高。"
    assert fields(text)["issuer"] == "沅澄市民政局"


def test_the_head_of_a_bureau_answers_though_the_source_is_the_district_site() -> None:
    """「区农业农村局负责人」 answers; 「来源：沂滨市澜坪区人民政府」 only carried the page, and tells
    the district the bureau belongs to."""
    text = (
        "区农业农村局负责人就《澜坪区污水站点考核细则》答记者问\n2025 08/06　来源：沂滨市澜坪区人民政府\n"
        "问：考核哪些内容？\n答：运行率和达标率。"
    )
    assert fields(text)["issuer"] == "沂滨市澜坪区农业农村局"


def test_a_source_naming_the_answering_organ_in_full_is_kept() -> None:
    text = (
        "区农业农村局负责人就《澜坪区污水站点考核细则》答记者问\n来源：沂滨市澜坪区农业农村局\n"
        "问：考核哪些内容？\n答：运行率和达标率。"
    )
    assert fields(text)["issuer"] == "沂滨市澜坪区农业农村局"

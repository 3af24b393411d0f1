"""An English question's figure must be in the unit asked and not of a modifier's opposite:
the rural income does not answer "urban", a share or a count of flats not "in yuan"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.checks_en import focus, lacking
from knowledge.answering.checking.checks_en_strict import fits, stages_asked, strict, units_asked
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("What is the monthly rent for a flat in yuan?", ["money"]),
        ("How many tonnes of tea left the port?", ["tonnes"]),
        ("How many people work in the park?", ["people"]),
        ("How much land was supplied, in square metres?", ["area"]),
        ("How much freight passed the port?", []),
        ("How many mu of land did the zone supply?", ["area"]),
        ("How many kilograms of tea were sold?", ["tonnes"]),
    ],
)
def test_the_unit_an_english_question_asks_in(question, units) -> None:
    assert units_asked(question) == units


def test_a_figure_in_another_unit_is_not_the_one_asked() -> None:
    q = "What is the monthly rent for a staff flat in yuan?"
    assert not fits(q, "员工公寓租金按同地段市场价的40%收取。")
    assert not fits(q, "员工公寓一期200套已交付。")
    assert fits(q, "员工公寓租金为每月每套800元。")
    assert fits(q, "the rent is rmb 800 a month.")
    people = "How many people did the fair draw?"
    assert fits(people, "展会吸引客商1200余人。")
    assert not fits(people, "展会签约金额12亿元。")


def test_a_modifier_contradicted_or_lacking_is_not_the_thing_asked() -> None:
    urban = "What was the per-capita income of urban residents in Qinghe in 2024?"
    assert not fits(urban, "青河农村居民人均可支配收入达到1.6万元。")
    assert fits(urban, "青河城镇居民人均可支配收入达到4.1万元。")
    assert not fits("How much did the provincial fund give?", "市级专项资金1亿元。")
    assert not fits("How many foreign firms registered?", "全年新增注册企业900户。")
    new = "How many new firms registered in 2024?"
    assert fits(new, "全年新增注册企业900户。")
    assert not fits(new, "累计注册企业5200户。")
    # a per-unit figure asked needs a per in the sentence
    per = "What is the rent per square metre?"
    assert fits(per, "厂房租金为每月每平方米10元。")
    assert not fits(per, "厂房年租金总额300万元。")
    assert not strict("How much freight passed the port in 2024?")


def test_how_much_did_the_subject_is_the_thing_asked() -> None:
    assert focus("How much was the county's special fund?") == [("fund", ["special"], [])]
    assert focus("How much is the deposit for a flat?") == [("deposit", [], [])]


_DF = {"收入": 4, "居民": 5, "农村": 2, "城镇": 1, "人均": 3, "公寓": 3, "租金": 2}


def _ev(*texts: str, df: dict[str, int] = _DF) -> SimpleNamespace:
    return evidence(*texts, df=df)


def test_the_evidence_lacks_the_figure_asked_when_only_a_near_twin_is_quoted() -> None:
    urban = "What was the per-capita disposable income of urban residents in Qinghe in 2024?"
    rural = "青河2024年农村居民人均可支配收入达到1.6万元，增长7%。"
    assert lacking(urban, _ev(rural)) == "number"
    # asked with the measure before its verb: the same twin is no answer
    worded = "What disposable income per head did urban residents of Qinghe reach in 2024?"
    assert lacking(worded, _ev(rural)) == "number"
    rent = "What is the monthly rent for a talent flat in yuan?"
    assert lacking(rent, _ev("人才公寓租金按同地段市场价的50%收取。")) == "number"


def test_a_unit_named_in_english_is_read_from_the_measure_word_table() -> None:
    mu = "How many mu of land did the zone supply in 2024?"
    assert fits(mu, "合作区供应建设用地620亩。")
    assert not fits(mu, "合作区建成标准厂房300套。")
    tonnes = "How many tonnes of cold storage will the base have?"
    assert fits(tonnes, "设冷库库容3.5万吨。")
    assert not fits(tonnes, "总投资6.8亿元。")


def test_a_modifier_opening_a_hyphenated_compound_is_no_modifier() -> None:
    q = "How many new-energy projects were in the second batch?"
    assert not strict(q)  # "new-energy" asks no new (新增) ones
    assert fits(q, "第二批中新能源项目共有6个。")
    assert not fits("How many new projects were signed?", "累计签约项目51个。")


def test_new_energy_written_open_is_a_compound_not_a_modifier() -> None:
    q = "How many of the second batch projects were in new energy?"
    assert not strict(q)  # 新能源, as "new-energy": no new (新增) ones asked
    assert fits(q, "至此已认定园区项目累计达到38个。")


def _ev_in(*texts: str) -> SimpleNamespace:
    return _ev(*texts, df={"项目": 9, "能源": 2, "新能源": 1, "批": 3})


def test_a_hyphenated_kind_of_the_thing_counted_must_be_where_the_figure_is() -> None:
    q = "How many new-energy projects were in the first batch?"
    first = "首批项目中，商贸物流类9个、进出口加工类8个、农产品精深加工类6个。"
    assert lacking(q, _ev_in(first)) == "number"
    second = "第二批中新能源和生物医药项目明显增多，共有6个。"
    assert lacking(q.replace("first", "second"), _ev_in(second)) is None


def test_a_count_of_another_stage_is_not_the_count_asked() -> None:
    q = "How many enclave projects were in production by the end of September 2025?"
    assert stages_asked(q) == {"run"}
    assert not fits(q, "截至2025年9月底，青河园区累计签约项目32个、协议投资236.5亿元；")
    assert not fits(q, "其中已开工项目11个。")
    assert fits(q, "已开工项目27个，建成投产12个。")
    assert not fits(q, "园区投产后能分到六成的地方税收。")  # no count at all
    # an English sentence: a count of signed projects, or no count
    assert not fits(q, "as of the end of march 2025, the park had signed 46 projects.")
    assert not fits(q, "in the first quarter of 2025, freight reached 2.41 million tonnes.")
    # a stage word that does not qualify a count of projects or firms asks no stage
    assert stages_asked("How many local jobs did the producing enclave projects create?") == set()
    assert stages_asked("How many projects has the park signed?") == {"sign"}
    assert fits("How many projects has the park signed?", "累计签约项目51个。")


def test_a_day_s_figure_asked_is_not_told_by_a_period_s_total() -> None:
    q = "How many tonnes of freight did the port handle on an average day in 2025?"
    assert strict(q)
    assert not fits(q, "2025年上半年，口岸进出口货运量502.7万吨，同比增长21.6%。")
    assert fits(q, "2025年上半年，口岸日均进出口货运量2.8万吨。")
    assert not fits("How many trucks cross the port each day?", "全年通行货车42万辆次。")
    assert fits("How many tonnes did the port handle each year?", "全年货运量871.9万吨。")

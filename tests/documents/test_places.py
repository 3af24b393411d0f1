"""An organ named by its level alone (「市财政局」, 「区民政局」) takes its place from the site's
name, else from the text's 《title》 or a line it opens; names that already carry a place, and
words that only start like a level (市场…), are left as they are. The texts are our own."""

from __future__ import annotations

from knowledge.documents.places import city_of, county_of, pasted_site, qualified, with_city


def test_a_city_bureau_takes_the_site_s_city() -> None:
    assert qualified("市财政局", "一图读懂新版补贴细则", "岚溪市人民政府") == "岚溪市财政局"


def test_a_district_bureau_takes_the_site_s_city_and_district() -> None:
    assert qualified("区民政局", "政策问答", "岚溪市石埠区人民政府") == "岚溪市石埠区民政局"


def test_the_city_from_a_title_in_the_text_when_no_site() -> None:
    text = "市民政局负责人就《岚溪市社区老年助餐服务管理办法》答记者问\n近日，……"
    assert qualified("市民政局", text) == "岚溪市民政局"


def test_a_district_named_alone_in_the_text_joins_the_city() -> None:
    text = "石埠区农村老年助餐点建设政策问答\n按照《岚溪市社区老年助餐服务管理办法》……"
    assert county_of(None, text) == "岚溪市石埠区"
    assert qualified("区民政局", text) == "岚溪市石埠区民政局"


def test_names_with_their_place_or_no_level_stay() -> None:
    site = "岚溪市人民政府"
    assert qualified("岚溪市财政局", "", site) == "岚溪市财政局"
    assert qualified("市场监督管理局", "", site) == "市场监督管理局"
    assert qualified("市财政局", "没有地名的文字") == "市财政局"
    assert qualified("市财政局、市民政局", "", site) == "岚溪市财政局、岚溪市民政局"


def test_words_that_end_in_a_level_are_no_place() -> None:
    assert city_of(None, "全市共建成助餐点186个\n本市户籍老年人") is None
    assert county_of(None, "《岚溪市社区老年助餐服务管理办法》\n社区助餐点") is None


def test_a_pasted_page_s_site_name_over_its_navigation_bar() -> None:
    text = "溧泉市青岙区人民政府\n首页 | 政务公开 | 政策解读\n【政策解读】一图看懂补助政策\n"
    assert pasted_site(text) == "溧泉市青岙区人民政府"
    assert pasted_site("溧泉市青岙区人民政府\n关于开展评选活动的通知\n") is None


def test_a_district_s_organ_named_without_its_city_takes_the_city() -> None:
    text = "图解《石埠区店招标牌设置管理实施细则》\n桐湾市石埠区人民政府办公室主办"
    assert with_city("石埠区城市管理局", text, None) == "桐湾市石埠区城市管理局"
    site = "桐湾市石埠区人民政府"
    assert with_city("石埠区城市管理局", "政策解读", site) == "桐湾市石埠区城市管理局"
    assert with_city("石埠区城市管理局", "政策解读", None) == "石埠区城市管理局"  # no city
    assert with_city("石埠区城市管理局", "", "桐湾市人民政府") == "石埠区城市管理局"
    assert qualified("石埠区城市管理局", text) == "石埠区城市管理局"  # a 落款 keeps its name
    county = "桐川县市场监督管理局关于印发《桐川县个体工商户帮扶资金管理办法》的通知"
    assert with_city("桐川县市场监督管理局", county, None) == "桐川县市场监督管理局"

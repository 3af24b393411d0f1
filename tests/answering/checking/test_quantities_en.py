"""An English figure question asking a quantity (tonnes, money, area) told by the measure word
after a quoted Chinese number, in a clause naming what the quantity is of."""

from __future__ import annotations

from knowledge.answering.checking.quantities_en import measure_words, told

# every word these tests ask counts as used by the corpus
DF = {w: 1 for w in "imports import freight cold storage roads village villages districts".split()}
DF.update({t: 1 for t in "进口 货运 冷藏 道路 村 地区 区 城市 市 公司 投资 总 香港".split()})
HK = {"hong": ["香港"], "kong": ["香港"]}


def test_the_measure_words_of_a_quantity_named_in_english() -> None:
    assert measure_words("tonnes") == ["吨"]
    assert measure_words("mu") == ["亩"]
    assert "元" in measure_words("money") and "亩" in measure_words("area")
    assert measure_words("units") == [] and measure_words("workers") == []


def test_a_quantity_told_in_a_clause_naming_what_it_is_of() -> None:
    q = "How many tonnes of imports passed through the port in 2024?"
    assert told("tonnes", [], ["imports"], q, "2024年，口岸进口水果12.5万吨，同比增长8%", "", DF)
    # import-and-export freight is no figure of imports (进出口 glosses "import export")
    assert not told("tonnes", [], ["imports"], q, "2024年，口岸进出口货运量达到871.9万吨", "", DF)
    # nor a figure in another measure word, or in a clause of its own
    assert not told("tonnes", [], ["imports"], q, "口岸进口额12.5亿元", "", DF)
    assert not told("tonnes", [], ["imports"], q, "设冷库库容3.5万吨，主要处理进口水果", "", DF)


def test_without_a_focus_word_every_word_of_the_question_is_around_the_figure() -> None:
    q = "How much money did the districts spend on village roads?"
    said = "各区今年共投入帮扶资金6800万元，其中六成以上用于产业项目"
    assert not told("money", [], [], q, said, "", DF)  # no roads
    q = "How much money is the Hong Kong company investing in total?"
    before = "香港供应链企业港滇通公司昨日签署投资协议"
    assert told("money", [], [], q, "将兴建物流基地，总投资6.8亿元人民币", before, DF, HK)
    assert not told("money", [], [], q, "将兴建物流基地，总投资6.8亿元人民币", "", DF, HK)


def test_a_head_naming_no_quantity_is_left_to_the_focus_check() -> None:
    q = "How many workers did the base hire?"
    assert not told("workers", [], [], q, "基地招聘工人300名", "", DF)


def test_a_name_found_character_by_character_is_held_as_the_characters_joined() -> None:
    q = "How many tonnes went through Mohan Port in 2024?"
    said = "2024年，磨憨口岸进出口货运量达到871.9万吨"
    df = {"mohan": 1, "port": 1, "口岸": 1}
    assert told("tonnes", [], [], q, said, "", df, {"mohan": ["磨", "憨"]})
    assert not told(
        "tonnes", [], [], q, said.replace("磨憨", "勐腊"), "", df, {"mohan": ["磨", "憨"]}
    )


def test_a_term_inside_a_longer_word_opening_before_it_is_not_held() -> None:
    df = {"exports": 1, "出口": 1}
    q = "How many tonnes of exports passed through the port in 2024?"
    assert not told("tonnes", [], ["exports"], q, "2024年，口岸进出口货运量达到871.9万吨", "", df)
    assert told("tonnes", [], ["exports"], q, "2024年，口岸出口水果12万吨", "", df)


def test_a_compound_the_dictionary_lacks_holds_a_word_by_its_terms_characters() -> None:
    q = "How many tonnes of cold storage will the base have?"
    said = "基地占地约120亩，设冷库库容3.5万吨，主要处理进口水果"
    assert told("tonnes", [], ["cold", "storage"], q, said, "", DF)  # 冷库: 冷藏, 库藏
    q = "How many tonnes of freight went through the port in 2024?"
    assert told("tonnes", [], ["freight"], q, "2024年，口岸进出口货运量达到871.9万吨", "", DF)
    # the figure in another measure word of the same clause is not the tonnes
    assert not told("tonnes", [], ["freight"], q, "2024年，口岸货运量增长38.8%", "", DF)

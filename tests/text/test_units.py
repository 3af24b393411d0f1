"""The measure-word table the answer checks build their unit patterns from."""

import re

from knowledge.text import units


def test_every_word_has_one_class():
    seen = [u for us in units.CLASSES.values() for u in us]
    assert len(seen) == len(set(seen))
    assert units.class_of_unit("栋") == "count"
    assert units.class_of_unit("平米") == "area"
    assert units.class_of_unit("度") is None  # 「一度」 is "once"


def test_alternation_tries_longer_words_first():
    rx = re.compile(f"(?:{units.alternation('people', 'count')})")
    assert rx.match("人次").group() == "人次"
    assert rx.match("辆次").group() == "辆次"


def test_alternation_leaves_out_and_adds():
    words = units.words("count", also=("类",), without=("个", "项"))
    assert "类" in words and "个" not in words and "项" not in words and "栋" in words
    assert units.words("money")[0] in {"美元", "港元", "港币", "欧元"}  # two characters first


def test_english_unit_names_reach_the_same_measure_words():
    assert units.english("Tonnes") == ("吨",)
    assert units.english("mu") == ("亩",)
    assert units.english("yuan") == ("元",)
    assert units.english("projects") == ()
    # each English name stands for measure words of one class in the table
    for said in units.ENGLISH.values():
        assert len({units.class_of_unit(u) for u in said}) == 1


def test_same_maps_each_word_to_its_group():
    same = units.same()
    assert same["名"] == same["人"] == same["位"] == "名|人|位"
    assert re.fullmatch(f"(?:{same['幢']})", "座")
    assert "家" not in same  # firms and households are not one measure unless a check says so
    assert units.same(units.SAME + (("家", "户"),))["户"] == "家|户"


def test_a_count_asked_in_jia_is_told_in_hu_but_not_the_other_way():
    assert re.fullmatch(f"(?:{units.told_by('家')})", "户")
    assert not re.fullmatch(f"(?:{units.told_by('户')})", "家")  # 3家银行 counts no households
    assert units.told_by("名") == "名|人|位" and units.told_by("吨") == "吨"
    assert not re.fullmatch(f"(?:{units.told_by('家')})", "个")  # 个 counts anything

"""A compound CC-CEDICT lacks read through the characters of an English word's terms
(text/morphemes.py)."""

from __future__ import annotations

from knowledge.text.morphemes import MAX_SENSE_CHARS, held, unlisted

# Fictional sentences: a county's cold store and its assistance money
COLD = "新区设冷库库容2万吨。"
HELP = "该县今年投入帮扶资金900万元。"
STORAGE = ["储存", "存储", "库藏", "冷藏"]
ASSISTANCE = ["帮助", "援助", "扶贫", "协助"]
COLD_TERMS = ["冷淡", "寒冷", "冷天"]


def test_the_compounds_the_dictionary_lacks() -> None:
    assert {"冷库", "库容"} <= set(unlisted(COLD))
    assert "帮扶" in unlisted(HELP)
    assert "资金" not in unlisted(HELP)  # listed: read by its own glosses
    assert unlisted("打开格局") == ()


def test_a_compound_made_of_the_terms_characters_holds_the_word() -> None:
    assert held(STORAGE, COLD)  # 冷 of 冷藏, 库 of 库藏
    assert held(ASSISTANCE, HELP)  # 帮 of 帮助, 扶 of 扶贫
    assert not held(COLD_TERMS, COLD)  # 库 is in no term of cold
    assert not held(STORAGE, HELP)
    assert not held([], COLD)


def test_a_word_of_many_senses_is_not_read_by_its_characters() -> None:
    pairs = zip("甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "午未申酉戌亥天地人和风雨雷电山")
    many = STORAGE + [a + b for a, b in pairs]
    assert len(set("".join(many))) > MAX_SENSE_CHARS
    assert not held(many, COLD)

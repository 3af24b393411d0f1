from knowledge.text.doc_numbers import BRACKETED_NUMBER, DOC_NUMBER


def test_a_number_in_any_of_the_usual_brackets_is_read_with_its_parts():
    for written in (
        "青政办〔2024〕12号",
        "青政办[2024]12号",
        "青政办［2024］第12号",
        "青政办【2024】12号",
    ):
        m = DOC_NUMBER.fullmatch(written)
        assert m is not None and (m["org"], m["year"], m["no"]) == ("青政办", "2024", "12")


def test_spaces_that_ocr_or_a_typed_page_puts_in_are_allowed():
    assert DOC_NUMBER.fullmatch("澄财建 〔 2025 〕 56 号")


def test_a_decree_number_is_a_doc_number_but_not_a_bracketed_one():
    m = DOC_NUMBER.fullmatch("岚溪市人民政府令第十二号")
    assert m is not None and (m["decree"], m["dno"]) == ("岚溪市人民政府令", "十二")
    assert BRACKETED_NUMBER.search("岚溪市人民政府令第12号") is None


def test_in_running_text_the_number_starts_after_the_organ_name_and_its_space():
    line = "榆川市财政局\u3000榆财建〔2025〕21号"
    assert [m[0] for m in BRACKETED_NUMBER.finditer(line)] == ["榆财建〔2025〕21号"]

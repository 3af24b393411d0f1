from knowledge.documents import repeals


def _clauses(body: str) -> list[str]:
    return [body[a:b] for a, b in repeals.spans(body)]


def test_a_repeal_by_title_starts_at_its_yuan() -> None:
    body = "本办法自2025年3月1日起施行，原《青禾市园区共建暂行办法》同时废止。"
    assert _clauses(body) == ["原《青禾市园区共建暂行办法》同时废止"]
    assert repeals.repealed_titles(_clauses(body)[0]) == ["青禾市园区共建暂行办法"]


def test_a_decision_names_what_it_repeals_after_the_verb() -> None:
    body = "市政府决定废止《甲办法》（市政府令第12号）、《乙规定》。"
    assert _clauses(body) == ["废止《甲办法》（市政府令第12号）、《乙规定》"]


def test_a_repeal_by_number_alone() -> None:
    body = "本规定自2025年5月1日起施行，桐城管规〔2019〕2号文件同时废止。"
    assert _clauses(body) == ["桐城管规〔2019〕2号文件同时废止"]


def test_a_lapse_naming_nothing_is_no_repeal() -> None:
    assert repeals.spans("逾期未申报的，资格自动失效。") == []

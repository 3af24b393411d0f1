"""Sentence splitting: exact spans, decimals and closing quotes kept, line breaks end sentences."""

from knowledge.text.sentences import split_sentences


def test_split_keeps_decimals_and_closing_quotes():
    text = "投资103.7亿元。他说：“好！”然后走了. Next one? 最后"
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["投资103.7亿元。", "他说：“好！”", "然后走了.", "Next one?", "最后"]


def test_line_breaks_end_sentences():
    text = "标题\n\n第一段没有句号\n第二段。"
    assert [text[s:e] for s, e in split_sentences(text)] == ["标题", "第一段没有句号", "第二段。"]


def test_a_clause_after_a_semicolon_continues_the_head_of_its_sentence() -> None:
    from knowledge.text.sentences import clause_head

    text = "园区概况。截至6月底，签约项目40个；已投产7个。\n（一）已注册；\n（二）已纳税。"
    assert clause_head(text, text.index("已投产")) == "截至6月底，签约项目40个；"
    assert clause_head(text, text.index("截至")) == ""  # a sentence's own start
    assert clause_head(text, text.index("（二）")) == ""  # an item on its own line


def test_an_answer_sentence_runs_on_through_an_open_quote_bracket_or_initial() -> None:
    from knowledge.text.sentences import answer_spans

    text = (
        "主任在会上说：“项目要快。落地要稳。”随后散会。\n"
        "《春城晚报！周末版》刊登了这篇报道。\n"
        "图纸由建筑师J. Smith绘制。次日开工。\n"
        "联系人王五（电话：123。周末不接听）在岗。\n"
        "《早安！青川》节目中首次播出。合作方为St. Mary医院。"
    )
    parts = [text[s:e] for s, e in answer_spans(text, 240)]
    assert parts == [
        "主任在会上说：“项目要快。落地要稳。”",
        "随后散会。",
        "《春城晚报！周末版》刊登了这篇报道。",
        "图纸由建筑师J. Smith绘制。",
        "次日开工。",
        "联系人王五（电话：123。周末不接听）在岗。",
        "《早安！青川》节目中首次播出。",
        "合作方为St. Mary医院。",
    ]
    short = [text[s:e] for s, e in answer_spans(text, 8)]
    assert "“项目要快。" in short  # joined it would pass max_chars: the cut stays


def test_answer_spans_are_remembered_while_asking_and_handed_out_fresh() -> None:
    """A passage split again in the same ask gets the same spans, as a list of its own; the
    sentence pass at ingest (no ask) splits without remembering."""
    from knowledge.text import sentences
    from knowledge.text.memo import asking
    from knowledge.text.sentences import answer_spans

    text = "第一句。第二句很长，很长；第三句。"
    sentences._remembered_spans.cache_clear()
    assert answer_spans(text, 240) == [(0, 4), (4, 13), (13, 17)]
    assert sentences._remembered_spans.cache_info().currsize == 0

    @asking
    def ask() -> None:
        first = answer_spans(text, 240)
        first.append((0, 1))  # a caller's change stays its own
        assert answer_spans(text, 240) == [(0, 4), (4, 13), (13, 17)]
        assert answer_spans(text, 240) is not answer_spans(text, 240)

    ask()
    assert sentences._remembered_spans.cache_info().currsize == 1


def test_an_open_mark_is_needed_for_a_sentence_to_run_on_past_its_end() -> None:
    """A sentence with no open mark (「“「『（(《【‘」) is not continued by the next; one that
    leaves a mark open is."""
    from knowledge.text.sentences import answer_spans

    plain = "他说今天开会。明天再议。"
    assert answer_spans(plain, 240) == [(0, 7), (7, 12)]
    quoted = "他说：“今天开会。明天再议。”后来散会。"
    assert answer_spans(quoted, 240) == [(0, 15), (15, 20)]

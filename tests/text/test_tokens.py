"""Tokens: jieba search-mode words of normalised text; questions lose their interrogatives."""

from __future__ import annotations

from knowledge.text.tokens import pos_tags, question_content, question_tokens, tokenize


def test_tokens_are_normalised_and_drop_punctuation_and_stopwords() -> None:
    tokens = tokenize("昆明經濟合作區的項目，签约了！")
    assert "昆明" in tokens and "经济" in tokens and "项目" in tokens and "的" not in tokens
    assert not any(t in "，！" for t in tokens)
    assert "的" in tokenize("合作区的项目", keep_stopwords=True)


def test_a_question_keeps_its_content_words_only() -> None:
    assert "多少" not in question_content("磨憨签约了多少个项目？")
    tokens = question_tokens("会议是哪一天在哪里召开的？")
    assert "会议" in tokens and "召开" in tokens
    assert not {"哪一天", "哪里", "哪"} & set(tokens)


def test_words_about_the_source_are_not_content() -> None:
    assert question_tokens("文中提到磨憨签约了多少个项目？") == question_tokens(
        "磨憨签约了多少个项目？"
    )
    assert "报道" not in question_tokens("这篇报道说合作区有多少市场主体？")
    english = question_tokens("According to the press release, how many projects were signed?")
    assert english == question_tokens("How many projects were signed?")
    assert "记者" in question_tokens("报道的记者是谁？")  # the subject itself stays


def test_a_page_or_report_named_by_its_kind_or_title_words_is_no_content() -> None:
    plain = question_tokens("飞地项目多久集中认定一回？")
    assert question_tokens("常见问题里说，飞地项目多久集中认定一回？") == plain
    assert question_tokens("按常见问题里的说法，飞地项目多久集中认定一回？") == plain
    assert question_tokens("发布会上讲，飞地项目多久集中认定一回？") == plain
    assert question_tokens("年终盘点那篇说，飞地项目多久集中认定一回？") == plain
    # the subject itself stays: a 发布会 asked about, words before 那篇 in mid-question
    assert "发布会" in question_tokens("市里开发布会是哪一天？")
    assert "签约" in question_tokens("园区签约了多少个项目，那篇说的？")


def test_a_document_named_by_its_wenhao_is_no_content() -> None:
    plain = question_tokens("联合管理委员会双方各派几名成员？")
    assert question_tokens("青政办〔2024〕12号文件规定联合管理委员会双方各派几名成员？") == plain
    assert (
        question_tokens("按青政办〔2024〕12号文件的规定，联合管理委员会双方各派几名成员？") == plain
    )


def test_how_a_text_puts_it_is_no_content() -> None:
    plain = question_tokens("对分享比例协商不成的情况")
    assert question_tokens("对分享比例协商不成的情况，条文是怎么规定的？") == plain
    assert question_tokens("对分享比例协商不成的情况，原文怎么说的？") == plain
    assert question_tokens("对分享比例协商不成的情况是怎么规定的") == plain
    assert "规定" in question_tokens("办法规定的分享比例是多少？")  # no asking: a word


def test_a_piece_cut_across_spoken_words_is_read_as_its_dictionary_words() -> None:
    from knowledge.text.tokens import spoken_pieces

    corpus = {"订单班": 2, "培养": 3, "能放": 1}
    # 想带 (of 「今年想带出来多少人」) and 偏一偏 are no word of the dictionary or the corpus
    assert spoken_pieces("想带", corpus) == ["想", "带"]
    assert spoken_pieces("偏一偏", corpus) == ["偏", "一"]
    # dictionary words, corpus words and names stay whole
    assert spoken_pieces("撑腰", corpus) is None
    assert spoken_pieces("订单班", corpus) is None
    assert spoken_pieces("能放", corpus) is None
    assert spoken_pieces("岩罕温", corpus) is None


def test_an_everyday_verb_no_document_uses_is_the_askers_wording() -> None:
    from knowledge.text.tokens import how_said, plain_verb

    corpus = {"解决": 3, "投入": 2}
    # 打消 (for the documents' 解决) and 撑腰: verbs the dictionary knows and no document uses
    assert plain_verb("打消", corpus) and plain_verb("撑腰", corpus)
    # a verb the documents use may be what the sentence lacks; nouns and unknown pieces stay
    assert not plain_verb("解决", corpus) and not plain_verb("投入", corpus)
    assert not plain_verb("电费", corpus) and not plain_verb("想带", corpus)
    # a demonstrative with its measure word points at the thing asked: 那份协议, 这套办法
    assert how_said("那份", corpus) and how_said("这套", corpus)
    assert not how_said("该校", corpus)


def test_pos_tags_are_jiebas_tagging_cached_per_text() -> None:
    from jieba import posseg

    text = "昆明市在磨憨召开飞地园区推进会"
    tags = pos_tags(text)
    assert [(t.word, t.flag) for t in tags] == [(p.word, p.flag) for p in posseg.lcut(text)]
    assert pos_tags(text) is tags  # tagged once, read by every check


def test_question_tokens_are_a_fresh_list_each_time() -> None:
    from knowledge.text.memo import asking

    question = "磨憨沿边产业园签约了多少个项目？"
    plain = question_tokens(question)

    @asking
    def ask() -> None:
        first = question_tokens(question)
        first.append("changed")
        assert question_tokens(question) == plain  # remembered, handed out as a new list

    ask()

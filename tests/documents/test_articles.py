"""Inside an article: 款 are paragraphs (a wrapped line continues one), 项 and 目 number from 1;
a chunk's path narrowed to the 款 / 项 that holds a sentence."""

from __future__ import annotations

from knowledge.documents.articles import (
    article_number,
    article_parts,
    article_subtitle,
    item_span,
    section_at,
)

ARTICLE = [
    "第五条　合作双方应当签订共建协议，",  # wrapped: the sentence goes on below
    "明确建设期限和分享方式。",
    "共建协议报市发展改革部门备案。备案材料包括：",
    "（一）共建协议文本；",
    "（二）项目清单，包括：",
    "1．项目名称；",
    "2．投产时间。",
    "（三）收益分配测算表。",
    "备案后三十日内完成审核。",
]


def test_clauses_items_and_subitems() -> None:
    parts = article_parts(ARTICLE)
    got = [(kind, label, first, last) for kind, _, label, first, last, _ in parts]
    assert got == [
        ("款", "第一款", 0, 1),
        ("款", "第二款", 2, 7),
        ("项", "第（一）项", 3, 3),
        ("项", "第（二）项", 4, 6),
        ("目", "第1目", 5, 5),
        ("目", "第2目", 6, 6),
        ("项", "第（三）项", 7, 7),
        ("款", "第三款", 8, 8),
    ]
    owners = [parts[p[5]][2] if p[5] is not None else None for p in parts]
    assert owners[2:7] == ["第二款", "第二款", "第（二）项", "第（二）项", "第二款"]


def test_a_chunk_path_is_narrowed_to_the_clause_of_a_sentence() -> None:
    text = "第三章 利益分享机制\n" + "\n".join(ARTICLE)
    path = "第三章 利益分享机制 › 第五条"
    assert section_at(path, text, text.index("明确建设")) == path + " › 第一款"
    assert section_at(path, text, text.index("投产时间")) == path + " › 第二款 › 第（二）项 › 第2目"
    assert section_at(path, text, text.index("备案后")) == path + " › 第三款"


def test_a_piece_of_an_article_counts_from_its_first_clause() -> None:
    piece = "飞入地取得的土地出让收入按比例分享。\n分享资金应当于每年3月31日前拨付到位。"
    path = "第三章 利益分享机制 › 第十条 › 第二款至第三款"
    base = "第三章 利益分享机制 › 第十条"
    assert section_at(path, piece, 3) == base + " › 第二款"
    assert section_at(path, piece, piece.index("分享资金")) == base + " › 第三款"


def test_single_paragraph_articles_and_other_paths_are_kept() -> None:
    assert (
        section_at("第一章 总则 › 第二条", "第二条　本办法所称飞地园区……。", 4)
        == "第一章 总则 › 第二条"
    )
    assert (
        section_at("一、提高思想认识", "一、提高思想认识\n（一）统一认识。", 9)
        == "一、提高思想认识"
    )
    assert section_at(None, "text", 0) is None
    assert section_at("附件2 测算表", "附件2\n测算表", 3) == "附件2 测算表"


def test_clause_spans_of_a_chunk() -> None:
    from knowledge.documents.articles import clause_spans

    text = "第三章 利益分享机制\n" + "\n".join(ARTICLE)
    spans = clause_spans("第三章 利益分享机制 › 第五条", text)
    assert [n for n, _, _ in spans] == [1, 2, 3]
    assert text[spans[0][1] : spans[0][2]].startswith("第五条") and "\n明确" in text[: spans[0][2]]
    assert text[spans[2][1] : spans[2][2]] == "备案后三十日内完成审核。"
    piece = "甲款。\n乙款。"
    assert [n for n, _, _ in clause_spans("第十条 › 第二款至第三款", piece)] == [2, 3]
    assert clause_spans("一、总体要求", "一、总体要求") == [] and clause_spans(None, "x") == []


ARABIC = [
    "第八条　承租人不得有下列行为：",
    "(1)转借他人使用；",
    "（2）擅自改变房屋结构；",
    "3)连续闲置六个月以上。",
    "有前款所列行为之一的，解除合同。",
]


def test_items_numbered_1_2_3_are_items_of_their_clause() -> None:
    parts = article_parts(ARABIC)
    got = [(kind, label, first, last) for kind, _, label, first, last, _ in parts]
    assert got == [
        ("款", "第一款", 0, 3),
        ("项", "第（1）项", 1, 1),
        ("项", "第（2）项", 2, 2),
        ("项", "第（3）项", 3, 3),
        ("款", "第二款", 4, 4),
    ]


def test_a_1_under_a_chinese_numbered_item_is_its_subitem() -> None:
    lines = [
        "第九条　补助分为：",
        "（一）租房补助，其中：",
        "（1）博士每月二千元；",
        "（2）硕士每月一千元；",
        "（二）购房补助。",
    ]
    got = [(kind, label, owner) for kind, _, label, _, _, owner in article_parts(lines)]
    assert got == [
        ("款", "第一款", None),
        ("项", "第（一）项", 0),
        ("目", "第1目", 1),
        ("目", "第2目", 1),
        ("项", "第（二）项", 0),
    ]


def test_an_article_subtitle_and_the_number_of_a_subtitled_name() -> None:
    assert article_subtitle("第三条【立法目的】为了规范管理，制定本办法。") == "【立法目的】"
    assert article_subtitle("第五条（适用范围）本办法适用于全市。") == "（适用范围）"
    assert article_subtitle("第五条　（适用范围）本办法适用于全市。") == "（适用范围）"
    assert article_subtitle("第三条[立法目的]为了规范管理，制定本办法。") == "[立法目的]"  # OCR
    assert article_subtitle("第六条（一）项所列情形除外。") == ""
    assert article_subtitle("第六条[2024]3号文件同时废止。") == ""
    assert article_subtitle("第六条　本办法自公布之日起施行。") == ""
    assert article_number("第五条（适用范围）") == 5
    assert article_number("第十二条【退出情形】") == 12
    assert article_number("第十二条") == 12
    assert article_number("第二款") is None


def test_the_span_of_an_item_or_subitem_asked_for() -> None:
    text = "\n".join(ARTICLE)
    s, e, label = item_span("第五条", text, None, 2, 2)
    assert (text[s:e], label) == ("2．投产时间。", "第二款第（二）项第2目")
    s, e, label = item_span("第五条", text, 2, 3)
    assert (text[s:e], label) == ("（三）收益分配测算表。", "第二款第（三）项")
    assert item_span("第五条", text, 1, 3) is None  # the first 款 has no 项
    assert item_span("第五条", text, None, 2, 5) is None
    text = "\n".join(ARABIC)
    s, e, label = item_span("第八条", text, None, 3)
    assert (text[s:e], label) == ("3)连续闲置六个月以上。", "第一款第（3）项")

"""Inside an article: 款 are paragraphs (a wrapped line continues one), 项 and 目 number from 1;
a chunk's path narrowed to the 款 / 项 that holds a sentence."""

from __future__ import annotations

from knowledge.documents.articles import article_parts, section_at

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

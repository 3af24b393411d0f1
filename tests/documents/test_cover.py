"""A booklet's cover page (title, organs, a month) is no 版头 or title of the text below it."""

from __future__ import annotations

import pytest

from knowledge.documents.cover import cover_end, is_contents, is_cover

COVER = "岚桥县集贸市场摊位管理办法\n岚桥县市场监督管理局\n二〇二四年九月"
BODY = (
    "岚市监规〔2024〕2号\n岚桥县集贸市场摊位管理办法\n"
    "第一条　为规范集贸市场摊位管理，制定本办法。\n岚桥县市场监督管理局\n2024年9月12日"
)


@pytest.mark.parametrize(
    "page",
    [
        COVER,
        "岚桥县集贸市场\n摊位管理办法",  # the name over two lines alone
        "岚桥县市场监督管理局　岚桥县财政局\n岚桥县集贸市场摊位管理办法\n2024年9月",
    ],
)
def test_a_page_of_names_and_a_month_is_a_cover(page: str) -> None:
    assert is_cover(page)


@pytest.mark.parametrize(
    "page",
    [
        "关于做好摊位租金减免工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。",  # sentences
        "岚桥县集贸市场摊位管理办法\n第一条　为规范集贸市场摊位管理",  # an article
        "岚桥县市场监督管理局文件\n岚市监〔2024〕2号\n关于摊位租金的通知",  # a 文号: a 版头
        "摊位\t面积\t租金\n东区\t6平方米\t300元",  # a table
        "",
        "\n".join(f"第{n}行名称" for n in range(12)),  # too many lines
    ],
)
def test_a_page_with_a_sentence_an_article_a_number_or_a_table_is_none(page: str) -> None:
    assert not is_cover(page)


def test_cover_end_is_where_the_second_page_starts() -> None:
    text = COVER + "\n\n" + BODY
    assert cover_end(text, (0, len(COVER) + 2)) == len(COVER) + 2
    assert cover_end(text, ()) == 0  # not paged: no cover
    assert cover_end(BODY + "\n\n" + BODY, (0, len(BODY) + 2)) == 0  # page 1 is the body
    assert cover_end(COVER + "\n\n", (0, len(COVER) + 2)) == 0  # nothing after it


CONTENTS = "目　录\n第一章　总则 …………………… 1\n第二章　设置要求 ……………… 2\n附件　示意图 ………………… 4"


def test_a_contents_page_lists_parts_with_page_numbers() -> None:
    assert is_contents(CONTENTS)
    assert not is_contents(COVER) and not is_contents(BODY)
    assert not is_contents("目　录\n第一章　总则\n第一条　为规范摊位管理，制定本办法。")


def test_cover_end_is_past_a_contents_page_after_the_cover_or_first() -> None:
    text = COVER + "\n\n" + CONTENTS + "\n\n" + BODY
    two, three = len(COVER) + 2, len(COVER) + 2 + len(CONTENTS) + 2
    assert cover_end(text, (0, two, three)) == three
    alone = CONTENTS + "\n\n" + BODY
    assert cover_end(alone, (0, len(CONTENTS) + 2)) == len(CONTENTS) + 2

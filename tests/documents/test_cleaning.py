"""Tests for ingest.cleaning on the real corpus article and on small synthetic strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents.cleaning import CleanDocument, clean_text
from knowledge.documents.loaders import load_file
from tests.conftest import ROOT

CORPUS = ROOT / "corpus" / "mohan-meeting-2024-05-10.txt"


@pytest.fixture(scope="module")
def mohan() -> CleanDocument:
    return clean_text(CORPUS.read_text(encoding="utf-8"))


def test_corpus_metadata(mohan: CleanDocument) -> None:
    assert mohan.title == "观察 | 这场全市会议,为何选在磨憨召开?"
    assert mohan.published == "2024-05-12 21:12:41"
    assert mohan.publisher == "昆明发布"
    assert "李双双" in mohan.editors and "徐婷" in mohan.editors


def test_corpus_text_keeps_metadata_and_drops_placeholders(mohan: CleanDocument) -> None:
    lines = mohan.text.split("\n")
    assert "图片" not in lines
    assert "来源:昆明发布" in mohan.text
    assert "编辑: 李双双 责任编辑: 徐婷" in lines
    assert "\n\n\n" not in mohan.text
    assert mohan.text == mohan.text.strip()


def test_corpus_content_characters_unchanged(mohan: CleanDocument) -> None:
    raw = CORPUS.read_text(encoding="utf-8")
    for line in raw.split("\n"):
        if line.strip() and line.strip() != "图片":
            assert line.strip() in mohan.text


def test_corpus_through_loader(tmp_path: Path) -> None:
    path = tmp_path / "mohan.txt"
    path.write_bytes(CORPUS.read_text(encoding="utf-8").encode("gb18030"))
    raw = load_file(path, 10 * 1024 * 1024)
    doc = clean_text(raw.text, raw.title_hint, fallback_title=raw.source)
    assert doc.publisher == "昆明发布" and doc.published == "2024-05-12 21:12:41"


def test_whitespace_normalisation() -> None:
    raw = "\ufeff\n\n标题  \r\n\u3000\u3000第一段\u200b文字。\t\r\r\r\u00a0 第二段\u200d。\n\n\n\n"
    assert clean_text(raw).text == "标题\n第一段文字。\n\n第二段。"


@pytest.mark.parametrize(
    "placeholder",
    [
        "图片",
        "图",
        "[图片]",
        "（图片）",
        "【图片】",
        "视频",
        "image",
        "IMAGE",
        "点击查看大图",
        " 图片 ",
    ],
)
def test_placeholder_lines_dropped(placeholder: str) -> None:
    assert clean_text(f"正文一。\n{placeholder}\n正文二。").text == "正文一。\n正文二。"


def test_placeholder_words_inside_sentences_kept() -> None:
    raw = "图片显示，会场设在磨憨。\n请观看视频。\n图片来源：新华社\n图解：政策要点"
    assert clean_text(raw).text == raw


def test_content_characters_not_normalised() -> None:
    raw = "标题\n第①条：增长５０％，（试行）“飞地园区”—— ﬁ Ａ１ 。"
    assert clean_text(raw).text == raw


def test_title_sources() -> None:
    assert clean_text("\n\n  第一行标题  \n正文", title_hint=None).title == "第一行标题"
    assert clean_text("第一行\n正文", title_hint="  提示标题 ").title == "提示标题"
    assert clean_text("第一行\n正文", title_hint="   ").title == "第一行"
    assert clean_text("长" * 300).title == "长" * 120
    assert clean_text("\n图片\n", fallback_title="a.txt").title == "a.txt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("标题\n2024-05-12 21:12:41 来源:昆明发布", "2024-05-12 21:12:41"),
        ("标题\n发布时间：2024-05-12", "2024-05-12"),
        ("标题\n2024年5月12日 来源：新华社", "2024年5月12日"),
        ("标题\n2024/5/12 09:30", "2024/5/12 09:30"),
        ("标题\n电话 0871-12345678，编号 20240-13-45", None),
        ("标题\n" + "正文。\n" * 12 + "2024-05-12", None),
        ("没有日期的文本", None),
        ("标题\n发布时间: 2025-10-17 17:49:01", "2025-10-17 17:49:01"),
        ("标题\n2025 03/18　来源：青禾日报", "2025-03-18"),
        ("标题\n2024年07月17日 06:04　来源：青禾日报", "2024年07月17日 06:04"),
        ("标题\n来源：青禾日报　发布日期：2024-07-17", "2024-07-17"),
        # a date in the body is not the page's: the first paragraph ends the header
        ("标题\n2024年3月，园区签约项目12个。\n2024-05-12", None),
        ("标题\n园区于2024年3月1日开园。", None),
        # a labelled date wins over an unlabelled one above it
        ("标题\n2024-01-01 专题\n更新时间：2024-02-02", "2024-02-02"),
    ],
)
def test_published(raw: str, expected: str | None) -> None:
    assert clean_text(raw).published == expected


def test_meta_date_used_when_no_label_says_otherwise() -> None:
    assert clean_text("标题\n正文没有日期。", published="2024-07-17").published == "2024-07-17"
    assert (
        clean_text("标题\n发布时间：2024-08-01", published="2024-07-17").published == "2024-08-01"
    )


def test_page_starts_follow_the_cleaning() -> None:
    raw = "  第一页标题\n\n\n\n图片\n第一页正文。\n\n\u200b  第二页正文。\n第二页结尾。"
    second = raw.index("\u200b")
    doc = clean_text(raw, page_starts=(0, second))
    assert doc.text[doc.page_starts[1] :].startswith("第二页正文。")
    assert doc.page_at(0) == 1 and doc.page_at(doc.text.index("第二页结尾")) == 2
    assert clean_text("没有页").page_at(0) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("标题\n2024-05-12 来源：新华社 作者：张三", "新华社"),
        ("标题\n来源: 人民日报\n正文", "人民日报"),
        ("图片来源：视觉中国\n正文\n来源：云南日报", "云南日报"),
        ("标题\n正文", None),
    ],
)
def test_publisher(raw: str, expected: str | None) -> None:
    assert clean_text(raw).publisher == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("正文\n编辑: 李双双 责任编辑: 徐婷", ("李双双", "徐婷")),
        ("正文\n编辑：张三、李四\n审核：王五", ("张三", "李四")),
        ("责任编辑：赵六（实习） 审核：王五\n正文\n编辑：赵六", ("赵六",)),
        ("正文没有署名", ()),
    ],
)
def test_editors(raw: str, expected: tuple[str, ...]) -> None:
    assert clean_text(raw).editors == expected


def test_an_english_release_is_dated_by_its_dateline() -> None:
    text = (
        "Harwick port opens a cold-chain terminal\n\n"
        "**PRESS RELEASE** · Harwick, 18 April 2025 · Issued by the Harwick Port Authority\n\n"
        "The terminal opened on 2 May 2023 with two berths. It handles 40,000 tonnes a year.\n"
    )
    assert clean_text(text, None, fallback_title="x").published == "2025-04-18"
    body_only = "Harwick port report\n\nThe terminal opened on 2 May 2023 with two berths.\n"
    assert clean_text(body_only, None, fallback_title="x").published is None  # a body date


def test_a_public_account_s_header_line_is_not_the_title() -> None:
    raw = "原创 青禾发布 青禾发布 2025年01月09日 18:30 云南\n\n冷链园去年货运量破百万吨\n\n1月8日，记者获悉。"
    doc = clean_text(raw)
    assert doc.title == "冷链园去年货运量破百万吨"
    assert doc.published and doc.published.startswith("2025")

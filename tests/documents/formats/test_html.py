"""Tests for knowledge.documents.formats.html on the web-page fixture: the main content and its
header only, the chrome never, the publish date from the header."""

from __future__ import annotations

import pytest

from knowledge.documents.loaders import load_bytes
from tests.documents.formats.conftest import LIMIT, cleaned, loaded

PAGE = "qinghe-tuijinhui.html"
CHROME = [
    "无障碍浏览",
    "政务公开",
    "办事服务",
    "首页",
    "正文",
    "广告",
    "飞地贷",
    "字体",
    "打印",
    "关闭",
    "上一篇",
    "下一篇",
    "分享到",
    "微博",
    "推广",
    "招商热线",
    "网站标识码",
    "备案号",
    "主办",
    "https://",
    "责任编辑",
    "林晓岚",
]


def test_page_title_without_the_site_name() -> None:
    assert loaded(PAGE).title_hint == "青禾市召开飞地园区建设推进会"


def test_main_content_kept() -> None:
    text = cleaned(PAGE).text
    assert text.startswith("青禾市召开飞地园区建设推进会\n")
    assert "全市飞地园区累计签约项目46个，协议投资212亿元" in text
    assert text.endswith("不得以任何理由拖欠或截留分享资金。")
    assert "来源：青禾市发展和改革委员会" in text


@pytest.mark.parametrize("junk", CHROME)
def test_chrome_never_in_the_text(junk: str) -> None:
    assert junk not in cleaned(PAGE).text


def test_publish_date_from_the_header_not_the_body() -> None:
    doc = cleaned(PAGE)
    assert doc.published == "2025-10-17 17:49:01"  # not 2025年12月31日 of the third paragraph
    assert doc.publisher == "青禾市发展和改革委员会"
    assert doc.editors == ("林晓岚",)  # read before its line is dropped


def test_meta_date_when_the_header_has_no_label() -> None:
    page = (
        '<html><head><meta name="PubDate" content="2024-07-17 06:04"><title>园区通知</title></head>'
        "<body><h1>园区通知</h1><p>园区将于2024年9月1日起调整班车时间，请相互转告。</p></body></html>"
    )
    raw = load_bytes(page.encode(), "a.html", LIMIT)
    assert raw.published == "2024-07-17"


def test_eval_pages_keep_their_content() -> None:
    from tests.conftest import ROOT

    raw = load_bytes(
        (ROOT / "eval/corpus/2024-06-20-news-first-enclave-agreement.html").read_bytes(),
        "a.html",
        LIMIT,
    )
    assert "发布时间：2024-06-20 16:05" in raw.text
    assert "磨憨沿边产业园累计签约项目17个" in raw.text
    assert "相关阅读" not in raw.text and "主办单位" not in raw.text

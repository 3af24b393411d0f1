"""A web page's chrome never reaches an answer: the two HTML fixtures and a page pasted as text
(fictional) are added, then questions aimed at the chrome itself (the ad, the hotline, the
record number, 上一篇, 分享到 …) and at the content are asked; no answer, quoted passage or
stored text holds a line of the chrome, and the content questions are answered."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, make_service

FILES = [
    ROOT / "tests" / "data" / "formats" / "qinghe-tuijinhui.html",
    ROOT / "tests" / "data" / "formats" / "songling-jiuye-yijian.html",
    ROOT / "tests" / "data" / "gongwen" / "songling-jiuye-yijian-paste.txt",
]
CHROME = [
    "【广告】",
    "飞地贷",
    "招商热线",
    "ICP备",
    "网站标识码",
    "上一篇",
    "下一篇",
    "分享到",
    "字体",
    "打印",
    "关闭窗口",
    "首页 >",
    "当前位置",
    "主办",
    "无障碍浏览",
    "相关文件",
    "责任编辑",
    "http",
    "网站地图",
]
CHROME_QUESTIONS = [
    "飞地贷最快几天放款？",
    "园区招商热线电话是多少？",
    "政府网站的备案号是多少？",
    "这篇新闻的上一篇是什么？",
    "这条新闻可以分享到哪些平台？",
    "这篇稿子的责任编辑是谁？",
    "网站由哪个单位主办？",
    "稳就业意见有哪些相关文件？",
]
CONTENT = {
    "截至9月底飞地园区累计签约了多少个项目？": "46个",
    "对首次创办小微企业的返乡农民工给多少创业补贴？": "五千元",
}


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("web"))
    assert [r.status for r in service.ingest_paths(FILES)] == ["added"] * 3
    return service


def _chrome_in(text: str) -> list[str]:
    return [c for c in CHROME if c in text]


def test_no_chrome_is_stored(svc) -> None:
    for d in svc.list_documents():
        assert _chrome_in(svc.document_text(d.doc_id) or "") == [], d.source


@pytest.mark.parametrize("question", CHROME_QUESTIONS + list(CONTENT))
def test_no_answer_or_source_holds_chrome(svc, question) -> None:
    ans = svc.ask(question)
    assert _chrome_in(ans.answer) == []
    assert all(_chrome_in(c.text) == [] for c in ans.citations)
    if question in CONTENT:
        assert not ans.abstained and CONTENT[question] in ans.answer

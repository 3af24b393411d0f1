"""Questions about a report or page itself (who wrote it, when it was published or updated,
where it came from) are answered from its masthead lines, quoted and cited; questions about
what it reports are not (fixtures: tests/data/masthead, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.kinds.masthead import asks
from tests.conftest import ROOT, make_service


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("masthead"), embedding={"provider": "fake"})
    results = service.ingest_paths([ROOT / "tests" / "data" / "masthead"])
    assert [r.status for r in results] == ["added"] * 4
    return service


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("这篇稿子是哪位记者写的？", ["author"]),
        ("《青禾冷链园首季签约项目过半》的记者叫什么？", ["author"]),
        ("这篇报道是哪天几点发布的？", ["published"]),
        ("常见问题那个页面是什么时候更新的？", ["updated"]),
        ("这篇文章来源是哪里？", ["source"]),
        ("记者从管委会了解到签约了多少个项目？", []),  # about what is reported
        ("冷链园负责人是谁？", []),
        ("管理办法是哪天发布的？", []),  # no report or page named: the 公文 fields answer
        ("那篇报道的审核是谁？", ["editor"]),
        ("Who wrote the March 2025 report?", ["author"]),
        ("When was the FAQ page last updated?", ["updated"]),
        ("Who is the director of the park?", []),
    ],
)
def test_what_asks_about_a_masthead(question: str, fields: list[str]) -> None:
    assert asks(question) == fields


def test_the_byline_answers_who_wrote_a_report(svc) -> None:
    ans = svc.ask("《青禾冷链园首季签约项目过半》这篇稿子是哪位记者写的？")
    assert not ans.abstained and "罗晓岚" in ans.answer and "[1]" in ans.answer
    assert "记者 罗晓岚" in ans.citations[0].text
    assert "周可" not in ans.answer  # the editor's line is not the byline


def test_a_page_found_by_its_title_words_gives_its_update_date(svc) -> None:
    ans = svc.ask("冷链园入驻常见问题那个页面是哪天更新的？")
    assert "2025年4月2日" in ans.answer and not ans.abstained
    assert ans.citations[0].title == "青禾冷链物流园入驻常见问题"


def test_a_question_about_the_body_is_answered_from_the_body(svc) -> None:
    ans = svc.ask("这篇报道说冷链园累计签约了多少个项目？")
    assert "记者/作者" not in ans.answer and "发布时间" not in ans.answer


def test_the_date_a_question_gives_picks_the_report(svc) -> None:
    ans = svc.ask("2024年11月那篇报道的记者是谁？")
    assert "陶一鸣" in ans.answer and "罗晓岚" not in ans.answer and not ans.abstained
    assert "通讯员" not in ans.answer
    ans = svc.ask("2025年3月那篇报道是谁写的？")
    assert "罗晓岚" in ans.answer and "陶一鸣" not in ans.answer


def test_an_english_question_about_a_byline(svc) -> None:
    ans = svc.ask("Who wrote the March 2025 report?")
    assert "罗晓岚" in ans.answer and ans.answer.startswith("“") and "Reporter" in ans.answer


def test_the_editor_line_answers_who_reviewed_it(svc) -> None:
    ans = svc.ask("2024年11月那篇报道的审核是谁？")
    assert "审核：欧阳青（" in ans.answer and "编辑：戴蕾（" not in ans.answer and not ans.abstained
    assert "编辑：戴蕾 审核：欧阳青" in ans.citations[0].text


def test_a_named_page_without_a_byline_says_so(svc) -> None:
    ans = svc.ask("冷链园入驻常见问题那个页面的记者是谁？")
    assert ans.abstained and "没有写明" in ans.answer
    assert ans.citations[0].title == "青禾冷链物流园入驻常见问题"
    assert "罗晓岚" not in ans.answer and "陶一鸣" not in ans.answer


def test_a_work_named_in_quotes_is_not_a_report_without_a_byline(svc) -> None:
    ans = svc.ask("《青禾冷链物流园入驻常见问题》的作者是谁？")
    assert "没有写明" not in ans.answer  # a book's 作者 may be in the body: the usual path


def test_a_traditional_byline_answers_in_the_reports_own_characters(tmp_path) -> None:
    service = make_service(tmp_path / "s", embedding={"provider": "fake"})
    report = tmp_path / "hk.txt"
    report.write_text(
        "青禾冷鏈園港資項目動工\n2025年5月6日　來源：港澳經貿快訊\n\n本報記者 鄧嘉琪\n\n"
        "港資企業投資興建的冷鏈倉庫昨日動工，預計明年投入營運。\n",
        encoding="utf-8",
    )
    service.ingest_paths([report])
    for q in (
        "《青禾冷鏈園港資項目動工》是哪位記者寫的？",
        "《青禾冷链园港资项目动工》的记者是谁？",
    ):
        ans = service.ask(q)
        assert not ans.abstained and "鄧嘉琪" in ans.answer, q
    source = service.ask("《青禾冷鏈園港資項目動工》的來源是哪裡？")
    assert "港澳經貿快訊" in source.answer


def test_a_publish_date_is_found_however_the_page_writes_it() -> None:
    from knowledge.answering.kinds.masthead import _written

    head = "冷链园首季签约\n2025 03/18 08:47 来源：青禾日报\n正文"
    assert _written(head, "2025-03-18") == head.index("2025 03/18")
    assert _written("2024年07月17日 06:04 来源：青禾晚报", "2024-07-17") == 0
    assert _written("2024年07月17日", "2024-07-18") is None


def test_a_piece_of_news_is_a_document() -> None:
    assert asks("冷链园进出口增长三成的新闻是哪天发的？") == ["published"]
    assert asks("新闻发布会上说签约了多少个项目？") == []

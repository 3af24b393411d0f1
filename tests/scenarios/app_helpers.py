"""Helpers of the AppTest scenario tests (test_app.py, test_app_documents.py); their store
fixtures are in tests/scenarios/conftest.py."""

from __future__ import annotations

import html

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")
CORPUS_TITLE = "观察 | 这场全市会议,为何选在磨憨召开?"
NOTICE = "关于2025年防汛值班安排的通知\n经研究决定，防汛值班电话为0871-12345678，值班时间为6月1日至9月30日。"


def run_app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params.update(query or {})
    return at.run()


def shown(at: AppTest) -> str:
    """Everything the page says in markdown/captions/alerts, as a reader would see it."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for kind in (at.error, at.warning, at.info, at.success) for e in kind]
    parts += [x.label for x in at.expander] + [s.label for s in at.status]
    parts += [o for sc in at.segmented_control for o in sc.options]
    return html.unescape("\n".join(parts)).replace("\\", "")


def answers(at: AppTest) -> list[str]:
    return [html.unescape(m.value) for m in at.markdown if 'class="doc-text answer"' in m.value]


def ask(at: AppTest, question: str) -> AppTest:
    return at.chat_input[0].set_value(question).run()


def docs_view(at: AppTest) -> AppTest:
    return at.segmented_control(key="view").set_value("docs").run()


def chat_view(at: AppTest) -> AppTest:
    return at.segmented_control(key="view").set_value("chat").run()


def table_rows(at: AppTest) -> list[dict]:
    return at.dataframe[0].value.to_dict("records")


def remove_via_table(at: AppTest, doc_ids: list[str]) -> AppTest:
    at.multiselect(key="to_remove").set_value(doc_ids).run()
    at.button(key="rm").click().run()
    assert any("确定删除" in w.value for w in at.warning)
    return at.button(key="rm-yes").click().run()


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]

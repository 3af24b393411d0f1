"""Figures from documents of different dates: the latest first, each with its date."""

from __future__ import annotations

from tests.conftest import make_service

MAY = (
    "青河园区推进会在青河召开\n2024年5月12日　来源：青河发布\n"
    "会议通报，青河沿边产业园已签约项目14个、投资88亿元。\n"
)
OCTOBER = (
    "前三季度青河园区签约项目翻番\n2024年10月15日　来源：青河日报\n"
    "截至2024年9月底，青河沿边产业园累计签约项目32个、协议投资190亿元。\n"
)


def test_a_two_date_figure_is_answered_latest_first_with_both_dates(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    for name, text in (("may.txt", MAY), ("october.txt", OCTOBER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    svc.ingest_paths([tmp_path / "may.txt", tmp_path / "october.txt"])
    ans = svc.ask("青河沿边产业园签约了多少个项目？")
    assert not ans.abstained
    assert ans.answer.startswith("（2024年10月15日）") and "32个" in ans.answer
    assert "（2024年5月12日）" in ans.answer and "14个" in ans.answer
    assert ans.answer.index("32个") < ans.answer.index("14个")
    # each sentence carries the marker of its own document's passage, never a joined claim
    dates = {c.marker: c.published for c in ans.citations}
    assert dates == {1: "2024年10月15日", 2: "2024年5月12日"}
    assert [s.citations for s in ans.sentences] == [(1,), (2,)]

"""Counts asked in a flow (counts.py): a count taken away is not told by the stock or what was
added; a count added or a stock stays as it was read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking import counts

STOCK = SimpleNamespace(text="截至年底，青河园区市场主体达到2100户，全年新增注册企业460户；")
CLOSED = SimpleNamespace(text="全年注销企业37户，净增423户。")


@pytest.mark.parametrize(
    "q",
    [
        "2024年青河园区一共关掉了多少家企业？",
        "2024年青河园区注销了多少户企业？",
        "截至年底园区有多少个项目已经注销退出？",
    ],
)
def test_a_count_taken_away_is_not_told_by_the_stock_or_what_was_added(q: str) -> None:
    assert counts.outflow_missing(q, SimpleNamespace(chosen=[STOCK]))
    assert not counts.outflow_missing(q, SimpleNamespace(chosen=[STOCK, CLOSED]))


@pytest.mark.parametrize(
    "q",
    [
        "2024年青河园区新注册了多少家企业？",
        "截至年底青河园区有多少家市场主体？",
        "退出申请提出后市发展改革委多少天内提出意见？",  # a span, not a count taken away
        "考核连续几年不合格，合作双方就可以申请退出？",
        "企业从园区迁出后几年内又迁回来，税收还按原比例分？",
    ],
)
def test_other_questions_are_not_read_as_a_count_taken_away(q: str) -> None:
    assert not counts.outflow_missing(q, SimpleNamespace(chosen=[STOCK]))

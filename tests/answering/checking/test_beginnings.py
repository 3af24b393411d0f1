"""A founding, a post taken or a course ended asked by a time question (beginnings.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.beginnings import asked, told
from knowledge.answering.checking.occasion import _WHEN


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("江州医学院是哪一年创办的？", {"成立"}),
        ("保护区是哪一年批准建立的？", {"成立"}),
        ("投资促进局成立于哪一年？", {"成立"}),
        ("投资促进局的成立时间是哪一年？", {"成立"}),
        ("周启明是哪一年出任校长的？", {"任职"}),
        ("订单班的学员什么时候能毕业？", {"毕业"}),
        # a word describing the thing, not the event asked
        ("已经设立满五年的存量园区从哪一年起按六比四分税收？", set()),
        ("成立领导小组的通知是哪一天发的？", set()),
        ("投资促进局成立了几年？", set()),  # no time asked
    ],
)
def test_the_beginning_asked(question: str, kinds: set[str]) -> None:
    assert asked(question, _WHEN) == kinds


def test_told_only_when_asked() -> None:
    texts = ["2019年3月，招商服务局挂牌成立。", "2023年7月，陈华出任管委会主任。"]
    assert told({"成立"}, texts) == {"成立"}
    assert told({"任职", "开工"}, texts) == {"任职"}  # 开工 is occasion's own kind
    assert told(set(), texts) == set()
    assert told({"毕业"}, texts) == set()

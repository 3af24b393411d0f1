"""A person asked by the deed they did (doers.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.doers import deed, unnamed

# Fictional: a county's press conference and an agreement
OPENING = "3月5日，青岚县人民政府新闻办公室举行新闻发布会，介绍物流园建设情况。"
HOST_ONLY = "主持人：今天的发布会到此结束，谢谢大家。"
ANSWER = "李明远：今年我们的目标是新签约项目15个以上。"
HOSTED = "发布会由县政府新闻办主任周晓岚主持。"
SIGNED = "6月2日，河湾区人民政府与南坪物流园管委会签订共建协议。"
SIGNED_BY = "河湾区副区长陈立代表区政府在协议上签字。"


@pytest.mark.parametrize(
    ("question", "stems"),
    [
        ("主持那场新闻发布会的是谁？", "主持"),
        ("代表河湾区在共建协议上签字的是谁？", "签"),
        ("代表县政府出席签约仪式的是哪位？", "出席"),
        ("带领考察团到物流园的是谁？", "带队|率队|带领|率领"),
        ("在发布会上介绍招商情况的是谁？", ""),  # 介绍: an office introduces too
        ("谁负责物流园的招商？", ""),  # often an organisation
        ("主持人是谁？", ""),  # a role: checks.py reads it
        ("谁主持了那场新闻发布会？", "主持"),  # the asker first
        ("那场发布会由哪位领导主持？", "主持"),
        ("谁代表河湾区与物流园签署协议？", "签"),
        ("谁在会上解读了《办法》？", "解读"),
        ("哪位县领导出席了签约仪式？", "出席"),
    ],
)
def test_the_deed_a_person_is_asked_by(question: str, stems: str) -> None:
    assert deed(question) == stems


def test_the_deed_must_be_told_beside_a_name() -> None:
    assert unnamed("主持那场新闻发布会的是谁？", [OPENING, ANSWER, HOST_ONLY])
    assert not unnamed("主持那场新闻发布会的是谁？", [OPENING, HOSTED])
    assert unnamed("代表河湾区在共建协议上签字的是谁？", [SIGNED])
    assert not unnamed("代表河湾区在共建协议上签字的是谁？", [SIGNED, SIGNED_BY])
    assert not unnamed("在发布会上介绍招商情况的是谁？", [OPENING])  # no deed read


def test_a_role_filled_by_whom_needs_a_sentence_naming_the_role() -> None:
    rule = "第六条　联合管理委员会主任由飞出地人员担任。"
    assert not unnamed("联合管理委员会主任由谁担任？", [rule])  # a rule's answer: no name
    assert unnamed("物流园建设领导小组组长由谁担任？", [SIGNED, rule])

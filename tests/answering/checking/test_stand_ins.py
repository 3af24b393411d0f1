"""The question's subject told only by the article on a sibling of it (stand_ins.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking import stand_ins
from tests.answering.checking.fake_evidence import evidence


def _article(title: str, text: str, quoted: str) -> SimpleNamespace:
    """Evidence quoting `quoted` from the one document `title` whose whole text is `text`."""
    ev = evidence(quoted, chunk=text)
    ev.docs = {"d": SimpleNamespace(title=title)}
    ev.hits = [c.hit for c in ev.chosen]
    ev.doc_chunks = lambda _doc_id: [SimpleNamespace(text=text)]
    return ev


_TUNNEL = "青岚山隧道是云溪市一条公路隧道，全长4.2公里。隧道由云溪路桥集团承建。"
_BUS = "城巴A22线是一条机场巴士路线。乘客乘搭城巴A10、A11、A12往返机场可获半价优惠。"
_SALT = "草酸钴（化学式：CoC2O4）是一种无机化合物，常温下为粉红色粉末。"
_KING = "景文王是南燕国的第十二代国王，太子即位后称为景明王。"
_TEMPLE = "南岭寺始建于唐代贞观年间，北宋时改为今名，死后葬于北郊。"
_FIRM = "浙江鸿远纺织股份有限公司（简称鸿远纺织）是一家民营企业，在越南设立了子公司。"
_BRIDGE = "白沙河大桥是一座斜拉桥，由桥梁专家周世安主持设计。"
_CHURCH = "四泉圣嘉禄堂是一座位于罗马的教堂，由建筑师博罗米尼设计。"
_STOP = "兆康苑巴士总站的路线途经富泰、景峰花园及华都花园。"


@pytest.mark.parametrize(
    ("question", "title", "text", "found"),
    [
        ("红石岭隧道全长多少公里？", "青岚山隧道", _TUNNEL, "红石岭隧道"),
        ("城巴11线连接了哪两个地方？", "城巴A22线", _BUS, "城巴11线"),
        ("草酸镍的化学式是什么？", "草酸钴", _SALT, "草酸镍"),
        ("景德王是南燕国的第几代国王？", "景文王", _KING, "景德王"),
        ("北岭寺始建于什么时候？", "南岭寺", _TEMPLE, "北岭寺"),
        ("福源酿造有限公司的创始人是谁？", "顺安酿造有限公司", "顺安酿造有限公司创立于1926年。", "福源酿造有限公司"),
    ],
)
def test_sibling_told(question, title, text, found):
    sentence = text.split("。")[0] + "。"
    assert stand_ins.missing(question, _article(title, text, sentence)) == found


@pytest.mark.parametrize(
    ("question", "title", "text"),
    [
        # the name asked is the article's
        ("青岚山隧道全长多少公里？", "青岚山隧道", _TUNNEL),
        # a short form of the title (白沙河桥 of 白沙河大桥) is the same thing
        ("白沙河桥是哪位专家设计的？", "白沙河大桥", _BRIDGE),
        # the same name in other characters shares sounds (圣卡罗 / 圣嘉禄)
        ("四喷泉圣卡罗教堂是谁设计的？", "四泉圣嘉禄堂", _CHURCH),
        # the kind said for the name (公司 of 鸿远纺织) is no other name
        ("鸿远公司在越南设立了什么？", "鸿远纺织", _FIRM),
        # the asked name's own part stands in the text (富泰 is a stop of the route)
        ("富泰巴士总站在什么地方？", "兆康苑巴士总站", _STOP),
        # a pronoun opens no name
        ("该隧道全长多少公里？", "青岚山隧道", _TUNNEL),
        # a document's long title is no name of the question's shape
        ("石埠区店招标牌离地面至少多高？", "石埠区户外招牌设置审批实施细则", "店招标牌底边离地面不低于3米。"),
    ],
)
def test_not_a_sibling(question, title, text):
    sentence = text.split("。")[0] + "。"
    assert stand_ins.missing(question, _article(title, text, sentence)) is None


def test_sibling_pieces():
    assert stand_ins.sibling("城巴11线", "城巴A22线") == ("巴11线", "11")
    assert stand_ins.sibling("北岭寺", "南岭寺") == ("北岭",)
    assert stand_ins.sibling("上海交大", "上海交通大学") is None  # cut short: shares 大
    assert stand_ins.sibling("中国第一汽车集团有限公司", "首钢集团有限公司") is None  # lengths apart

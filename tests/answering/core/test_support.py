"""Evidence read in its context: meta-worded and paraphrased questions find and keep their answer."""

from __future__ import annotations

import pytest

from knowledge.answering.core.support import doc_date, neighbours, now_month, zh_date
from knowledge.schema import DocumentInfo
from knowledge.text.tokens import question_tokens
from tests.conftest import make_service, warehouse_rules

# Fictional documents written for these tests.
DOCS = {
    "qinghe-2024-10.txt": (
        "青河园区前三季度签约项目翻番\n2024年10月15日　来源：青河日报\n"
        "截至2024年9月底，青河沿边产业园累计签约项目32个、协议投资190亿元。\n"
        "园区今年启动了首期标准厂房建设，在建面积6.2万平方米，预计年底前交付。\n"
    ),
    "qinghe-rules.txt": (
        "青河飞地园区建设管理办法\n2024年8月1日\n"
        "第九条 入园项目签约后12个月内未开工的，取消认定，园区可依法收回用地。\n"
        "第十条 飞地项目投产后前5年，地方留成税收由引进项目的县区分得60%。\n"
    ),
    "qinghe-villages.txt": (
        "青河边境村寨的这一年\n2024年12月5日　来源：青河融媒体中心\n"
        "清晨，岩湾村的村民把刚摘下的百香果装箱，一个小时后就能送到园区分拣中心。\n"
        "今年村里新修了两座冷库，果子不用再连夜外运。\n"
    ),
}


@pytest.fixture(scope="module")
def qinghe(tmp_path_factory):
    """The fictional documents in a store of their own (real e5)."""
    root = tmp_path_factory.mktemp("qinghe")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    svc = make_service(root / "store")
    (root / "warehouse.txt").write_text(warehouse_rules(60), encoding="utf-8")  # distractors
    svc.ingest_paths([root / name for name in DOCS] + [root / "warehouse.txt"])
    assert len(svc.searchable_chunks()) > 20
    return svc


def test_meta_words_are_not_terms_to_find() -> None:
    plain = question_tokens("青河园区的标准厂房在建面积有多少？")
    for meta in ("这篇报道说，", "那篇稿子里提到，", "政策解读里说", "2024年10月那篇报道说，"):
        tokens = question_tokens(meta + "青河园区的标准厂房在建面积有多少？")
        assert set(tokens) - {"2024", "年", "10", "月"} == set(plain)
    assert question_tokens("解读一共有几章几条？") == question_tokens("解读有几章几条？")


def test_a_meta_worded_question_is_answered(qinghe) -> None:
    ans = qinghe.ask("这篇报道说，青河园区的首期标准厂房在建面积有多少？")
    assert not ans.abstained and "6.2万平方米" in ans.answer


def test_a_paraphrased_question_finds_its_passage(qinghe) -> None:
    # the source says 签约后12个月内未开工的，取消认定
    ev = qinghe.evidence("飞地项目签了合同以后，最晚多久必须动工？")
    assert any("12个月内未开工" in h.chunk.text for h in ev.hits[:5])
    assert "12个月" in "".join(c.text for c in ev.chosen)


def test_a_document_date_and_neighbouring_sentences() -> None:
    news = DocumentInfo("d", "t", "s", 1, "now", published="2024-06-20 16:05")
    policy = DocumentInfo("p", "t", "s", 1, "now", issued_on="2024-08-16")
    assert doc_date(news) == "2024-06-20" and doc_date(policy) == "2024-08-16"
    assert doc_date(DocumentInfo("x", "t", "s", 1, "now")) is None
    assert zh_date("2024-06-20") == "2024年6月20日"
    text = "第一句。第二句。第三句。"
    assert neighbours(text, (4, 8)) == ("第一句。", "第三句。")


@pytest.mark.parametrize(
    "sentence, date, asked, month",
    [
        ("据了解，截至目前，园区累计签约项目17个。", "2024年6月20日", "2024年6月中旬", {6}),
        ("据了解，截至目前，园区累计签约项目17个。", "2024年6月20日", "2024年6月", {6}),
        ("据了解，截至目前，园区累计签约项目17个。", "2024年6月20日", "2024年6月底", set()),
        ("园区累计签约项目17个。", "2024年6月20日", "2024年6月", set()),  # of its own time
        ("目前，1—5月签约项目17个。", "2024年6月20日", "2024年6月", set()),  # its own months
        ("目前园区累计签约项目17个。", "2024年6月20日", "2024年上半年", set()),  # no month asked
        ("目前园区累计签约项目17个。", "", "2024年6月", set()),
    ],
)
def test_a_sentence_telling_how_things_stand_is_of_its_report_month(
    sentence: str, date: str, asked: str, month: set
) -> None:
    assert now_month(sentence, date, asked) == month

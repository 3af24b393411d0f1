"""Extractive answers: cited supporting sentences, refusals for questions the corpus can't answer."""

import pytest

from knowledge.__main__ import render_answer
from knowledge.errors import EmptyStoreError, UserError

# Written for this test, not used to fit the refusal model's Chinese weights.
OUT_OF_CORPUS = [
    "昆明市的市花是什么？",
    "磨憨口岸的海关编码是多少？",
    "2024年云南省的高考录取分数线是多少？",
    "如何办理港澳通行证？",
    "老挝的人口有多少？",
    "Python 的列表推导式怎么写？",
]


def test_answer_cites_the_passage(mohan_service):
    ans = mohan_service.ask("磨憨沿边产业园签约了多少个项目？")
    assert not ans.abstained and ans.mode == "extractive"
    assert "14" in ans.answer and "103.7" in ans.answer and "[1]" in ans.answer
    cited = {m for s in ans.sentences for m in s.citations}
    assert cited == {c.marker for c in ans.citations}
    assert any("磨憨沿边产业园签约项目14个" in c.text for c in ans.citations)
    assert 1 <= len(ans.sentences) <= 3


def test_citation_spans_point_into_the_document(mohan_service):
    ans = mohan_service.ask("重点“飞地园区”指的是哪两个园区？")
    for c in ans.citations:
        full = mohan_service.document_text(c.doc_id)
        assert full[c.start : c.end] == c.text
        for s, e in c.highlights:
            assert c.text[s:e] in ans.answer


def test_english_question_quotes_chinese_source(mohan_service):
    ans = mohan_service.ask(
        "How many projects were signed at the Mohan border industrial park, "
        "and how much investment do they bring?"
    )
    assert not ans.abstained and "14" in ans.answer


@pytest.mark.parametrize("question", OUT_OF_CORPUS)
def test_refuses_questions_about_absent_topics(mohan_service, question):
    ans = mohan_service.ask(question)
    assert ans.abstained, ans.answer
    assert ans.citations and ans.sentences == []


def test_user_errors_are_clear(mohan_service):
    for bad in ("", "   ", "😀😀😀", "问" * 10_000):
        with pytest.raises(UserError):
            mohan_service.ask(bad)


def test_empty_store_says_how_to_ingest(fresh_service):
    with pytest.raises(EmptyStoreError, match="python -m ingest"):
        fresh_service.ask("磨憨在哪里？")


RULES = (
    "第八条　园区企业缴纳的税收地方留成部分，前五年由飞出地和飞入地按照七比三的比例分享。\n"
    "第九条　飞入地取得的土地出让收入，扣除征地拆迁成本后，由合作双方按照四比六的比例分享。\n"
    "第十条　联合管理委员会每季度至少召开一次全体会议，研究园区建设中的重大事项。\n"
    "第十一条　市发展改革委每年对园区开展一次考核，考核结果分为优秀、合格、不合格三个等次。\n"
    "第十二条　园区的地区生产总值，由合作双方按照税收分享比例分别计入。\n"
)


def test_everyday_words_are_read_as_the_documents_terms(tmp_path):
    from tests.conftest import report_service

    svc = report_service(tmp_path, RULES, "rules.txt")
    ans = svc.ask("卖地的钱两边怎么分？")
    assert "土地出让" in ans.retrieval_query and "双方" in ans.retrieval_query
    assert ans.question == "卖地的钱两边怎么分？"  # answered as typed
    assert ans.read_as == (("卖地", "土地出让"), ("两边", "双方"))
    assert ans.read_as_text() == "卖地 → 土地出让；两边 → 双方"
    assert type(ans).from_json(ans.to_json()).read_as == ans.read_as
    assert render_answer(ans).startswith("按文档用语理解: 卖地 → 土地出让；两边 → 双方")
    assert not ans.abstained and "四比六" in ans.answer
    assert "地区生产总值" in svc.ask("园区的GDP记在哪边？").retrieval_query
    english = svc.ask("How is the GDP of the park shared?")
    assert "gdp" in english.retrieval_query and "生产总值" not in english.retrieval_query


def test_everyday_words_the_documents_use_are_kept(tmp_path):
    from tests.conftest import report_service

    svc = report_service(tmp_path, RULES + "有人说，卖地的钱两边分得清清楚楚。\n", "rules.txt")
    ans = svc.ask("卖地的钱两边怎么分？")
    assert "卖地" in ans.retrieval_query and ans.read_as == ()


def test_an_ask_remembers_its_texts_and_an_ingest_runs_the_plain_code(tmp_path):
    """The asking side's memos (text/memo.py) are on while the pipeline answers, streamed or
    not, and off again after: an ingest afterwards (its sentence pass too) fills none."""
    from knowledge.text import normalise, sentences
    from knowledge.text.memo import STATE
    from tests.conftest import report_service

    svc = report_service(tmp_path, RULES, "rules.txt")
    svc.sentence_pass.wait()
    normalise._normalise_memo.cache_clear()
    sentences._remembered_spans.cache_clear()
    ans = svc.ask("联合管理委员会多久开一次全体会议？")
    assert not ans.abstained and "每季度" in ans.answer and STATE.on is False
    assert normalise._normalise_memo.cache_info().currsize > 0
    assert sentences._remembered_spans.cache_info().currsize > 0
    *_, streamed = svc.ask_stream("联合管理委员会多久开一次全体会议？")
    assert streamed.answer == ans.answer and STATE.on is False
    normalise._normalise_memo.cache_clear()
    sentences._remembered_spans.cache_clear()
    svc.add_text(RULES.replace("每季度", "每月"), "第二份规则")
    svc.sentence_pass.wait()
    assert normalise._normalise_memo.cache_info().currsize == 0
    assert sentences._remembered_spans.cache_info().currsize == 0

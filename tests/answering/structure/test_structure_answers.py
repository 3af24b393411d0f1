"""Questions about a document's structure are answered from it, quoted and cited; other
questions are left to the sentence selection (fixtures: tests/data/policy, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_answers import _asks
from tests.conftest import ROOT, make_service

POLICY = ROOT / "tests" / "data" / "policy"
BANFA = "青禾市飞地园区利益分享管理办法"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("policy"), embedding={"provider": "fake"})
    assert [r.status for r in service.ingest_paths([POLICY])] == ["added"] * 4
    return service


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("第十条讲了什么？", ("article", (10, None, None, None, None))),
        ("第10条第二款怎么规定的？", ("article", (10, 2, None, None, None))),
        ("附件1第三条是什么？", ("article", (3, None, 1, None, None))),
        ("附件2是什么？", ("attachment", 2)),
        ("第三章有哪几条？", ("part", ("章", 3, None))),
        ("第三章第二节有哪几条？", ("part", ("节", 2, ("章", 3)))),
        ("这个办法最后一条规定了什么？", ("article", (-1, None, None, None, None))),
        ("政策解读开头说办法是哪天、由哪个机关印发的？", ("fields", ["issuer", "issued"])),
        ("什么时候开始施行？有效期多久？", ("fields", ["effective", "validity"])),
        ("发文字号是多少？", ("fields", ["doc_number"])),
        ("由哪个部门印发？", ("fields", ["issuer"])),
        ("这个条例是哪个机关通过的？", ("fields", ["issuer"])),
        ("这个条例是哪一天通过的？", ("fields", ["issued"])),
        ("这个办法有哪些附件？", ("fields", ["attachments"])),
        ("这个办法施行日期是哪天？", ("fields", ["effective"])),
        ("这个办法由哪个部门负责解释？", None),
        ("这项政策施行以来效果如何？", None),
        ("第一条高速公路什么时候通车？", None),
        ("上传附件有大小限制吗？", None),
        ("第二节课几点开始？", None),
        ("磨憨沿边产业园签约了多少个项目？", None),
    ],
)
def test_what_a_question_asks_of_a_structure(question, asks) -> None:
    assert _asks(question) == asks


def test_an_article_is_quoted_whole_clause_by_clause(svc) -> None:
    ans = svc.ask("第十条讲了什么？")
    assert not ans.abstained and ans.answer.startswith(f"《{BANFA}》第十条：")
    assert "按照五比五的比例与飞出地分享。[1]" in ans.answer
    assert "3月31日前拨付到位。[1]" in ans.answer
    (c,) = ans.citations
    assert c.section == "第三章 利益分享机制 › 第十条" and len(c.highlights) == 3
    assert [s.citations for s in ans.sentences] == [(), (1,), (1,), (1,)]


def test_a_clause_asked_for_alone(svc) -> None:
    ans = svc.ask("第10条第二款是怎么规定的？")
    assert ans.sentences[1].text.startswith("飞入地取得的土地出让收入")
    assert len(ans.sentences) == 2 and ans.citations[0].label() == f"《{BANFA}》第十条第二款"


def test_the_attachment_list(svc) -> None:
    ans = svc.ask("这个办法有哪些附件？")
    assert "附件：1．青禾市飞地园区项目申报表\n2．青禾市飞地园区收益分配测算表[1]" in ans.answer


def test_an_attachment_by_its_title_and_first_lines(svc) -> None:
    ans = svc.ask("办法的附件2是什么？")
    assert "附件2是《青禾市飞地园区收益分配测算表》。[1]" in ans.answer
    assert "二、分配比例：飞出地百分之六十，飞入地百分之四十。" in ans.answer
    assert ans.citations[0].section == "附件2 青禾市飞地园区收益分配测算表"


def test_the_articles_of_a_chapter(svc) -> None:
    ans = svc.ask("这个办法的第三章有哪几条？")
    assert "第三章 利益分享机制共4条：第七条、第八条、第九条、第十条。" in ans.answer
    assert len(ans.citations) == 4 and ans.citations[1].section.endswith("第八条")


def test_effect_validity_and_repeal_are_quoted_from_their_clause(svc) -> None:
    ans = svc.ask("这个办法什么时候开始施行？有效期多久？")
    assert "本办法自2024年6月1日起施行，有效期2年。[1]" in ans.answer  # one sentence, once
    assert ans.answer.count("[1]") == 1 and ans.citations[0].section == "第四章 附则 › 第十二条"
    repeal = svc.ask("这个办法施行后哪个文件废止了？")
    assert "原《青禾市园区合作共建暂行办法》（青政办〔2021〕7号）同时废止" in repeal.answer


def test_from_the_date_it_was_printed(svc) -> None:
    ans = svc.ask("这个通知什么时候开始施行？")
    assert "本通知自印发之日起施行。" in ans.answer and "2024-05-20" in ans.answer
    assert ans.citations[-1].section == "版记"


def test_header_fields_with_the_document_named(svc) -> None:
    number = svc.ask(f"《{BANFA}》的发文字号是多少？")
    assert f"《{BANFA}》：\n发文字号：青政办〔2024〕12号[1]" == number.answer
    c = number.citations[0]
    assert c.text[c.highlights[0][0] : c.highlights[0][1]] == "青政办〔2024〕12号"
    issuer = svc.ask(f"《{BANFA}》由哪个部门印发？")
    assert "发文机关：青禾市人民政府办公室" in issuer.answer
    assert "印发机关：青禾市人民政府办公室，2024年5月9日印发" in issuer.answer


def test_the_last_article_and_the_document_named_rather_than_its_interpretation(svc) -> None:
    last = svc.ask(f"《{BANFA}》最后一条规定了什么？")
    assert last.answer.startswith(f"《{BANFA}》") and "第十二条" in last.answer
    assert "自2024年6月1日起施行" in last.answer
    named = svc.ask(f"解读里说《{BANFA}》是由哪个部门印发的？")  # the 办法, not its 解读
    assert named.answer.startswith(f"《{BANFA}》：") and "青禾市人民政府办公室" in named.answer


def test_other_questions_and_documents_without_structure_go_the_usual_way(svc) -> None:
    ans = svc.ask("签约仪式上有多少个项目现场签约？")
    assert all(c.section is None for c in ans.citations[:1])
    assert not ans.answer.startswith("《")
    assert svc.ask("《不存在的办法》的发文字号是多少？").answer.find("青政办") == -1


def test_an_article_the_document_lacks_is_said_to_be_missing_not_guessed(svc) -> None:
    ans = svc.ask(f"《{BANFA}》第三十条讲了什么？")
    assert ans.abstained
    assert ans.answer.startswith(f"《{BANFA}》中没有第三十条（共十二条）。[1]")
    assert "第十二条" in (ans.citations[0].section or "")
    chapter = svc.ask(f"《{BANFA}》第九章有哪几条？")
    assert chapter.abstained and "没有第九章（共四章）" in chapter.answer


def test_an_english_question_about_an_article_is_answered_from_the_structure(svc) -> None:
    ans = svc.ask(f"What does Article 10 of 《{BANFA}》 say?")
    assert not ans.abstained and ans.answer.startswith(f"《{BANFA}》第十条：")


def test_an_english_question_naming_the_measures_by_their_kind(svc) -> None:
    """An English question naming "the enclave-park measures": the 办法 is read even when its
    passages are not retrieved, and an article it lacks is said to be missing."""
    ans = svc.ask("What does Article 30 of the enclave park benefit-sharing measures say?")
    assert ans.abstained and ans.answer.startswith(f"《{BANFA}》 has no Article 30")


def test_a_future_decision_is_no_field(svc) -> None:
    """「试行期满后会不会转为正式办法」 asks what the documents decide, not the 有效期."""
    assert _asks("这个办法的有效期是多久？") == ("fields", ["validity"])
    assert _asks("这个办法试行期满后会不会转为正式办法？") is None


def test_a_section_within_a_chapter_and_a_table_of_contents(tmp_path) -> None:
    """A 条例 with a 目录 (its chapters listed before the body) and 节 inside 章."""
    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "tiaoli"])
    chapter = service.ask("口岸管理条例第三章有哪几条？")
    assert "第三章 通关管理共4条：第五条、第六条、第七条、第八条。" in chapter.answer
    section = service.ask("口岸管理条例第三章第二节有哪几条？")
    assert "第二节 便利措施共2条：第七条、第八条。" in section.answer
    last = service.ask("口岸管理条例第五章讲了什么？")
    assert "第五章 附则共1条：第十条。" in last.answer


def test_a_regulation_s_adopting_body_and_date_and_a_decision_s_repeals(tmp_path) -> None:
    """A 条例 with only a 题注 says who adopted it and when; a 决定 that repeals a 规章 by
    「废止《…》」 supersedes it (fixtures: tests/data/gongwen, fictional)."""
    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "gongwen"])
    who = service.ask("乡村旅游促进条例是哪个机关通过的？")
    assert "发文机关：松岭省人民代表大会常务委员会" in who.answer
    when = service.ask("乡村旅游促进条例是什么时候通过的？")
    assert "通过日期：2024年9月26日" in when.answer
    docs = {d.title: d for d in service.list_documents()}
    old, decision = (
        docs["松岭市户外广告设置管理规定"],
        docs["松岭市人民政府关于废止和修改部分市政府规章的决定"],
    )
    assert (old.status, old.superseded_by, old.superseded_as) == (
        "superseded",
        decision.doc_id,
        "repealed",
    )
    assert docs["松岭市城市绿化管理办法"].status == "current"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("第十条第（一）项是什么？", ("article", (10, None, None, 1, None))),
        ("第十条第二款第（三）项第2目怎么规定？", ("article", (10, 2, None, 3, 2))),
        ("第四条第3项讲了什么？", ("article", (4, None, None, 3, None))),
        ("第四条(3)是什么？", ("article", (4, None, None, 3, None))),
    ],
)
def test_an_item_or_subitem_asked_alone(question, asks) -> None:
    assert _asks(question) == asks


def test_an_item_or_subitem_is_quoted_alone_and_a_subtitle_stays_off_the_label(tmp_path) -> None:
    """项 numbered （一） or (1) 1), and a 目, quoted alone under the article's name; the
    article's subtitle (【入住条件】) is on its path, its citation says 第三条. 「…办法第三条」
    is the 办法's, issued by a 印发 notice, not its 细则's 第三条, and is cited under the
    办法's own title, the notice staying the document (fictional)."""
    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "policy_subtitled"])
    notice = "松岭市人民政府办公室关于印发松岭市青年驿站管理办法的通知"
    title = "松岭市青年驿站管理办法"
    sub = service.ask("青年驿站管理办法第四条第二款第（二）项第2目是什么？")
    assert sub.answer.startswith(f"《{title}》第四条第二款第（二）项第2目：\n2.租房信息介绍")
    assert "公交" not in sub.answer and "十四天" not in sub.answer
    item = service.ask("青年驿站管理办法第三条第（2）项是什么？")
    assert item.answer.startswith(f"《{title}》第三条第（2）项：\n(2)在本市无住房")
    (c,) = item.citations
    assert c.section == "第三条【入住条件】 › 第（2）项"
    assert c.label().startswith(f"《{title}》第三条第（2）项")
    assert c.title == notice and c.cited_as == title  # the notice is the document
    assert c.doc_id in {d.doc_id for d in service.list_documents() if d.title == notice}
    last = service.ask("青年驿站管理办法第五条第2项规定了什么？")
    assert "违反驿站管理规定" in last.answer and "虚假材料" not in last.answer
    whole = service.ask("青年驿站管理办法第二条讲了什么？")
    assert whole.answer.startswith(f"《{title}》第二条：") and "不适用本办法" in whole.answer

"""The typed records: the contract fields of a document, chunk metadata without None, citation
labels, and answers saved before citations had a section still loading."""

from __future__ import annotations

from dataclasses import replace

from knowledge.schema import Answer, Chunk, Citation, DocField, DocumentInfo, section_label

CONTRACT = {
    "issuer",
    "doc_number",
    "doc_type",
    "issued_on",
    "effective_on",
    "published_on",
    "status",
    "superseded_by",
    "pages",
}


def test_document_json_has_the_contract_fields_with_defaults() -> None:
    plain = DocumentInfo("d", "题", "a.txt", 3, "2024-01-01T00:00:00+00:00").to_json()
    assert CONTRACT <= set(plain)
    assert plain["status"] == "current" and plain["superseded_by"] is None
    assert all(plain[k] is None for k in CONTRACT - {"status"})
    info = DocumentInfo(
        "d",
        "青禾市飞地园区利益分享管理办法",
        "banfa.txt",
        17,
        "",
        issuer="青禾市人民政府办公室",
        doc_number="青政办〔2024〕12号",
        doc_type="办法",
        issued_on="2024-05-08",
        effective_on="2024-06-01",
        repeals=("青禾市园区合作共建暂行办法",),
        fields=(DocField("validity", "有效期2年", 10, 15),),
    )
    data = info.to_json()
    assert data["doc_number"] == "青政办〔2024〕12号" and data["effective_on"] == "2024-06-01"
    assert data["repeals"] == ["青禾市园区合作共建暂行办法"]
    assert info.field("validity").value == "有效期2年" and info.field("cc") is None


def test_chunk_metadata_leaves_out_what_is_unknown() -> None:
    plain = Chunk("d:0", "d", 0, 0, 4, "正文。", "题", "a.txt")
    assert "section" not in plain.metadata() and "page" not in plain.metadata()
    cut = Chunk("d:1", "d", 1, 5, 9, "第十条。", "题", "a.txt", "第三章 › 第十条", 2)
    assert cut.metadata()["section"] == "第三章 › 第十条" and cut.metadata()["page"] == 2


def test_section_labels_as_citations_show_them() -> None:
    assert section_label("第三章 利益分享机制 › 第十条 › 第二款") == "第十条第二款"
    assert section_label("第一章 总则 › 第三条 › 第（一）项") == "第三条第（一）项"
    assert section_label("第五条 › 第二款至第三款") == "第五条第二款至第三款"
    assert section_label("附件2 青禾市飞地园区收益分配测算表") == "附件2"
    assert section_label("附件1 实施细则 › 第二章 审核 › 第三条") == "附件1第三条"
    assert section_label("附件1 申报表 › 一、项目基本情况") == "附件1 › 一、项目基本情况"
    assert (
        section_label("二、抓好重点任务 › （一）做好项目备案")
        == "二、抓好重点任务 › （一）做好项目备案"
    )


def cite(**kw) -> Citation:
    return Citation(1, "d", "青禾办法", "a.txt", "d:3", "第十条……", 0, 6, 0.5, **kw)


def test_citation_label() -> None:
    assert cite().label() == "青禾办法"
    assert (
        cite(section="第三章 利益分享机制 › 第十条 › 第二款").label() == "《青禾办法》第十条第二款"
    )
    assert cite(section="第三章 › 第十条", page=3).label() == "《青禾办法》第十条第3页"
    assert cite(page=2).label() == "《青禾办法》第2页"
    inner = Citation(
        1, "d", "《青禾办法》政策解读", "a.txt", "d:0", "一、……", 0, 3, 0.5, section="一、背景"
    )
    assert inner.label() == "《〈青禾办法〉政策解读》一、背景"


def test_an_article_of_an_issued_document_is_labelled_with_its_title() -> None:
    notice = "关于印发《青禾办法》的通知"
    c = Citation(1, "d", notice, "a.txt", "d:3", "第十条……", 0, 6, 0.5, section="第十条")
    issued = replace(c, cited_as="青禾办法", status_label="已废止")
    assert (
        issued.label() == "《青禾办法》第十条（已废止）" and issued.name() == "《青禾办法》第十条"
    )
    assert c.label() == "《关于印发〈青禾办法〉的通知》第十条"  # no cited_as: the document's
    data = issued.to_json()
    assert data["title"] == notice and data["cited_as"] == "青禾办法"  # the document stays
    assert Answer.from_json(Answer("q", "a", False, citations=[issued]).to_json()).citations == [
        issued
    ]


def test_answers_saved_before_sections_still_load_and_new_ones_round_trip() -> None:
    old = {
        "question": "q",
        "answer": "a[1]",
        "abstained": False,
        "citations": [
            {
                "marker": 1,
                "doc_id": "d",
                "title": "t",
                "source": "s",
                "chunk_id": "d:0",
                "text": "a",
                "start": 0,
                "end": 1,
                "score": 0.1,
                "highlights": [[0, 1]],
                "publisher": None,
                "published": None,
            }
        ],
        "sentences": [{"text": "a", "citations": [1]}],
    }
    ans = Answer.from_json(old)
    assert ans.citations[0].section is None and ans.citations[0].page is None
    new = Answer("q", "a[1]", False, citations=[cite(section="第十条", page=1)])
    again = Answer.from_json(new.to_json())
    assert again.citations[0].section == "第十条" and again.citations[0].page == 1
    assert new.to_json()["citations"][0]["section"] == "第十条"
    assert ans.refusal_rule is None  # saved before abstentions named their gate
    refused = Answer("q", "抱歉……", True, refusal_rule="shapes:year")
    assert Answer.from_json(refused.to_json()).refusal_rule == "shapes:year"


def test_a_citation_names_a_subtitled_article_by_its_number() -> None:
    assert section_label("第一章 总则 › 第三条【立法目的】 › 第二款") == "第三条第二款"
    assert section_label("第五条（适用范围） › 第（2）项") == "第五条第（2）项"
    assert section_label("第三条[立法目的]") == "第三条"

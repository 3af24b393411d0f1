"""Parsing the structure of the policy fixtures (tests/data/policy, fictional): fields, the
hierarchy with exact spans, attachments as sub-documents, and "no structure" for news."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents.cleaning import clean_text
from knowledge.documents.structure import Structure, parse

POLICY = Path(__file__).resolve().parent.parent / "data" / "policy"


def cleaned(name: str) -> str:
    return clean_text((POLICY / name).read_text(encoding="utf-8")).text


@pytest.fixture(scope="module")
def banfa() -> tuple[str, Structure]:
    text = cleaned("qinghe-feidi-banfa.txt")
    return text, parse(text)


def values(st: Structure) -> dict[str, str]:
    return {f.name: f.value for f in st.fields}


def by_path(st: Structure) -> dict[str, int]:
    return {st.path(i): i for i in range(len(st.sections))}


def test_the_banfa_header_footer_and_effect_fields(banfa) -> None:
    text, st = banfa
    v = values(st)
    assert st.doc_type == "办法" and st.title == "青禾市飞地园区利益分享管理办法"
    assert v["issuer"] == "青禾市人民政府办公室" and v["doc_number"] == "青政办〔2024〕12号"
    assert st.field("issued").value == "二〇二四年五月八日"
    assert st.field("issued").iso == "2024-05-08"
    assert (v["printed_by"], st.field("printed_on").iso) == ("青禾市人民政府办公室", "2024-05-09")
    assert v["cc"].startswith("市委各部门") and v["cc"].endswith("市人民检察院。")
    assert v["attachments"] == "1．青禾市飞地园区项目申报表\n2．青禾市飞地园区收益分配测算表"
    assert st.field("effective").iso == "2024-06-01" and v["validity"] == "有效期2年"
    assert "《青禾市园区合作共建暂行办法》" in v["repeals"]
    for f in st.fields:  # every field points at its own words (lists may wrap lines)
        assert text[f.start : f.end].replace("\n", "") == f.value.replace("\n", "")


def test_chapters_articles_clauses_items_and_subitems(banfa) -> None:
    text, st = banfa
    paths = by_path(st)
    kinds = [s.kind for s in st.sections]
    assert kinds.count("章") == 4 and kinds.count("条") == 12 and kinds.count("附件") == 2
    chapter = st.sections[paths["第三章 利益分享机制"]]
    assert (chapter.number, chapter.heading) == (3, "利益分享机制")
    assert [st.sections[i].label for i in st.children(paths["第三章 利益分享机制"])] == [
        "第七条",
        "第八条",
        "第九条",
        "第十条",
    ]
    tenth = st.sections[paths["第三章 利益分享机制 › 第十条"]]
    assert tenth.number == 10 and text[tenth.start : tenth.end].startswith("第十条　飞地园区")
    assert text[tenth.start : tenth.end].endswith("分享资金应当于每年3月31日前拨付到位。")
    second = st.sections[paths["第三章 利益分享机制 › 第十条 › 第二款"]]
    assert text[second.start : second.end].startswith("飞入地取得的土地出让收入")
    assert text[second.start : second.end].endswith("与飞出地分享。")
    item = paths["第二章 共建与管理 › 第五条 › 第二款 › 第（二）项 › 第2目"]
    assert text[st.sections[item].start : st.sections[item].end] == "2．预计投产时间。"
    # one paragraph: no 款, its 项 hang from the article
    assert "第一章 总则 › 第三条 › 第（三）项" in paths
    assert not any(p.startswith("第一章 总则 › 第三条 › 第一款") for p in paths)


def test_spans_nest_and_are_exact(banfa) -> None:
    text, st = banfa
    for i, s in enumerate(st.sections):
        assert text[s.start : s.end] == text[s.start : s.end].strip() != ""
        if s.parent is not None:
            p = st.sections[s.parent]
            assert p.start <= s.start and s.end <= p.end, st.path(i)
    articles = [s for s in st.sections if s.kind == "条"]
    assert all(a.end < b.start for a, b in zip(articles, articles[1:]))


def test_attachments_are_sub_documents_with_their_own_titles(banfa) -> None:
    text, st = banfa
    att = [(i, s) for i, s in enumerate(st.sections) if s.kind == "附件"]
    assert [(s.label, s.heading) for _, s in att] == [
        ("附件1", "青禾市飞地园区项目申报表"),
        ("附件2", "青禾市飞地园区收益分配测算表"),
    ]
    i, second = att[1]
    assert text[second.start : second.end].startswith("附件2\n\n青禾市飞地园区收益分配测算表")
    assert "抄送" not in text[second.start : second.end]  # the 版记 is not part of it
    assert [st.sections[k].name for k in st.children(i)] == [
        "一、测算依据",
        "二、分配比例",
        "三、填报说明",
    ]
    footer = st.sections[-1]
    assert footer.kind == "版记" and text[footer.start : footer.end].startswith("抄送：")


def test_the_notice_outline_and_its_two_line_title() -> None:
    text = cleaned("qinghe-feidi-tongzhi.txt")
    st = parse(text)
    v = values(st)
    assert st.doc_type == "通知"
    assert st.title == "青禾市发展和改革委员会关于贯彻落实《青禾市飞地园区利益分享管理办法》的通知"
    assert v["doc_number"] == "青发改［2024］35号" and v["issuer"] == "青禾市发展和改革委员会"
    assert v["recipients"] == "各县（市、区）发展改革局，市直有关单位"
    assert st.field("effective").iso == "2024-05-20"  # 自印发之日起施行: the 印发日期
    paths = list(by_path(st))
    assert "二、抓好重点任务 › （一）做好项目备案 › 2．定期报送" in paths
    assert [s.kind for s in st.sections].count("outline1") == 3
    assert "青政办〔2024〕12号" not in v.values()  # a number quoted in the body is not its own


def test_an_interpretation_has_an_outline_but_no_effect_of_its_own() -> None:
    st = parse(cleaned("qinghe-feidi-jiedu.txt"))
    assert st.doc_type == "解读" and st.field("published").iso == "2024-05-10"
    assert [s.name for s in st.sections] == [
        "一、出台背景",
        "二、主要内容",
        "三、创新举措",
        "四、施行时间",
    ]
    assert st.field("effective") is None and st.field("validity") is None


def test_news_has_no_structure() -> None:
    st = parse(cleaned("qinghe-feidi-news.txt"))
    assert st.empty and st.fields == () and st.doc_type is None
    assert parse("").empty and parse("一段没有结构的文字。").empty


def test_article_numbers_must_follow_on() -> None:
    text = "某规定\n第一条 甲。\n第三条规定的情形除外。\n第二条 乙。\n第三条 丙。"
    st = parse(text)
    assert [s.label for s in st.sections if s.kind == "条"] == ["第一条", "第二条", "第三条"]
    first = st.sections[0]
    assert text[first.start : first.end] == "第一条 甲。\n第三条规定的情形除外。"
    assert parse("新闻标题\n第5条线路今天开通。\n市民反映良好。").empty  # one is not a structure


def test_digits_in_headings_and_outline_needs_an_official_document() -> None:
    st = parse("青禾市园区管理规定\n第1条 甲。\n第2条 乙。\n第10条 丙。")
    assert [s.number for s in st.sections if s.kind == "条"] == [1, 2]  # 第10条: a 款 of 第2条
    news = "市里召开会议\n一、会议回顾了上半年工作。\n二、会议部署了下半年任务。"
    assert parse(news).empty
    notice = "青禾市财政局关于做好年度决算的通知\n一、做好准备。\n二、按时报送。"
    assert [s.name for s in parse(notice).sections] == ["一、做好准备", "二、按时报送"]


def test_the_same_structure_from_md_html_and_docx() -> None:
    import html
    import io

    import docx

    from knowledge.documents.loaders import load_bytes

    raw = (POLICY / "qinghe-feidi-banfa.txt").read_text(encoding="utf-8")
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    page = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    word = docx.Document()
    for ln in lines:
        word.add_paragraph(ln)
    buf = io.BytesIO()
    word.save(buf)
    files = {
        "a.md": raw.encode(),
        "a.html": f"<body>{page}</body>".encode(),
        "a.docx": buf.getvalue(),
    }

    def shape(st: Structure) -> list[tuple[str, str]]:
        return [(s.kind, s.label) for s in st.sections]

    want = parse(cleaned("qinghe-feidi-banfa.txt"))
    for name, data in files.items():
        st = parse(clean_text(load_bytes(data, name, 2**24).text).text)
        assert shape(st) == shape(want), name
        assert st.field("doc_number").value == "青政办〔2024〕12号", name


def test_a_table_of_contents_does_not_open_the_chapters_twice() -> None:
    text = (
        "青禾市口岸管理条例\n\n目　　录\n\n第一章　总　　则\n第二章　通关管理\n\n"
        "第一章　总　　则\n\n第一条　为了加强口岸管理，制定本条例。\n\n"
        "第二章　通关管理\n\n第二条　口岸实行单一窗口服务。\n\n第三条　本条例自2023年9月1日起施行。\n"
    )
    st = parse(text)
    chapters = [s for s in st.sections if s.kind == "章"]
    assert [c.name for c in chapters] == ["第一章 总则", "第二章 通关管理"]
    second = st.sections.index(chapters[1])
    assert [s.label for s in st.sections if s.parent == second] == ["第二条", "第三条"]


def test_measures_in_markdown_are_a_policy_document() -> None:
    """A 「若干措施」 (no 文种 of GB/T 9704, but a policy document) with its organ and date
    under the title: structured, dated and signed, not read as a news report."""
    from knowledge.documents.loaders import load_file
    from knowledge.ingestion.plan import Planned, plan, record_fields
    from knowledge.settings import IngestSettings

    raw = load_file(POLICY.parent / "gongwen" / "songling-minying-jingji-cuoshi.md", 1 << 20)
    planned = plan(raw, IngestSettings())
    assert isinstance(planned, Planned)
    got = record_fields(planned.structure, planned.doc)
    assert (got["doc_type"], got["issuer"]) == ("措施", "松岭市人民政府办公室")
    assert (got["issued_on"], got["effective_on"], got["published_on"]) == (
        "2025-06-03",
        "2025-07-01",
        None,
    )
    paths = [c.section for c in planned.chunks if c.section]
    assert paths == ["一、优化营商环境", "二、加大金融支持", "三、附则"]


def test_a_page_pasted_as_text_takes_its_title_from_the_labelled_one() -> None:
    """Text copied from a 政策文件 page: the site's name on the first line, the 信息公开 rows,
    then the document; the title is the line the 「标题：」 cell names."""
    text = clean_text(
        (POLICY.parent / "gongwen" / "songling-jiuye-yijian-paste.txt").read_text(encoding="utf-8")
    ).text
    st = parse(text)
    assert st.title == "松岭市人民政府办公室关于进一步做好稳就业工作的实施意见"
    assert st.doc_type == "意见" and st.field("doc_number").value == "松府办发〔2025〕9号"
    assert [s.label for s in st.sections if s.kind == "outline1"] == ["一、", "二、"]


def test_article_subtitles_are_on_the_path_and_items_1_2_3_are_items() -> None:
    """「第一条【立法目的】」「第二条（适用范围）」: the subtitle is part of the article's name
    on the path (a question about 适用范围 meets it in the heading); （1） (1) 1) are 项."""
    text = (POLICY.parent / "policy_subtitled" / "songling-gongyu-banfa.txt").read_text("utf-8")
    st = parse(clean_text(text).text)
    paths = by_path(st)
    assert "第一条【立法目的】" in paths and "第二条（适用范围） › 第二款" in paths
    assert "第三条【入住条件】 › 第（3）项" in paths
    assert "第五条【退出】 › 第（2）项" in paths
    assert "第四条【入住期限】 › 第二款 › 第（二）项 › 第2目" in paths
    assert [s.number for s in st.sections if s.kind == "条"] == [1, 2, 3, 4, 5, 6]


ISSUED = Path(__file__).resolve().parent.parent / "data" / "issued"


def test_a_notice_issuing_two_documents_has_each_with_its_articles_and_effect() -> None:
    text = clean_text((ISSUED / "tingxi-liangfa-tongzhi.txt").read_text(encoding="utf-8")).text
    st = parse(text)
    paths = by_path(st)
    for title in ("汀溪县农村电商服务站管理办法", "汀溪县电商直播基地认定办法"):
        assert title in paths
        assert [f"{title} › 第{n}条" in paths for n in "一二三四"] == [True] * 4
    third = st.sections[paths["汀溪县电商直播基地认定办法 › 第三条"]]
    assert text[third.start : third.end] == "第三条　认定为县级直播基地的，一次性奖励十五万元。"
    assert st.field("issuer").value == "汀溪县商务局"
    assert st.field("issued").iso == "2025-09-16"
    effective = [(f.value, f.iso) for f in st.fields if f.name == "effective"]
    assert effective == [
        ("本办法自2025年10月1日起施行", "2025-10-01"),
        ("本办法自印发之日起施行", "2025-09-16"),
    ]
    assert [f.value for f in st.fields if f.name == "validity"] == ["有效期两年"]


def test_a_ban_fa_carried_as_an_attachment_is_chunked_article_by_article() -> None:
    from knowledge.documents.chunking import chunk_structure

    text = clean_text((ISSUED / "tingxi-fujian-tongzhi.txt").read_text(encoding="utf-8")).text
    sections = [c.section for c in chunk_structure(text, parse(text))]
    assert "附件1 汀溪县民宿发展扶持办法 › 第二章 扶持措施 › 第三条" in sections
    assert "附件1 汀溪县民宿发展扶持办法 › 第三章 附则 › 第五条" in sections


def test_a_banner_record_printed_before_the_attachments() -> None:
    """The 版记 (抄送, 印发) closes the notice's own pages and the 附件 pages follow it: the 落款
    before it still dates the notice, the 版记 is read, each 附件 is its own section."""
    text = (
        "禾川市体育局文件\n禾体发〔2024〕7号\n禾川市体育局关于开展健身操比赛的通知\n各区体育局：\n"
        "一、比赛于2024年9月举行。\n附件：1．报名表\n2．比赛规程\n禾川市体育局\n2024年6月3日\n"
        "抄送：市人民政府办公室。\n禾川市体育局办公室　2024年6月4日印发\n"
        "附件1\n报名表\n姓名\t单位\n队名\t人数\n附件2\n比赛规程\n一、每队不超过12人。\n"
        "二、比赛分初赛和决赛。\n三、初赛录像评审。\n四、决赛现场评审。\n五、设一等奖3名。\n"
    )
    st = parse(text)
    assert st.field("issued").iso == "2024-06-03"
    assert st.field("printed_on").iso == "2024-06-04"
    kinds = [(s.kind, s.label) for s in st.sections if s.parent is None]
    assert ("版记", "版记") in kinds and ("附件", "附件2") in kinds
    record = next(s for s in st.sections if s.kind == "版记")
    assert text[record.start : record.end].startswith("抄送") and record.end < text.index("附件1\n")

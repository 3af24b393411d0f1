"""Who issued a 公文: the 发文机关标志 with or without 「文件」, joint issues on one line or
stacked, the 署名 before the 成文日期 (alone, joint, on the date's line, over a seal note), and no
issuer for a news report whose first line names an organisation. The texts are our own."""

from __future__ import annotations

import pytest

from knowledge.documents import gongwen_fields as gw
from knowledge.documents import issuers
from knowledge.documents.issued import cited_as, issued_title, issued_titles
from knowledge.documents.structure import parse

OFFICE = "青禾市人民政府办公室"
JOINT = "中共青禾市委办公室、青禾市人民政府办公室"
BODY = (
    "\n\n一、摸清底数。各地于6月底前完成园区企业名录核对。\n二、按月报送。每月5日前报送上月数据。\n"
)
NOTICE = "关于做好飞地园区统计工作的通知"


def fields(text: str) -> dict[str, str]:
    return {f.name: f.value for f in parse(text).fields}


def issuer_span(text: str) -> str:
    f = parse(text).field("issuer")
    return text[f.start : f.end]


@pytest.mark.parametrize(
    "head",
    [
        f"{OFFICE}\n\n青政办〔2024〕20号\n\n",  # the organ alone, then the 发文字号
        f"{OFFICE}\n\n",  # then, after a blank line, a 「关于」 title
        f"{OFFICE}文件\n\n青政办〔2024〕20号\n\n",
    ],
)
def test_the_organ_alone_on_the_first_line_is_the_issuer(head: str) -> None:
    text = head + NOTICE + BODY
    got = fields(text)
    assert got["issuer"] == OFFICE and got["title"] == NOTICE
    assert issuer_span(text) == OFFICE


@pytest.mark.parametrize(
    "head",
    [
        "中共青禾市委办公室　青禾市人民政府办公室\n\n青办发〔2024〕3号\n\n",
        "中共青禾市委办公室　　青禾市人民政府办公室文件\n\n青办发〔2024〕3号\n\n",
        "中共青禾市委办公室\n青禾市人民政府办公室\n文件\n\n青办发〔2024〕3号\n\n",
        "中共青禾市委办公室\n青禾市人民政府办公室\n\n",  # two organs, then the title
    ],
)
def test_a_joint_issue_names_both_organs(head: str) -> None:
    text = head + "关于加快飞地园区建设的实施意见" + BODY
    got = fields(text)
    assert got["issuer"] == JOINT and got["title"] == "关于加快飞地园区建设的实施意见"
    span = issuer_span(text)
    assert span.startswith("中共青禾市委办公室") and span.endswith(OFFICE)


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        (f"{OFFICE}\n2024年6月3日", OFFICE),
        (f"{OFFICE}\n二〇二四年六月三日\n（此件公开发布）", OFFICE),
        (f"{OFFICE}\n（盖章）\n2024年6月3日", OFFICE),
        (f"{OFFICE}　　2024年6月3日", OFFICE),
        ("中共青禾市委办公室　　青禾市人民政府办公室\n2024年6月3日", JOINT),
        ("中共青禾市委办公室\n青禾市人民政府办公室\n2024年6月3日", JOINT),
    ],
)
def test_the_signature_before_the_date_gives_the_issuer(closing: str, issuer: str) -> None:
    text = NOTICE + BODY + "\n" + closing + "\n"
    got = fields(text)
    assert got["issuer"] == issuer == got["signer"]
    assert parse(text).field("issued").iso == "2024-06-03"
    body = [s for s in parse(text).sections if s.kind == "outline1"]
    assert "办公室" not in text[body[-1].start : body[-1].end]  # the 落款 is no part of the body


def test_a_bare_organ_over_a_normative_title_counts_only_with_articles() -> None:
    banfa = f"{OFFICE}\n青禾市飞地园区统计管理办法\n第一条　为规范统计，制定本办法。\n第二条　本办法自2024年7月1日起施行。\n"
    got = fields(banfa)
    assert got["issuer"] == OFFICE and got["title"] == "青禾市飞地园区统计管理办法"
    news = f"{OFFICE}\n青禾市出台飞地园区统计管理办法\n记者从市政府获悉，办法近日出台。\n下一步将抓好落实。\n"
    got = fields(news)
    assert "issuer" not in got and got["title"] == "青禾市出台飞地园区统计管理办法"


@pytest.mark.parametrize(
    "news",
    [
        "青禾市发展和改革委员会\n青禾市举行飞地园区合作项目集中签约仪式\n6月2日，12个项目现场签约。\n",
        "青禾市发展和改革委员会\n\n飞地园区建设观察\n本报记者　林青\n飞地园区发展很快。\n",
        "青禾日报社\n青禾市飞地园区项目签约\n6月2日，12个项目现场签约。\n青禾市融媒体中心\n2024年6月3日\n",
    ],
)
def test_news_whose_first_line_names_an_organisation_has_no_issuer(news: str) -> None:
    assert "issuer" not in fields(news)


def test_organs_are_names_set_apart_and_nothing_else() -> None:
    line = gw.Line(5, 5 + 22, "中共青禾市委办公室　青禾市人民政府办公室")
    assert issuers.organs(line) == [(5, 14), (15, 25)]
    for text in [
        "青禾市召开会议研究飞地园区",
        "第一章　总则",
        "青禾市",
        "各县（市、区）人民政府：",
    ]:
        assert issuers.organs(gw.Line(0, len(text), text)) == [], text


def test_closing_finds_attachment_note_signer_and_chinese_date() -> None:
    text = "正文最后一段。\n附件：1．甲表\n2．乙表\n青禾市人民政府办公室\n二〇二四年五月八日\n（此件公开发布）"
    first, found = issuers.closing(gw.lines_of(text), text)
    got = {f.name: f for f in found}
    assert first == 1
    assert got["issued"].iso == "2024-05-08" and got["signer"].value == OFFICE
    assert got["attachments"].value == "1．甲表\n2．乙表"


# what a copy on the web or in Markdown puts under the title instead of the 版头
UNDER_TITLE = (
    "青禾市跨境电商发展实施意见\n\n青政办发〔2025〕3号\n\n各区县人民政府，市政府各部门：\n\n"
    "为加快跨境电商发展，现提出如下意见。\n\n一、总体要求\n\n到2027年交易额突破200亿元。\n"
)
SIGNED_UNDER_TITLE = (
    "青禾市数字经济产业园租金减免办法\n\n青禾市工业和信息化局\n2025年3月6日\n\n"
    "第一条 为降低企业入驻成本，制定本办法。\n\n第二条 本办法自2025年4月1日起施行。\n"
)
ISSUING_NOTICE = (
    "关于印发《青禾市人才公寓管理细则》的通知\n\n发布时间：2025-02-10 09:30 来源：青禾市住建局\n\n"
    "青建发〔2025〕7号\n\n各区县住房和城乡建设部门：\n\n"
    "现将《青禾市人才公寓管理细则》印发给你们，请认真贯彻执行。\n\n"
    "青禾市住房和城乡建设局\n\n2025年2月8日\n\n青禾市人才公寓管理细则\n\n"
    "第一条　为规范人才公寓管理，制定本细则。\n\n第二条　本细则自印发之日起施行。\n"
)


def test_the_number_and_recipients_under_the_title_are_read() -> None:
    got = fields(UNDER_TITLE)
    assert got["doc_number"] == "青政办发〔2025〕3号"
    assert got["recipients"] == "各区县人民政府，市政府各部门"


def test_the_organ_and_date_under_the_title_are_issuer_and_issued_date() -> None:
    st = parse(SIGNED_UNDER_TITLE)
    assert st.field("issuer").value == "青禾市工业和信息化局"
    assert st.field("issued").iso == "2025-03-06"
    assert st.field("effective").iso == "2025-04-01"


def test_a_notice_that_carries_the_document_it_issues_is_signed_before_it() -> None:
    st = parse(ISSUING_NOTICE)
    assert st.field("doc_number").value == "青建发〔2025〕7号"
    assert st.field("issuer").value == "青禾市住房和城乡建设局"
    assert st.field("issued").iso == "2025-02-08"
    assert st.field("published").iso == "2025-02-10"  # 发布时间 of the web page
    assert st.field("effective").iso == "2025-02-08"  # 自印发之日起: the 成文日期
    assert [s.label for s in st.sections if s.kind == "条"] == ["第一条", "第二条"]


def test_a_notice_that_names_what_it_issues_without_brackets_is_signed_before_it() -> None:
    text = ISSUING_NOTICE.replace(
        "关于印发《青禾市人才公寓管理细则》的通知",
        "青禾市住房和城乡建设局关于印发青禾市人才公寓管理细则的通知",
        1,
    )
    st = parse(text)
    assert st.field("issued").iso == "2025-02-08"  # the 落款 before the 细则 it carries
    assert st.field("issuer").value == "青禾市住房和城乡建设局"


def test_a_news_date_line_under_the_title_makes_no_issuer() -> None:
    news = (
        "青禾港口货运量创新高\n\n2025年3月6日\n\n记者从青禾市港口局获悉，一季度货运量增长一成。\n"
    )
    assert "issuer" not in fields(news) and "doc_number" not in fields(news)


@pytest.mark.parametrize(
    ("title", "issued"),
    [
        ("关于印发《青禾市人才公寓管理细则》的通知", "青禾市人才公寓管理细则"),
        (
            "昆明市人民政府办公室关于印发昆明市磨憨飞地园区建设管理办法（试行）的通知",
            "昆明市磨憨飞地园区建设管理办法（试行）",
        ),
        (
            "青禾市财政局关于发布\n《青禾市园区用地收益分成规定》的决定",
            "青禾市园区用地收益分成规定",
        ),
        ("关于印发《青禾市人才公寓管理细则》和《青禾市人才公寓租金标准》的通知", None),
        ("青禾市发展和改革委员会关于贯彻落实《青禾市飞地园区利益分享管理办法》的通知", None),
        ("青禾市飞地园区利益分享管理办法", None),
        (None, None),
    ],
)
def test_the_document_a_notice_issues_is_named_by_its_title(title, issued) -> None:
    assert issued_title(title) == issued


def test_only_an_article_of_the_issued_document_is_cited_under_its_title() -> None:
    notice = "青禾市住房和城乡建设局关于印发青禾市人才公寓管理细则的通知"
    assert cited_as(notice, "第二章 申请 › 第十条 › 第二款") == "青禾市人才公寓管理细则"
    assert cited_as(notice, "第三条【入住条件】 › 第（2）项") == "青禾市人才公寓管理细则"
    assert cited_as(notice, None) is None  # the notice's own text
    assert cited_as(notice, "附件1 申请表 › 第三条") is None  # an attachment is the notice's
    assert cited_as(notice, "版记") is None
    assert cited_as(notice, "一、总体要求") is None  # no article: may be the notice's own outline
    assert cited_as("青禾市人才公寓管理细则", "第十条") is None  # a document of its own


def test_a_notice_issuing_two_documents_cites_each_article_under_its_own() -> None:
    notice = "关于印发《汀溪县农村电商服务站管理办法》和《汀溪县电商直播基地认定办法》的通知"
    assert issued_titles(notice) == ["汀溪县农村电商服务站管理办法", "汀溪县电商直播基地认定办法"]
    assert issued_titles("关于印发《汀溪县农村电商服务站管理办法》的通知") == []
    assert cited_as(notice, "汀溪县电商直播基地认定办法 › 第三条") == "汀溪县电商直播基地认定办法"
    assert (
        cited_as(notice, "汀溪县农村电商服务站管理办法 › 第一条") == "汀溪县农村电商服务站管理办法"
    )
    assert cited_as(notice, "汀溪县电商直播基地认定办法") is None  # its title line: no article


def test_an_article_of_a_ban_fa_carried_as_an_attachment_is_cited_under_the_attachment() -> None:
    notice = "汀溪县人民政府办公室关于印发汀溪县民宿发展扶持办法的通知"
    path = "附件1 汀溪县民宿发展扶持办法 › 第二章 扶持措施 › 第三条"
    assert cited_as(notice, path) == "汀溪县民宿发展扶持办法"
    assert cited_as("某某县关于开展民宿评星的通知", path) == "汀溪县民宿发展扶持办法"
    assert cited_as(notice, "附件2 汀溪县民宿备案申请表") is None  # no article, no 办法
    assert cited_as(notice, "附件1 申请表 › 第三条") is None  # a form is no document cited so
    assert cited_as(notice, "附件1 关于做好验收工作的通知 › 第三条") is None


def test_joint_seals_read_as_one_line_are_the_organs_of_a_joint_issue() -> None:
    """OCR ran two 署名 side by side together: cut where the place name starts again."""
    ln = gw.Line(0, 13, "湖岭市财政局湖岭市教育局")
    assert [ln.text[s:e] for s, e in issuers.organs(ln)] == ["湖岭市财政局", "湖岭市教育局"]
    one = gw.Line(0, 11, "湖岭市人民政府办公室")
    assert issuers.organs(one) == [(0, 10)]


def test_the_lead_organ_of_a_joint_issue_gives_way_to_its_signers() -> None:
    mark = gw.Field("issuer", "湖岭市财政局", 0, 6)
    signer = gw.Field("signer", "湖岭市财政局、湖岭市教育局", 90, 102)
    got = [f for f in issuers.choose([mark, signer], None) if f.name == "issuer"]
    assert [f.value for f in got] == ["湖岭市财政局、湖岭市教育局"]
    alone = gw.Field("signer", "湖岭市教育局", 90, 96)
    got = [f for f in issuers.choose([mark, alone], None) if f.name == "issuer"]
    assert [f.value for f in got] == ["湖岭市财政局"]


def test_a_press_qa_names_its_issuer_by_the_source_line_a_news_report_does_not() -> None:
    head = "发布时间：2026-03-04　来源：桐川县人力资源和社会保障局\n\n"
    qa = "问：补贴标准是多少？\n\n答：每月最高400元。\n\n问：在哪里申请？\n\n答：乡镇便民服务中心。\n"
    st = parse("县人社局负责人就灵活就业补贴答记者问\n\n" + head + qa)
    assert (st.doc_type, st.field("issuer").value) == ("答记者问", "桐川县人力资源和社会保障局")
    news = parse("灵活就业补贴本月发放\n\n" + head + "本月共发放补贴120万元。\n")
    assert news.field("issuer") is None


def test_a_public_account_s_interpretation_names_its_issuer_by_its_closing_source_line() -> None:
    body = "".join(f"要点{n}：第{n}项任务按期完成。\n\n" for n in range(1, 8))
    text = "一图看懂｜桐川县农村物流三年行动方案\n\n原创 桐川商务 2025年05月23日\n\n" + body
    st = parse(text + "来源：桐川县商务局\n")
    assert (st.doc_type, st.field("issuer").value) == ("解读", "桐川县商务局")
    quoted = parse(text + "数据来源：桐川县商务局统计\n")
    assert quoted.field("issuer") is None  # a line citing its data's source names no issuer


@pytest.mark.parametrize("kind", ["规范性文件", "行政规范性文件", "　规范性文件"])
def test_a_header_naming_the_kind_of_file_names_the_organ_before_it(kind: str) -> None:
    text = f"{OFFICE}{kind}\n\n青政办规〔2024〕3号\n\n{NOTICE}{BODY}"
    assert fields(text)["issuer"] == OFFICE  # not 「青禾市人民政府办公室规范性」


def test_a_joint_title_wrapped_after_its_first_organs_is_no_header() -> None:
    """「X局　Y局」 / 「Z局关于印发…」 under the 文号: the title's first line, all three organs."""
    body = "\n\n第一条　为规范补助资金管理，制定本细则。\n\n第二条　本细则自2025年5月1日起施行。\n"
    head = "望发改〔2025〕5号\n\n"
    title = (
        "望川区发展和改革局　望川区财政局\n望川区住房和城乡建设局关于印发《望川区补助细则》的通知"
    )
    got = fields(head + title + body)
    assert got["issuer"] == "望川区发展和改革局、望川区财政局、望川区住房和城乡建设局"
    wrapped = "望川区市场监督管理局\n望川区消防救援支队关于印发《望川区充电场所管理办法》的通知"
    assert fields(head + wrapped + body)["issuer"] == "望川区市场监督管理局、望川区消防救援支队"


def test_an_organ_over_a_title_naming_itself_is_still_its_header() -> None:
    text = f"{OFFICE}\n\n青政办发〔2024〕3号\n\n{OFFICE}{NOTICE}{BODY}"
    assert fields(text)["issuer"] == OFFICE


def test_a_signature_with_no_date_under_it_is_the_issuer_over_the_printing_office() -> None:
    text = (
        "关于开展助餐点食品安全检查的通知\n沅市监食(2025)3号\n各区市场监督管理局：\n"
        "一、检查范围。全市备案的助餐点。\n本通知自印发之日起施行。\n沅澄市市场监督管理局\n"
        "沅澄市市场监督管理局办公室　　2025年6月3日印发"
    )
    got = fields(text)
    assert got["issuer"] == "沅澄市市场监督管理局"
    assert parse(text).field("effective").iso == "2025-06-03"


def test_a_site_s_host_line_at_the_foot_is_no_signature() -> None:
    text = "沅澄市助餐点建设政策问答\n来源：沅澄市民政局\n问：要建吗？\n答：要建。\n沅澄市人民政府办公室主办"
    assert fields(text)["issuer"] == "沅澄市民政局"


def test_an_organ_named_twice_over_the_title_is_one_organ() -> None:
    """A running header 「汀兰区卫生健康局」 over the 版头 「鹤浦市汀兰区卫生健康局」: one organ,
    its fuller name; a 发布机构 label without the city, signed with it, gives the signed name."""
    text = (
        "汀兰区卫生健康局\n鹤浦市汀兰区卫生健康局\n汀卫〔2025〕8号\n"
        "鹤浦市汀兰区卫生健康局关于组织开展托育从业人员培训的通知\n各托育机构：\n"
        "一、培训分两期进行。\n鹤浦市汀兰区卫生健康局\n2025年6月9日\n"
    )
    assert {f.name: f.value for f in parse(text).fields}["issuer"] == "鹤浦市汀兰区卫生健康局"
    text = (
        "发布机构：汀兰区人民政府办公室\n成文日期：2025年04月14日\n"
        "鹤浦市汀兰区人民政府办公室关于推进社区托育服务的通知\n各街道办事处：\n"
        "一、每个街道建成1个托育服务点。\n鹤浦市汀兰区人民政府办公室\n2025年4月14日\n"
    )
    assert {f.name: f.value for f in parse(text).fields}["issuer"] == "鹤浦市汀兰区人民政府办公室"
    assert issuers.fuller("鹤浦市汀兰区卫生健康局", "汀兰区卫生健康局")
    assert not issuers.fuller("鹤浦市财政局", "财政局局")


def test_an_organ_named_twice_alike_over_the_title_is_one_organ() -> None:
    """A one-page PDF keeps its running header 「枫渚市城市管理局」 over the same 版头: no joint
    issue of the organ with itself."""
    text = (
        "枫渚市城市管理局\n枫渚市城市管理局\n枫城管发〔2025〕8号\n"
        "枫渚市城市管理局关于开展绿道设施检查的通知\n各区城市管理部门：\n"
        "一、检查对象为全市绿道。\n枫渚市城市管理局\n2025年4月25日\n"
    )
    assert {f.name: f.value for f in parse(text).fields}["issuer"] == "枫渚市城市管理局"

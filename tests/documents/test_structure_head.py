"""Reading the head of a policy document (fictional texts): a title broken before its 的通知, a
portal page's breadcrumb and padded labels, an attachment's lost heading, a cover page, a running
header over the 文号, Word's metadata cells under the banner."""

from __future__ import annotations

from knowledge.documents.cleaning import clean_text
from knowledge.documents.structure import Structure, parse


def values(st: Structure) -> dict[str, str]:
    return {f.name: f.value for f in st.fields}


def test_title_broken_before_its_de_tongzhi() -> None:
    """A PDF line broke 「…关于印发…办法」 from 「的通知」: the title is both lines, a notice
    issuing the 办法 that follows its 落款."""
    text = (
        "湖岭府规〔2023〕4号\n湖岭市人民政府关于印发湖岭市街巷停车管理办法\n的通知\n"
        "各区人民政府：\n现将《湖岭市街巷停车管理办法》印发给你们，请遵照执行。\n"
        "湖岭市人民政府\n2023年3月9日\n湖岭市街巷停车管理办法\n"
        "第一条　为规范街巷停车，制定本办法。\n第二条　本办法自2023年5月1日起施行。\n"
    )
    st = parse(text)
    assert st.title == "湖岭市人民政府关于印发湖岭市街巷停车管理办法的通知"
    assert st.doc_type == "通知"
    assert st.field("issued").iso == "2023-03-09"
    assert [t for t, _, _ in st.issued] == ["湖岭市街巷停车管理办法"]


def test_portal_page_with_a_breadcrumb_and_padded_labels() -> None:
    """A portal page: breadcrumb, 信息公开 table with padded labels, then the notice."""
    page = (
        "您当前的位置：首页 > 政务公开 > 政策文件\n"
        "发布机构：\t湖岭市人民政府\t成文日期：\t2024-04-02\n"
        "名　　称：\t湖岭市人民政府关于印发湖岭市夜市管理办法的通知\n"
        "文　　号：\t湖岭府规〔2024〕1号\t发布日期：\t2024-04-08\n"
        "湖岭市人民政府关于印发湖岭市夜市管理办法的通知\n湖岭府规〔2024〕1号\n"
        "各区人民政府：\n现将《湖岭市夜市管理办法》印发给你们。\n湖岭市人民政府\n2024年4月2日\n"
        "湖岭市夜市管理办法\n第一条　为规范夜市经营，制定本办法。\n"
        "第二条　本办法自2024年6月1日起施行。\n"
    )
    st = parse(clean_text(page, None, web=True).text)
    assert st.title == "湖岭市人民政府关于印发湖岭市夜市管理办法的通知"
    assert st.field("doc_number").value == "湖岭府规〔2024〕1号"
    assert st.doc_type == "通知"


def test_an_attachment_whose_heading_is_lost_begins_at_the_title_its_note_names() -> None:
    """No 「附件」 over the table the 附件说明 names (lost in a scan): the 落款 before it is read."""
    text = (
        "湖岭市财政局文件\n湖财教〔2024〕8号\n湖岭市财政局关于拨付校舍维修资金的通知\n"
        "各区财政局：\n现拨付校舍维修资金，请及时下达。\n附件：校舍维修资金分配表\n"
        "湖岭市财政局\n2024年3月4日\n校舍维修资金分配表\n区\t金额\n东区\t300\n"
        "抄送：市审计局。\n湖岭市财政局办公室　2024年3月6日印发\n"
    )
    st = parse(text)
    assert st.field("issued").iso == "2024-03-04"
    assert [s.kind for s in st.sections if s.kind == "附件"] == ["附件"]


# a booklet's cover page before the 公文 (`cover.cover_end` tells where the body starts)
COVER_PAGE = "岚桥县集贸市场\n摊位管理办法\n岚桥县人民政府\n2024年9月"
AFTER_COVER = (
    "岚桥县人民政府规范性文件\n岚政规〔2024〕5号\n岚桥县集贸市场摊位管理办法\n"
    "第一条　为规范集贸市场摊位管理，制定本办法。\n"
    "第二条　本办法自2024年10月1日起施行。\n岚桥县人民政府\n2024年9月12日"
)


def test_the_structure_after_a_cover_page_is_read_from_the_page_after_it() -> None:
    text = COVER_PAGE + "\n\n" + AFTER_COVER
    st = parse(text, len(COVER_PAGE) + 2)
    got = values(st)
    assert got["doc_number"] == "岚政规〔2024〕5号"  # lost when the cover's name was the title
    assert got["title"] == "岚桥县集贸市场摊位管理办法" and st.doc_type == "办法"
    assert got["issuer"] == "岚桥县人民政府"  # not 「岚桥县人民政府规范性」 of the header line
    assert got["issued"] == "2024年9月12日"
    assert all(s.start >= len(COVER_PAGE) for s in st.sections)
    assert "doc_number" not in values(parse(text))  # read from the cover: the 文号 is missed


def test_a_running_header_over_the_number_is_no_title() -> None:
    """A one-page PDF keeps its running header: the title is the one naming its 文种 after the
    发文字号, on two lines."""
    text = (
        "青禾市民政局　养老服务专刊\n青民发〔2025〕4号\n青禾市民政局关于公布第一批社区养老服务\n"
        "驿站名单的通知\n各区民政局：\n现将第一批名单予以公布。\n青禾市民政局\n2025年2月3日\n"
    )
    st = parse(text)
    assert st.title == "青禾市民政局关于公布第一批社区养老服务驿站名单的通知"
    assert st.field("doc_number").value == "青民发〔2025〕4号"


def test_a_word_table_of_metadata_cells_under_the_banner() -> None:
    text = (
        "青禾市民政局\n成文日期\t2025年3月9日\n公开形式\t主动公开\n"
        "青禾市民政局关于做好养老服务驿站年检的通知\n各区民政局：\n请按时年检。\n青禾市民政局\n"
    )
    st = parse(text)
    assert st.title == "青禾市民政局关于做好养老服务驿站年检的通知"
    assert st.field("issued").iso == "2025-03-09"


def test_a_pasted_pages_site_name_is_no_part_of_its_title() -> None:
    """The site's name over a 解读 pasted as text is not the first line of 「关于《…》的解读」;
    the 来源 organ, named by its level alone, takes the site's place."""
    text = (
        "鹤浦市汀兰区人民政府\n关于《汀兰区托育机构综合监管办法》的解读\n"
        "发布时间：2025-09-05　来源：区卫生健康局\n一、制定依据\n"
        "《汀兰区托育机构综合监管办法》依据有关规定制定。\n"
    )
    st = parse(text, site="鹤浦市汀兰区人民政府")
    assert st.title == "关于《汀兰区托育机构综合监管办法》的解读"
    assert st.doc_type == "解读"
    assert values(st)["issuer"] == "鹤浦市汀兰区卫生健康局"


def test_a_gazettes_head_line_is_no_part_of_the_title() -> None:
    text = (
        "鹤浦市人民政府公报　2025年第9期\n鹤浦市卫生健康委员会\n关于公布普惠托育机构收费标准的通告\n"
        "鹤卫健〔2025〕40号\n一、全日托每人每月不超过2200元。\n本通告自2025年10月1日起施行。\n"
        "鹤浦市卫生健康委员会\n2025年9月1日\n"
    )
    st = parse(text)
    assert st.title == "鹤浦市卫生健康委员会关于公布普惠托育机构收费标准的通告"
    assert st.doc_type == "通告"


def test_a_four_cell_information_table_stands_over_the_title() -> None:
    text = (
        "索引号\t113309000025316K/2025-00088\t主题分类\t卫生、体育\n"
        "发布机构\t鹤浦市人民政府办公室\t成文日期\t2025-07-03\n"
        "文号\t鹤政办发〔2025〕15号\t发布日期\t2025-07-08\n"
        "有效性\t有效\t统一编号\tHPFG-2025-00009\n\n"
        "鹤浦市人民政府办公室关于推进托育服务的通知\n\n各区人民政府：\n\n"
        "一、每个街道建成1个托育服务点。\n\n鹤浦市人民政府办公室\n\n2025年7月3日\n"
    )
    st = parse(text)
    assert st.title == "鹤浦市人民政府办公室关于推进托育服务的通知"
    assert st.doc_type == "通知"
    assert values(st)["doc_number"] == "鹤政办发〔2025〕15号"


def test_a_byline_under_the_title_then_the_number_of_a_portal_page() -> None:
    text = (
        "桐湾市城市管理局关于公布户外广告设施禁设区域的公告\n来源：市城市管理局　时间：2025-06-26\n"
        "桐城管告［2025］2号\n一、历史文化街区内禁止设置户外广告设施。\n桐湾市城市管理局\n2025年6月23日\n"
    )
    st = parse(text)
    assert st.field("doc_number").value == "桐城管告［2025］2号"
    assert st.field("published").iso == "2025-06-26"
    assert st.field("issued").iso == "2025-06-23"


def test_a_running_header_naming_the_title_without_its_period_is_no_title() -> None:
    text = (
        "桐湾市户外广告设施设置专项规划\n桐城管规〔2025〕2号\n"
        "桐湾市户外广告设施设置专项规划（2025—2030年）\n一、规划背景\n全市现有户外广告设施约1.6万处。\n"
        "桐湾市城市管理局\n2025年3月28日\n"
    )
    st = parse(text)
    assert st.title == "桐湾市户外广告设施设置专项规划（2025—2030年）"
    assert st.field("doc_number").value == "桐城管规〔2025〕2号"


def test_a_normative_document_s_stamp_over_its_banner() -> None:
    """「××市行政规范性文件」, its 登记号 and 有效期至 over the 版头: neither title nor issuer, and
    the 有效期 date is no publish date."""
    raw = (
        "禾川市行政规范性文件\n登记号：HCFR—2024—0011\n有效期至：2029年3月31日\n\n"
        "禾川市民政局文件\n禾民规〔2024〕2号\n禾川市社区食堂补助办法\n"
        "第一条　为了支持社区食堂运营，制定本办法。\n第二条　本办法自2024年4月1日起施行。\n"
        "禾川市民政局\n2024年3月5日\n"
    )
    doc = clean_text(raw)
    assert doc.published is None
    st = parse(doc.text)
    got = values(st)
    assert st.title == "禾川市社区食堂补助办法" and st.doc_type == "办法"
    assert got["doc_number"] == "禾民规〔2024〕2号" and got["issuer"] == "禾川市民政局"
    assert st.field("validity").iso == "2029-03-31"


def test_a_joint_rule_under_three_organs_and_their_three_numbers() -> None:
    text = (
        "禾川市住房和城乡建设局\n禾川市文化和旅游局\n禾川市财政局\n"
        "禾建发〔2024〕5号　禾文旅发〔2024〕2号　禾财发〔2024〕9号\n禾川市街头游园管护细则\n"
        "第一条　为了加强街头游园管护，制定本细则。\n第二条　本细则自2024年6月1日起施行。\n"
        "禾川市住房和城乡建设局\n禾川市文化和旅游局\n禾川市财政局\n2024年5月6日\n"
    )
    st = parse(text)
    assert st.title == "禾川市街头游园管护细则"
    assert values(st)["doc_number"] == "禾建发〔2024〕5号"

"""Tests for knowledge.documents.formats.html on the web-page fixture: the main content and its
header only, the chrome never, the publish date from the header."""

from __future__ import annotations

import pytest

from knowledge.documents.cleaning import clean_text
from knowledge.documents.loaders import load_bytes
from tests.documents.formats.conftest import LIMIT, cleaned, loaded

PAGE = "qinghe-tuijinhui.html"
CHROME = [
    "无障碍浏览",
    "政务公开",
    "办事服务",
    "首页",
    "正文",
    "广告",
    "飞地贷",
    "字体",
    "打印",
    "关闭",
    "上一篇",
    "下一篇",
    "分享到",
    "微博",
    "推广",
    "招商热线",
    "网站标识码",
    "备案号",
    "主办",
    "https://",
    "责任编辑",
    "林晓岚",
]


def test_page_title_without_the_site_name() -> None:
    assert loaded(PAGE).title_hint == "青禾市召开飞地园区建设推进会"


def test_main_content_kept() -> None:
    text = cleaned(PAGE).text
    assert text.startswith("青禾市召开飞地园区建设推进会\n")
    assert "全市飞地园区累计签约项目46个，协议投资212亿元" in text
    assert text.endswith("不得以任何理由拖欠或截留分享资金。")
    assert "来源：青禾市发展和改革委员会" in text


@pytest.mark.parametrize("junk", CHROME)
def test_chrome_never_in_the_text(junk: str) -> None:
    assert junk not in cleaned(PAGE).text


def test_publish_date_from_the_header_not_the_body() -> None:
    doc = cleaned(PAGE)
    assert doc.published == "2025-10-17 17:49:01"  # not 2025年12月31日 of the third paragraph
    assert doc.publisher == "青禾市发展和改革委员会"
    assert doc.editors == ("林晓岚",)  # read before its line is dropped


def test_meta_date_when_the_header_has_no_label() -> None:
    page = (
        '<html><head><meta name="PubDate" content="2024-07-17 06:04"><title>园区通知</title></head>'
        "<body><h1>园区通知</h1><p>园区将于2024年9月1日起调整班车时间，请相互转告。</p></body></html>"
    )
    raw = load_bytes(page.encode(), "a.html", LIMIT)
    assert raw.published == "2024-07-17"


def test_eval_pages_keep_their_content() -> None:
    from tests.conftest import ROOT

    raw = load_bytes(
        (ROOT / "eval/corpus/2024-06-20-news-first-enclave-agreement.html").read_bytes(),
        "a.html",
        LIMIT,
    )
    assert "发布时间：2024-06-20 16:05" in raw.text
    assert "磨憨沿边产业园累计签约项目17个" in raw.text
    assert "相关阅读" not in raw.text and "主办单位" not in raw.text


POLICY_PAGE = "songling-jiuye-yijian.html"


def test_a_policy_page_title_without_the_site_parts_and_its_fields() -> None:
    """No <h1>: the <title> 「标题_政策文件_网站名」 is cut to the title the page shows; the
    政府信息公开 table above the document is metadata, never its title."""
    from knowledge.documents.structure import parse

    title = "松岭市人民政府办公室关于进一步做好稳就业工作的实施意见"
    assert loaded(POLICY_PAGE).title_hint == title
    doc = cleaned(POLICY_PAGE)
    st = parse(doc.text)
    assert st.title == title and st.doc_type == "意见"
    fields = {f.name: f.value for f in st.fields}
    assert fields["issuer"] == "松岭市人民政府办公室"
    assert fields["doc_number"] == "松府办发〔2025〕9号"
    assert st.field("issued").iso == "2025-04-15" and st.field("published").iso == "2025-04-18"
    assert fields["recipients"] == "各区县人民政府，市政府各部门"
    assert st.field("validity").iso == "2027-12-31"
    outline = [st.path(i) for i, s in enumerate(st.sections) if s.kind == "outline1"]
    assert outline == ["一、支持企业稳岗扩岗", "二、促进重点群体就业", "三、强化就业服务保障"]
    for junk in ("当前位置", "字体", "打印本页", "相关文件", "备案号", "网站地图", "登录"):
        assert junk not in doc.text


def test_a_title_keeps_its_own_underscore_when_the_page_shows_no_shorter_line() -> None:
    page = (
        "<html><head><title>园区A_B区块招商公告</title></head><body><h2>园区A_B区块招商公告</h2>"
        "<p>园区A_B区块即日起对外招商，欢迎符合条件的企业报名参加。</p></body></html>"
    )
    assert load_bytes(page.encode(), "a.html", LIMIT).title_hint == "园区A_B区块招商公告"


def test_a_page_titled_only_by_its_site_takes_the_title_over_its_byline() -> None:
    page = (
        "<html><head><title>青禾县人民政府</title></head><body>"
        "<div>青禾县人民政府 今天是：2025年6月20日 星期五</div>"
        "<div>您所在的位置：首页 » 政务公开</div>"
        "<div class='t'>青禾县人民政府办公室关于做好冷链物流项目储备工作的通知</div>"
        "<div>发布时间：2025年06月20日 09:30　来源：青禾县人民政府办公室</div>"
        "<p>各乡镇要在7月15日前报送项目储备表，逾期未报的项目不列入今年的储备库。</p>"
        "<p>各乡镇要逐个项目核实用地、环评和资金来源，确保储备项目年内能够开工。</p>"
        "</body></html>"
    )
    title = "青禾县人民政府办公室关于做好冷链物流项目储备工作的通知"
    raw = load_bytes(page.encode(), "a.html", LIMIT)
    assert raw.title_hint == title
    text = clean_text(raw.text, raw.title_hint, web=True).text
    assert text.startswith(title)  # the masthead line above it is gone


def test_a_related_list_and_comments_are_not_the_page_s_text() -> None:
    body = "".join(
        f"<p>冷链园一季度签约项目{n}个，协议投资{n}亿元，已开工项目一批。</p>" for n in (9, 10)
    )
    page = (
        "<html><body><h1>冷链园首季签约</h1><div>2025-04-02 来源：青禾日报</div>"
        f"<div class='a'>{body}</div><div class='r'><h3>相关新闻</h3><ul>"
        "<li><a href='/a'>冷链园上月产值突破3亿元</a> 2025-03-08</li>"
        "<li><a href='/b'>冷链园二期开工</a> 2025-03-01</li></ul></div>"
        "<div class='c'><h3>网友评论</h3><p>老杨：去年才5个吧。</p></div></body></html>"
    )
    raw = load_bytes(page.encode(), "p.html", LIMIT)
    text = clean_text(raw.text, raw.title_hint, published=raw.published, web=True).text
    assert "签约项目9个" in text and "3亿" not in text and "二期" not in text
    assert "老杨" not in text


def test_a_title_naming_only_the_column_and_the_site_gives_way_to_the_h1() -> None:
    page = (
        "<html><head><title>政策解读_沅澄市发展和改革委员会</title></head><body>"
        "<div>首页 | 政策解读</div><h1>一图读懂《沅澄市充电设施建设补助办法》</h1>"
        "<p>来源：市发展和改革委员会　发布时间：2025-03-20</p>"
        "<p>近日，市发展和改革委员会印发了补助办法，明确了直流桩和交流桩的补助标准。</p>"
        "<p>一、补助对象为住宅小区内向居民开放使用的公共充电桩及配套供电设施。</p></body></html>"
    )
    got = load_bytes(page.encode(), "t.html", LIMIT)
    assert got.title_hint == "一图读懂《沅澄市充电设施建设补助办法》"
    shown = page.replace("<h1>", "<h2>政策解读</h2><h1>")  # the <title>'s column is on the page
    assert load_bytes(shown.encode(), "t.html", LIMIT).title_hint == "政策解读"


def test_a_page_s_site_names_the_place_of_a_source_without_one() -> None:
    """「政策解读_岚溪市人民政府」 over an <h1>: the site's city is the one 「来源：市财政局」
    speaks for; a <title> that is only the site's name gives way to the <h1>."""
    from knowledge.documents.structure import parse

    def page(title: str, h1: str, source: str) -> str:
        return (
            f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
            f"<div><span>来源：{source}</span><span>发布时间：2025-06-25</span></div>"
            "<p>一、钱由谁出？建设补贴市级全额负担，运营补贴市、区按6:4分担。</p>"
            "<p>二、多久拨一次？运营补贴按季度拨付，就餐补贴按月结算。</p></body></html>"
        )

    raw = load_bytes(
        page("政策解读_岚溪市人民政府", "一图读懂补贴细则", "市财政局").encode(), "a.html", LIMIT
    )
    assert raw.site == "岚溪市人民政府"
    doc = clean_text(raw.text, raw.title_hint, web=True)
    assert parse(doc.text, site=raw.site).field("issuer").value == "岚溪市财政局"
    raw = load_bytes(
        page("岚溪市石埠区人民政府", "助餐点建设政策问答", "区民政局").encode(), "b.html", LIMIT
    )
    assert raw.title_hint == "助餐点建设政策问答" and raw.site == "岚溪市石埠区人民政府"
    doc = clean_text(raw.text, raw.title_hint, web=True)
    assert parse(doc.text, site=raw.site).field("issuer").value == "岚溪市石埠区民政局"


def test_the_site_s_name_in_the_top_bar_does_not_keep_a_column_title() -> None:
    page = (
        "<html><head><title>政策解读_青禾市人民政府</title></head><body>"
        "<div><a>青禾市人民政府</a></div><h1>图解：物业服务管理办法三个要点</h1>"
        "<p>发布时间：2024年9月20日　来源：市住房和城乡建设局</p>"
        "<p>要点一：物业企业应当公示收费标准。</p></body></html>"
    )
    got = load_bytes(page.encode(), "t.html", LIMIT)
    assert got.title_hint == "图解：物业服务管理办法三个要点"


def test_a_title_in_an_h2_under_an_information_table_is_kept() -> None:
    """「标题_规范性文件_网站名」 with no <h1>: the title shown in an <h2> under a 信息公开 table
    (whose rows trafilatura reads as the first paragraph) stays on the page and is the title."""
    title = "鹤浦市人民政府办公室关于推进托育服务的通知"
    page = (
        f"<html><head><title>{title}_规范性文件_鹤浦市人民政府</title></head><body>"
        "<div>鹤浦市人民政府　首页　政务公开　互动交流</div><table>"
        "<tr><td>索引号</td><td>113309000025316K/2025-00088</td><td>主题分类</td>"
        "<td>卫生、体育</td></tr>"
        "<tr><td>发布机构</td><td>鹤浦市人民政府办公室</td><td>成文日期</td><td>2025-07-03</td></tr>"
        f"</table><h2>{title}</h2><div><p>各区人民政府：</p>"
        "<p>一、每个街道至少建成1个社区嵌入式托育服务点，用房由街道统筹安排。</p>"
        "<p>二、社区托育服务点免收场地租金，水电费按居民价格执行。</p></div></body></html>"
    )
    got = load_bytes(page.encode(), "t.html", LIMIT)
    assert got.title_hint == title
    assert title in got.text.split("\n")
    assert "首页" not in got.text

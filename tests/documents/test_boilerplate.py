"""Tests for knowledge.documents.boilerplate: a web page's chrome recognised line by line, in
HTML files and in text pasted from a page, never a line of content."""

from __future__ import annotations

import pytest

from knowledge.documents.boilerplate import drop_boilerplate, is_byline, is_chrome, masthead
from knowledge.documents.cleaning import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "https://www.qinghe.example.gov.cn/xwzx/202510/t20251017_1.html",
        "www.qinghe.example.gov.cn",
        "原文链接：https://www.example.gov.cn/a.html",
        "首页 > 新闻 > 正文",
        "首页>园区动态",
        "当前位置：首页 > 新闻中心 > 园区动态",
        "您现在的位置: 首页 › 政策文件",
        "上一篇：青禾市飞地园区人才公寓首批交付使用",
        "下一篇: 飞地园区标准厂房开放参观",
        "上一版",
        "下一版",
        "字体：大 中 小",
        "【字体：大 中 小】",
        "字号 大 中 小",
        "打印 关闭",
        "【打印本页】【关闭窗口】",
        "分享到：微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "网站首页 | 投资指南 | 政策法规 | 联系我们",
        "首页 政务公开 新闻中心 投资促进",
        "鹤浦市汀兰区人民政府　首页　政务公开　互动交流",
        "广告",
        "【广告】青禾农商银行“飞地贷”上线",
        "推广：园区招商热线",
    ],
)
def test_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "观察 | 这场全市会议,为何选在磨憨召开?",
        "第一章　总　则",
        "鹤浦市汀兰区人民政府　首页　政务公开",
        "一、总体要求",
        "中",
        "项目\t天数",
        "|装备制造|不低于300|不低于25|",
        "2024-05-12 21:12:41      来源:昆明发布",
        "推广期内减免租金的项目共12个。",
        "园区将打印好的申请表分享给各县。",
        "会议要求，各县（市、区）要在2025年12月31日前完成认定。",
    ],
)
def test_content(line: str) -> None:
    assert not is_chrome(line)


def test_editor_lines_go_on_a_page_only() -> None:
    lines = ["正文。", "责任编辑：林晓岚"]
    assert drop_boilerplate(lines, web=True) == ["正文。"]
    assert drop_boilerplate(lines) == lines  # a plain text's byline is content
    pasted = ["首页 > 新闻 > 正文", "正文。", "【责任编辑：林晓岚】", "分享到：微信 微博"]
    assert drop_boilerplate(pasted) == ["正文。"]  # pasted from a page: its chrome shows it


def test_chrome_at_the_end_of_a_header_line_is_cut() -> None:
    lines = [
        "发布时间: 2025-10-17 17:49:01　来源：青禾市发展和改革委员会　【字体：大 中 小】　【打印】【关闭】",
        "2025-01-10 10:20　来源：昆明市发展和改革委员会 字号：大 中 小 打印本页",
        "发布时间：2024-06-20 16:05　来源：合作区投资促进局　浏览次数：1286",
        "园区决定关闭",
    ]
    assert drop_boilerplate(lines, web=True) == [
        "发布时间: 2025-10-17 17:49:01　来源：青禾市发展和改革委员会",
        "2025-01-10 10:20　来源：昆明市发展和改革委员会",
        "发布时间：2024-06-20 16:05　来源：合作区投资促进局　浏览次数：1286",  # metadata: kept
        "园区决定关闭",
    ]


PASTED = """当前位置：首页 > 园区动态 > 正文
青禾市飞地园区人才公寓首批交付使用
2025 03/18　来源：青禾日报
【字体：大 中 小】【打印】【关闭】
3月17日，青禾市飞地园区人才公寓首批120套房源交付使用，首批入住人员来自9家飞地项目企业。
据介绍，第二批房源计划于2025年10月底前交付。
责任编辑：周一帆
上一篇：园区召开一季度安全生产会议
下一篇：飞地园区新增两条通勤班车线路
https://www.qinghe.example.gov.cn/yqdt/202503/t20250318_2.html"""


def test_pasted_page_cleaned_and_dated_from_its_header() -> None:
    doc = clean_text(PASTED)
    assert doc.text.split("\n") == [
        "青禾市飞地园区人才公寓首批交付使用",
        "2025 03/18　来源：青禾日报",
        "3月17日，青禾市飞地园区人才公寓首批120套房源交付使用，首批入住人员来自9家飞地项目企业。",
        "据介绍，第二批房源计划于2025年10月底前交付。",
    ]
    assert doc.published == "2025-03-18" and doc.publisher == "青禾日报"
    assert doc.title == "青禾市飞地园区人才公寓首批交付使用"


def test_a_site_footer_goes_on_a_page_but_an_event_s_sponsor_stays() -> None:
    page = [
        "当前位置：首页 > 政务公开 > 政策文件",
        "本意见自印发之日起施行。",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "主办单位：松岭市人民政府办公室 | 网站地图 | 联系我们",
        "主办：青禾市人民政府办公室\u3000承办：青禾市大数据中心",
        "版权所有：松岭市人民政府　备案号：松ICP备00000001号",
    ]
    assert drop_boilerplate(page) == ["本意见自印发之日起施行。"]
    event = ["青禾市举办飞地园区招商推介会", "主办单位：青禾市商务局", "推介会共签约项目12个。"]
    assert drop_boilerplate(event) == event  # no chrome around it: an article's own line
    assert drop_boilerplate(event, web=True) == event  # a sponsor alone is no footer


@pytest.mark.parametrize(
    "line",
    ["您当前的位置：首页 > 通知公告 > 正文", "您所在的位置：首页 › 部门文件", "当前位置：政务公开"],
)
def test_breadcrumb_however_its_label_is_worded(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "您好，欢迎访问青禾市发展和改革委员会网站！  无障碍 | 长者模式 | 登录",
        "欢迎访问松岭市人民政府门户网站",
        "青禾市商务局欢迎您！ 今天是：2025年3月4日 星期二",
        "今天是2025年3月4日 星期二",
    ],
)
def test_a_site_greeting_and_today_s_date_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["欢迎各类企业踊跃申报。", "副市长欢迎您的到来，并介绍了园区情况。", "欢迎参观飞地园区展厅"],
)
def test_a_welcome_in_the_text_stays(line: str) -> None:
    assert not is_chrome(line)


def test_a_site_footer_with_its_address_goes_on_a_page() -> None:
    page = ["当前位置：首页 > 政策问答", "答：可以。", "【打印此页】 【关闭窗口】"]
    footer = "主办：青禾市商务局 | 地址：青禾市湖滨路8号 | 电话：0591-1234567"
    assert drop_boilerplate([*page, footer]) == ["答：可以。"]
    assert drop_boilerplate(["主办单位：青禾市商务局", "地址：湖滨路8号会展中心"]) == [
        "主办单位：青禾市商务局",
        "地址：湖滨路8号会展中心",
    ]  # an event's sponsor and venue, not on a page


@pytest.mark.parametrize(
    "line",
    [
        "信息来源：青禾县商务局 发布时间：2025-07-08 15:30 点击数：1046",
        "作者：物流科　来源：青禾市商务局　时间：2025-07-02 10:15　阅读：862次",
        "2025 03/18　来源：青禾日报",
        "发布时间：2025-03-05 16:20　浏览次数：2318",
    ],
)
def test_byline(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "发布日期：2025年06月11日",
        "来源：青禾日报",
        "据青禾日报2025年3月5日报道，园区新签约12个项目。",
    ],
)
def test_no_byline(line: str) -> None:
    assert not is_byline(line)


PASTED_WITH_MASTHEAD = """青禾县人民政府门户网站
手机版 | 无障碍 | 长者版
请输入关键字 搜索
首页 > 政务公开 > 通知公告
青禾县商务局关于开展2025年度农村电商补贴申报工作的通知
信息来源：青禾县商务局 发布时间：2025-03-10 09:00 点击数：312
【字体：大 中 小】 【打印】 【关闭】
各乡镇人民政府：
现将有关事项通知如下。
上一篇：青禾县2月份消费品市场运行情况
网站标识码：1234560001 闽ICP备00000000号-1"""


def test_the_lines_above_a_page_s_title_are_its_masthead() -> None:
    doc = clean_text(PASTED_WITH_MASTHEAD)
    assert doc.title == "青禾县商务局关于开展2025年度农村电商补贴申报工作的通知"
    assert doc.text.split("\n")[0] == doc.title and "门户网站" not in doc.text


def test_no_masthead_over_a_document_s_own_header() -> None:
    table = [
        "索引号：001/2025-1",
        "文号：青府〔2025〕3号",
        "青禾市园区管理办法",
        "来源：市政府　2025-01-02",
    ]
    assert masthead(table) == 0
    news = ["青禾日报记者从园区获悉，新厂房已经交付。", "标题", "2025-01-02 来源：青禾日报"]
    assert masthead(news) == 0  # a sentence above: not a masthead
    broken = [
        "青禾网",
        "青禾县商务局关于开展补贴申报工作",
        "的通知",
        "来源：青禾县商务局 2025-01-02",
    ]
    assert masthead(broken) == 1  # the title's two lines stay


@pytest.mark.parametrize(
    "line",
    ["点击上方蓝字 关注我们", "预览时标签不可点", "微信扫一扫", "关注该公众号", "阅读原文", "阅读 2316",
     "分享 收藏 点赞 在看"],
)  # fmt: skip
def test_a_public_account_s_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["阅读原文件后再填写申请表。", "分享经验", "点赞"])
def test_account_words_in_content_stay(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize("line", ["点赞 126 ｜ 收藏 ｜ 分享", "分享：Facebook　WhatsApp　微信"])
def test_reaction_counts_and_foreign_share_buttons_are_chrome(line: str) -> None:
    assert is_chrome(line)


_ARTICLE = ["青禾冷链园首季签约", "来源：青禾日报 2025-04-02", "", "一季度冷链园签约项目9个。", ""]


def test_a_list_of_other_reports_under_the_article_goes() -> None:
    lines = [*_ARTICLE, "相关阅读", "", "· 冷链园上月产值突破3亿元（2025-03-08）", "冷链园二期开工 03-01",
             "青禾冷链园三周年回顾", "", "来源：青禾融媒", "园区还将新建仓库2座。"]  # fmt: skip
    kept = drop_boilerplate(lines, web=True)
    assert not any("3亿" in ln or "二期" in ln or "三周年" in ln for ln in kept)
    assert "来源：青禾融媒" in kept and "园区还将新建仓库2座。" in kept


def test_readers_comments_go_and_traditional_editor_lines_too() -> None:
    lines = [*_ARTICLE, "網友評論", "老杨：去年才5个吧。", "评论（2）", "小鱼：好。", ""]
    kept = drop_boilerplate([*lines[:-1], "（責任編輯：黃俊傑）"], web=True)
    assert kept[-1] == "" and "一季度冷链园签约项目9个。" in kept
    assert not any("老杨" in ln or "小鱼" in ln or "黃俊傑" in ln for ln in kept)


def test_a_list_heading_above_the_article_cuts_nothing() -> None:
    lines = ["网友评论", "一季度冷链园签约项目9个。", "评论员文章写道，冷链要快。", "相关新闻"]
    assert drop_boilerplate(["首页 新闻 评论区", *lines], web=True) == lines[:-1]

"""The 公文 fields: 发文字号 in its bracket variants, 文种 from the title, labelled metadata,
落款 and 版记, and the 施行 / 有效期 / 废止 clauses, each with an exact span."""

from __future__ import annotations

import pytest

from knowledge.documents import gongwen_fields as gw
from knowledge.documents import repeals


def line(text: str, start: int = 0) -> gw.Line:
    return gw.Line(start, start + len(text), text)


@pytest.mark.parametrize(
    "written",
    [
        "青政办〔2024〕12号",
        "青政办[2024]12号",
        "青政办［2024］12号",
        "青政办【2024】12号",
        "青政办（2024）12号",
        "青政办〔2024]12号",
        "青政办〔2024〕第12号",
        "青发改〔 2024 〕 35 号",
        "青禾市人民政府令第5号",
    ],
)
def test_doc_number_variants_are_read_as_written(written: str) -> None:
    f = gw.number_line(line(written, 7))
    assert f is not None and f.value == written and (f.start, f.end) == (7, 7 + len(written))


def test_a_signer_may_follow_the_number_and_prose_is_no_number() -> None:
    f = gw.number_line(line("青政报〔2024〕3号　　签发人：李明"))
    assert f is not None and f.value == "青政报〔2024〕3号"
    assert gw.number_line(line("根据青政办〔2021〕7号文件精神，制定本办法。")) is None


def test_a_joint_issue_s_two_numbers_on_one_line_give_the_lead_organ_s() -> None:
    f = gw.number_line(line("溧商〔2025〕18号　　　溧财建〔2025〕33号", 4))
    assert f is not None and f.value == "溧商〔2025〕18号" and (f.start, f.end) == (4, 15)
    assert gw.number_line(line("溧商〔2025〕18号　附件2号")) is None


def test_three_organs_numbers_on_one_line_give_the_lead_organ_s() -> None:
    f = gw.number_line(line("禾建发〔2024〕5号　禾文旅发〔2024〕2号　禾财发〔2024〕9号"))
    assert f is not None and f.value == "禾建发〔2024〕5号" and (f.start, f.end) == (0, 11)
    assert gw.number_line(line("禾建发〔2024〕5号　禾文旅发〔2024〕2号　第3号")) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "禾川市行政规范性文件",
        "行政规范性文件",
        "禾川市行政规范性文件登记号：HCFR—2024—0011",
        "登记号：HCFR—2024—0011",
        "有效期至：2029年3月31日",
        "有效期至2029年3月31日",
    ],
)
def test_a_normative_document_s_stamp_is_a_label_line(stamp: str) -> None:
    """The stamp over a 规范性文件's 版头 is metadata: no title, no 版头."""
    assert gw.label_line(line(stamp))


@pytest.mark.parametrize(
    "other", ["禾川市人民政府规范性文件", "禾川市教育局文件", "有效期5年的规定", "登记工作的通知"]
)
def test_a_banner_or_title_is_no_stamp(other: str) -> None:
    assert not gw.label_line(line(other))


def test_a_validity_labelled_with_a_colon_is_read() -> None:
    text = "有效期至：2029年3月31日\n第一条　为了……，制定本办法。"
    got = [f for f in gw.effect(text, 0, len(text), {}) if f.name == "validity"]
    assert got and got[0].iso == "2029-03-31"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("青禾市飞地园区利益分享管理办法", "办法"),
        ("青禾市飞地园区利益分享管理办法（试行）", "办法"),
        ("关于印发《青禾市飞地园区利益分享管理办法》的通知", "通知"),
        ("关于加快飞地园区建设的实施意见", "意见"),
        ("青禾市园区用地审核实施细则", "细则"),
        ("青禾市飞地园区三年行动方案", "方案"),
        ("青禾市冷链物流体系建设三年行动方案（2025—2027年）", "方案"),  # a period after it
        ("青禾市数字经济发展规划（2021-2025年）", "规划"),
        ("青禾市园区管理条例（2024年修订）", "条例"),
        ("青禾港口新闻（2025年）通稿", None),
        ("青禾市人民政府关于调整园区管理体制的决定", "决定"),
        ("青禾市园区安全生产规定", "规定"),
        ("《青禾市飞地园区利益分享管理办法》政策解读", "解读"),
        ("市发展改革委负责人就《办法》答记者问", "答记者问"),
        ("青禾市举行飞地园区合作项目集中签约仪式", None),
        ("松岭市促进民营经济发展若干措施", "措施"),
        ("松岭市推进数字政府建设行动计划（2025—2027年）", "计划"),
        ("松岭市发展改革委2025年工作要点", "要点"),
        ("松岭市企业合规经营指引", "指引"),
        ("松岭市科技创新券申报指南", "指南"),
        ("松岭市启动城市更新计划", None),  # a project's name, not a 文种
        ("松岭市科技创新券政策问答（第2期）", "问答"),  # an issue number after it
        ("青禾市飞地园区政策问答（第十二期）", "问答"),
        ("青禾市飞地园区政策简报（第3期）", None),
        ("青禾市园区用地政策十问十答", "问答"),  # a counted Q&A
        ("松岭市科技创新券20问", "问答"),
        ("松岭市科技创新券申报百问百答", "问答"),
        ("松岭市十大问题清单", None),
        ("一图看懂｜青禾县农村寄递物流三年提升行动方案", "解读"),  # a 解读 in pictures
        ("图解：松岭市科技创新券申报指南", "解读"),
        ("青禾县2025年第二批农村危房改造补助对象公示", "公示"),  # what a 名单 is published as
    ],
)
def test_doc_type_is_the_word_the_title_ends_with(title: str, kind: str | None) -> None:
    assert gw.doc_type(title) == kind


def test_labelled_metadata_lines_give_several_fields_with_spans() -> None:
    text = "发文机关：青禾市财政局　　成文日期：2024年3月1日　　发文字号：青财〔2024〕4号"
    got = {f.name: f for f in gw.labelled(line(text, 100))}
    assert got["issuer"].value == "青禾市财政局"
    assert got["issued"].iso == "2024-03-01" and got["doc_number"].value == "青财〔2024〕4号"
    for f in got.values():
        assert text[f.start - 100 : f.end - 100] == f.value
    published = gw.labelled(line("发布日期：2024-05-10　　来源：青禾市发展和改革委员会"))
    assert [(f.name, f.iso) for f in published] == [("published", "2024-05-10")]


def test_footer_has_cc_over_two_lines_and_the_printed_line() -> None:
    text = "正文。\n抄送：市委各部门，市人大常委会办公室，\n市中级人民法院。\n青禾市人民政府办公室　　2024年5月9日印发"
    first, fields = gw.footer(gw.lines_of(text))
    got = {f.name: f for f in fields}
    assert first == 1
    assert got["cc"].value == "市委各部门，市人大常委会办公室，市中级人民法院。"
    assert got["printed_by"].value == "青禾市人民政府办公室"
    assert got["printed_on"].iso == "2024-05-09"
    assert text[got["printed_on"].start : got["printed_on"].end] == "2024年5月9日"


@pytest.mark.parametrize(
    ("clause", "iso"),
    [
        ("本办法自2024年6月1日起施行。", "2024-06-01"),
        ("本规定自二〇二四年七月一日起实施。", "2024-07-01"),
        ("本通知自印发之日起施行。", "2024-05-09"),
        ("本办法自发布之日起施行。", "2024-05-10"),
    ],
)
def test_effective_date_explicit_or_from_the_date_it_names(clause: str, iso: str) -> None:
    dates = {"printed_on": "2024-05-09", "issued": "2024-05-08", "published": "2024-05-10"}
    text = "前文。\n" + clause
    (f,) = [f for f in gw.effect(text, 0, len(text), dates) if f.name == "effective"]
    assert f.iso == iso and text[f.start : f.end] == f.value and f.value.endswith(clause[-3:-1])


def test_another_documents_effect_quoted_in_a_text_is_not_its_own() -> None:
    text = "《办法》自2024年6月1日起施行，请各地抓好落实。"
    assert [f for f in gw.effect(text, 0, len(text), {}) if f.name == "effective"] == []


@pytest.mark.parametrize(
    ("clause", "value", "iso"),
    [
        ("本办法自2024年6月1日起施行，有效期2年。", "有效期2年", None),
        ("本方案试行期为两年。", "试行期为两年", None),
        ("有效期至2026年5月31日。", "有效期至2026年5月31日", "2026-05-31"),
        ("本意见有效期5年。", "有效期5年", None),
    ],
)
def test_validity_clauses(clause: str, value: str, iso: str | None) -> None:
    (f,) = [f for f in gw.effect(clause, 0, len(clause), {}) if f.name == "validity"]
    assert (f.value, f.iso) == (value, iso)


def test_repeal_clause_and_the_titles_it_names() -> None:
    text = "本办法自2024年6月1日起施行。原《青禾市园区合作共建暂行办法》（青政办〔2021〕7号）同时废止。"
    (f,) = [f for f in gw.effect(text, 0, len(text), {}) if f.name == "repeals"]
    assert f.value == "原《青禾市园区合作共建暂行办法》（青政办〔2021〕7号）同时废止"
    assert text[f.start : f.end] == f.value
    assert repeals.repealed_titles(f.value) == ["青禾市园区合作共建暂行办法"]
    two = "《甲办法》和《乙规定》同时废止。"
    assert repeals.repealed_titles(gw.effect(two, 0, len(two), {})[0].value) == ["甲办法", "乙规定"]


def test_effect_some_days_after_promulgation_and_a_sunset_date() -> None:
    text = "本规定自公布之日起30日后施行，2027年12月31日废止。"
    got = {f.name: f for f in gw.effect(text, 0, len(text), {"published": "2024-05-08"})}
    assert got["effective"].iso == "2024-06-07"
    assert (got["validity"].value, got["validity"].iso) == ("2027年12月31日废止", "2027-12-31")
    other = "原《青禾市园区合作共建暂行办法》于2024年12月31日废止。本办法自2025年1月1日起施行。"
    fields = gw.effect(other, 0, len(other), {})
    assert [f.name for f in fields] == ["effective", "repeals"]  # another's end, no sunset


def test_labels_padded_to_the_table_width() -> None:
    """「文　　号：」 and 「名　　称：」 of a portal's 信息公开 table are 文号 and 名称."""
    number = gw.Line(0, 22, "文　　号：\t湖岭府办〔2024〕9号\t发布日期：\t2024-05-06")
    got = {f.name: f.value for f in gw.labelled(number)}
    assert got == {"doc_number": "湖岭府办〔2024〕9号", "published": "2024-05-06"}
    name = gw.Line(0, 20, "名　　称：\t湖岭市关于做好夏季防汛工作的通知")
    assert gw.labelled_title(name) == "湖岭市关于做好夏季防汛工作的通知"
    assert gw.label_line(name)


def test_the_year_of_a_doc_number_read_off_a_scan_goes_in_hexagonal_brackets() -> None:
    assert gw.hexagonal("澄财建[2025]56号") == "澄财建〔2025〕56号"  # as OCR reads 〔〕
    assert gw.hexagonal("根据桐人社发 ［2024］ 9号文件") == "根据桐人社发〔2024〕9号文件"
    assert gw.hexagonal("桐人社发〔2024〕9号") == "桐人社发〔2024〕9号"
    assert gw.hexagonal("桐川县人民政府令第3号") == "桐川县人民政府令第3号"
    assert gw.hexagonal("见表[2024]和图[3]") == "见表[2024]和图[3]"  # no 文号


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("一图看懂｜青禾县农村寄递物流三年提升行动方案", True),  # a column's name before the bar
        ("权威发布 | 青禾市飞地园区管理办法", True),
        ("首页 | 新闻", False),
        ("青禾市飞地园区管理办法", True),
        ("园区新签约项目12个，总投资30亿元", False),
    ],
)
def test_title_line(text: str, ok: bool) -> None:
    assert gw.is_title_line(text) is ok


def test_a_byline_s_time_beside_its_source_is_the_publish_date() -> None:
    text = "来源：市城市管理局　时间：2025-06-26 16:20　【打印】"
    got = gw.labelled(line(text, 50))
    assert [(f.name, f.iso) for f in got] == [("published", "2025-06-26")]
    assert text[got[0].start - 50 : got[0].end - 50].startswith("2025-06-26")
    assert gw.labelled(line("时间：2025年3月1日上午9时")) == []  # a meeting's time, no byline


def test_a_repeal_naming_the_old_document_by_its_number_alone() -> None:
    for clause in (
        "本细则自2025年4月1日起施行，石城管规〔2021〕1号文件同时废止。",
        "本办法自2025年8月1日起施行。原桐城管规〔2019〕2号、桐城管规〔2020〕5号文件同时废止。",
    ):
        repeals = [f.value for f in gw.effect(clause, 0, len(clause), {}) if f.name == "repeals"]
        assert len(repeals) == 1 and repeals[0].endswith("号文件同时废止")
        assert repeals[0].lstrip("原")[0] in "石桐"
    quoted = "按照石城管规〔2021〕1号文件执行的事项同时废止。"  # no number right before the verb
    assert not [f for f in gw.effect(quoted, 0, len(quoted), {}) if f.name == "repeals"]

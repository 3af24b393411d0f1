"""Forms of a 公文 the parser reads the way they are written: a 转发 notice over the notice it
forwards (each with its own 落款), a page's 落款 over the site's foot line, a column's 【tag】
before a title, a text in Traditional characters, and a scan whose title misreads one character
of the organ its 版头 and 署名 agree on. The texts are our own (fictional city 溧泉市)."""

from __future__ import annotations

from knowledge.documents.structure import parse

FORWARDING = """溧泉市青岙区商务局
青商〔2025〕2号
溧泉市青岙区商务局关于转发《溧泉市商务局关于做好春节农贸市场保供工作的通知》的通知
各街道办事处：
现将《溧泉市商务局关于做好春节农贸市场保供工作的通知》（溧商〔2025〕3号）转发给你们，请抓好落实。
溧泉市青岙区商务局
2025年1月10日
溧泉市商务局关于做好春节农贸市场保供工作的通知
溧商〔2025〕3号
各区商务局：
各区要指导农贸市场增加货源储备。
溧泉市商务局
2025年1月6日
"""


def _value(structure, name):
    field = structure.field(name)
    return field.value if field else None


def test_a_forwarding_notice_is_dated_by_its_own_closing_not_the_forwarded_one() -> None:
    s = parse(FORWARDING)
    assert s.field("issued").iso == "2025-01-10"
    assert _value(s, "doc_number") == "青商〔2025〕2号"
    assert _value(s, "issuer") == "溧泉市青岙区商务局"


def test_a_notice_whose_only_closing_is_at_the_end_keeps_it() -> None:
    text = FORWARDING.replace("溧泉市青岙区商务局\n2025年1月10日\n", "")
    assert parse(text).field("issued").iso == "2025-01-06"


def test_a_page_s_closing_over_the_site_s_foot_line() -> None:
    text = (
        "溧泉市农贸市场智慧化改造补助暂行办法\n溧商规〔2023〕1号\n"
        "第一条　为了鼓励农贸市场开展智慧化改造，制定本办法。\n"
        "第二条　本办法自2023年2月1日起施行。\n溧泉市商务局\n2023年1月5日\n主办：溧泉市商务局"
    )
    s = parse(text)
    assert _value(s, "issuer") == "溧泉市商务局"
    assert s.field("issued").iso == "2023-01-05"


def test_a_column_tag_before_a_title_is_no_part_of_it() -> None:
    text = "【政策解读】一图看懂青岙区农贸市场改造补助政策\n发布时间：2025-04-21　来源：区商务局\n一、谁能申请？"
    s = parse(text, site="溧泉市青岙区人民政府")
    assert s.title == "一图看懂青岙区农贸市场改造补助政策"
    assert s.doc_type == "解读"
    assert _value(s, "issuer") == "溧泉市青岙区商务局"


TRADITIONAL = """溧泉市青岙區人民政府辦公室關於做好農貿市場颱風防範工作的通知
發佈時間：2025-07-03　來源：區政府辦公室
青政辦〔2025〕21號
各街道辦事處：
一、颱風紅色預警發佈後，農貿市場應當暫停營業。
本通知自印發之日起施行。
溧泉市青岙區人民政府辦公室
2025年7月2日
"""


def test_a_traditional_text_s_fields_are_read_and_given_as_written() -> None:
    s = parse(TRADITIONAL)
    assert _value(s, "doc_number") == "青政辦〔2025〕21號"
    assert s.title.startswith("溧泉市青岙區人民政府辦公室關於")
    assert _value(s, "issuer") == "溧泉市青岙區人民政府辦公室"
    assert s.field("published").iso == "2025-07-03"
    assert s.field("effective") is not None


SCAN = """溧泉市市场监督管理局
溧市监函〔2025〕9号
漂泉市市场监督管理局关于开展农贸市场电子秤专项检定的通知
各区市场监督管理局：
检定不收取费用。
溧泉市市场监督管理局
2025年3月12日
"""


def test_a_title_misreading_one_character_of_the_agreed_organ_is_mended() -> None:
    assert parse(SCAN).title == "溧泉市市场监督管理局关于开展农贸市场电子秤专项检定的通知"


def test_a_title_naming_another_level_is_left_as_it_is() -> None:
    text = SCAN.replace("漂泉市市场监督管理局关于", "溧泉区市场监督管理局关于")
    assert parse(text).title.startswith("溧泉区市场监督管理局关于")


def test_a_joint_title_spaced_between_its_organs_is_left_as_it_is() -> None:
    text = (
        "溧泉市商务局\n溧泉市财政局\n溧商〔2025〕18号\n"
        "溧泉市商务局　溧泉市财政局关于下达农贸市场补助资金的通知\n各区商务局：\n现下达补助资金。\n"
        "溧泉市商务局　　溧泉市财政局\n2025年2月26日"
    )
    assert parse(text).title == "溧泉市商务局　溧泉市财政局关于下达农贸市场补助资金的通知"


def test_a_banner_misread_once_gives_way_to_the_reading_the_text_repeats() -> None:
    text = (
        "俞川市燃气安全专项整治工作领导小组办公室\n榆燃办〔2025〕3号\n关于规范燃气管道施工占道审批的通知\n"
        "各区人民政府：\n审批时限不超过5个工作日。\n榆川市燃气安全专项整治工作领导小组办公室\n2025年6月16日"
    )
    assert parse(text).field("issuer").value == "榆川市燃气安全专项整治工作领导小组办公室"
    once = text.replace("榆燃办", "燃办")  # 榆 and 俞 once each: the 版头 stands
    assert parse(once).field("issuer").value.startswith("俞川市")

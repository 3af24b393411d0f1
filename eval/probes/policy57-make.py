"""policy57 TUNE part: writes the tune files of eval/probes/policy57-corpus/, their expected
metadata (into policy57-metadata.json beside the held-out entries, left as they are) and their
questions (policy57-tune.jsonl). Fictional city 沂滨市 and its district 澜坪区, rural household
sewage works; every text written for this set. The held-out part is policy57-make-heldout.py
(written and committed first); the same conventions (its docstring).
Run: .venv/bin/python eval/probes/policy57-make.py
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: t20250805_8812.html, 运维资金管理暂行办法.txt, 答记者问.txt,
zcjd_20251125_31.html."""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy57-corpus")
SET = "policy57"
q = kit.question_maker("p57t", "tune")

# T1: a city bureau's 印发 notice as Word under a 「…文件」 版头, 文号 in full-width ［］ in the
# page header and under the 版头, Chinese-numeral date; the notice has its own clause and the
# 指引 it issues none
T1_NAME = "关于印发农村生活污水处理设施运维作业指引的通知.docx"
T1_NUMBER = "沂水发［2025］22号"
T1_DOC = "沂滨市农村生活污水处理设施运维作业指引"
T1_TITLE = f"沂滨市水务局关于印发《{T1_DOC}》的通知"


def build_t1():
    doc = docx.Document()
    wd.header_footer(doc, T1_NUMBER, "沂滨市水务局")
    wd.numbering(doc, 572, [("chineseCounting", "%1、", 640)])
    wd.para(doc, "沂滨市水务局文件", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, T1_NUMBER, align="c")
    wd.para(doc, T1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各区水行政主管部门，各运维单位：", indent=False)
    wd.para(doc, f"现将《{T1_DOC}》印发给你们，请结合实际认真执行。本通知自印发之日起施行。")
    wd.para(doc, "")
    wd.para(doc, "沂滨市水务局", align="r")
    wd.para(doc, "二〇二五年十月九日", align="r")
    wd.para(doc, "（此件公开发布）")
    doc.add_page_break()
    wd.para(doc, T1_DOC, align="c", size=22, font="方正小标宋简体")
    for text in (
        "运维人员进入调节池、检查井等有限空间作业前，应当先通风30分钟以上并检测气体。",
        "格栅每周清理不少于2次，清出的栅渣应当袋装后交由环卫部门处置。",
        "污泥含水率应当降至80%以下方可外运。",
    ):
        wd.numbered(wd.para(doc, text), 572)
    doc.save(os.path.join(OUT, T1_NAME))


# T2: a district notice scanned into an image-only PDF, 〔〕, Chinese-numeral date, 有效期至
T2_NAME = "scan_20250312.pdf"
T2_TITLE = "沂滨市澜坪区水利局关于建立农村污水站点包保责任制的通知"
T2_PAGE = [
    ("redtitle", "沂滨市澜坪区水利局"),
    ("center", "澜水发〔2025〕5号"),
    ("rule", ""),
    ("title", "沂滨市澜坪区水利局关于建立农村污水"),
    ("title", "站点包保责任制的通知"),
    ("gap", "10"),
    ("left", "各镇人民政府、街道办事处："),
    ("p", "一、每个村级污水处理站点明确一名镇级干部作为包保责任人。"),
    ("p", "二、包保责任人每月到站点检查不少于1次，发现问题及时督促整改。"),
    ("p", "三、本通知自印发之日起施行，有效期至2026年12月31日。"),
    ("gap", "40"),
    ("sign", "沂滨市澜坪区水利局"),
    ("sign", "二〇二五年三月十二日"),
]

# T3: the district's revised 资金管理办法 on its portal: 信息公开 table over the title, 文号 in
# full-width ［］, 成文日期 before 发布日期; repeals T4 by title and 文号
T3_NAME = "t20250805_8812.html"
T3_TITLE = "澜坪区农村生活污水处理设施运维资金管理办法"

# T4: the old 暂行办法 pasted from the same portal as text, with its chrome
T4_NAME = "运维资金管理暂行办法.txt"
T4_TITLE = "澜坪区农村生活污水处理设施运维资金管理暂行办法"

# T5: an 答记者问 pasted as text, the date under the title as 「2025 08/06」
T5_NAME = "答记者问.txt"
T5_TITLE = "区农业农村局负责人就《澜坪区农村生活污水处理设施运维考核细则》答记者问"

# T6: a city 公告 scanned as a jpg, 〔〕, Chinese-numeral date, no 施行 clause
T6_NAME = "IMG_20250520_0911.jpg"
T6_TITLE = "沂滨市水务局关于公布农村生活污水处理设施第三方运维单位名录的公告"
T6_PAGE = [
    ("redtitle", "沂滨市水务局"),
    ("center", "沂水告〔2025〕3号"),
    ("rule", ""),
    ("title", "沂滨市水务局关于公布农村生活污水处理"),
    ("title", "设施第三方运维单位名录的公告"),
    ("gap", "10"),
    ("p", "经单位申报、专家评审和社会公示，现将第三方运维单位名录予以公布，共计运维单位17家。"),
    ("p", "名录实行动态管理，每两年调整一次。"),
    ("gap", "40"),
    ("sign", "沂滨市水务局"),
    ("sign", "二〇二五年五月二十日"),
]

# T7: a 规定 as a booklet PDF with a cover, 有效期至
T7_NAME = "沂滨市农村生活污水处理设施运维单位信用评价规定.pdf"
T7_TITLE = "沂滨市农村生活污水处理设施运维单位信用评价规定"
T7_COVER = [("big", T7_TITLE), ("other", "沂滨市水务局"), ("other", "二〇二五年十一月")]
T7_TOP = [("center", "沂水规〔2025〕6号"), ("title", T7_TITLE)]
T7_BODY = [
    ("p", "第一条　为了规范农村生活污水处理设施运维市场秩序，制定本规定。"),
    ("p", "第二条　运维单位信用等级分为A、B、C、D四级，每年评价一次。"),
    ("p", "第三条　信用等级为D级的运维单位，三年内不得参与本市农村生活污水处理设施运维项目。"),
    ("p", "第四条　本规定自2026年1月1日起施行，有效期至2030年12月31日。"),
    ("right", "沂滨市水务局"),
    ("right", "2025年11月20日"),
]

# T8: a portal 解读 of T7 whose <title> names only column and site
T8_NAME = "zcjd_20251125_31.html"
T8_TITLE = "一图读懂《沂滨市农村生活污水处理设施运维单位信用评价规定》"

# T9: a district office's Word notice (not 印发), items numbered by Word, 文号 in 〔〕 under the
# 版头 only, Chinese-numeral date, its own clause
T9_NAME = "澜政办字〔2025〕12号.docx"
T9 = {
    "header": "沂滨市澜坪区人民政府办公室",
    "number": "澜政办字〔2025〕12号",
    "title": "沂滨市澜坪区人民政府办公室关于开展农村生活污水处理设施“回头看”的通知",
    "to": "各镇人民政府、街道办事处，区直有关部门：",
    "items": [
        "2025年4月30日前，各镇对已建站点逐一开展排查，建立问题清单。",
        "对排查发现的管网破损、设备故障问题，6月底前完成整改。",
        "本通知自印发之日起施行。",
    ],
    "sign": "沂滨市澜坪区人民政府办公室",
    "date": "二〇二五年三月二十八日",
}


def build_t9():
    doc = docx.Document()
    wd.header_footer(doc, "澜坪区人民政府办公室", "澜坪区人民政府办公室")
    wd.numbering(doc, 573, [("chineseCounting", "%1、", 640)])
    wd.heading(doc, T9["header"], T9["number"], T9["title"], T9["to"])
    wd.para(doc, "为巩固农村生活污水治理成效，经区政府同意，现将有关事项通知如下：")
    for text in T9["items"]:
        wd.numbered(wd.para(doc, text), 573)
    wd.para(doc, "")
    wd.para(doc, T9["sign"], align="r")
    wd.para(doc, T9["date"], align="r")
    doc.save(os.path.join(OUT, T9_NAME))


# ---- second batch (written after comb56l's held-out counts showed one issued_on the first batch
# did not reproduce; found with scratch pages of my own, never with a held-out file) ----

# T10: a city bureau's 印发 notice with the 方案 as a booklet PDF with a cover; the 方案's
# title wraps inside its bracket (「…（2025—2」 over 「026年）」), on the cover too
T10_NAME = "沂滨市农村生活污水站点标准化运维创建方案.pdf"
T10_DOC = "沂滨市农村生活污水站点标准化运维创建方案（2025—2026年）"
T10_TITLE = f"沂滨市水务局关于印发{T10_DOC}的通知"
T10_COVER = [("big", T10_DOC), ("other", "沂滨市水务局"), ("other", "二〇二五年七月")]
T10_TOP = [
    ("center", "沂水办〔2025〕17号"),
    ("title", T10_TITLE),
    ("left", "各区水行政主管部门："),
]
T10_BODY = [
    ("p", f"现将《{T10_DOC}》印发给你们，请认真抓好落实。"),
    ("right", "沂滨市水务局"),
    ("right", "2025年7月16日"),
    ("title", T10_DOC),
    ("h", "一、创建目标"),
    ("p", "到2026年底，全市创建标准化运维站点120个，每个区不少于20个。"),
    ("h", "二、创建标准"),
    ("p", "标准化运维站点应当做到制度上墙、台账齐全、出水稳定达标。"),
]


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "沂滨市水务局", "doc_number": T1_NUMBER,
                  "doc_type": "通知", "issued_on": "2025-10-09", "effective_on": "2025-10-09"},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "沂滨市澜坪区水利局",
                  "doc_number": "澜水发〔2025〕5号", "doc_type": "通知", "issued_on": "2025-03-12",
                  "effective_on": "2025-03-12", "pages": 1},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "沂滨市澜坪区财政局",
                  "doc_number": "澜财规［2025］2号", "doc_type": "办法", "issued_on": "2025-08-01",
                  "effective_on": "2025-09-01", "published_on": "2025-08-05"},
        T4_NAME: {**base, "title": T4_TITLE, "issuer": "沂滨市澜坪区财政局",
                  "doc_number": "澜财规〔2022〕1号", "doc_type": "办法", "issued_on": "2022-03-08",
                  "effective_on": "2022-04-01", "published_on": "2022-03-10",
                  "status": "superseded", "superseded_by": T3_NAME},
        T5_NAME: {**base, "title": T5_TITLE, "issuer": "沂滨市澜坪区农业农村局",
                  "doc_type": "答记者问", "published_on": "2025-08-06"},
        T6_NAME: {**base, "title": T6_TITLE, "issuer": "沂滨市水务局",
                  "doc_number": "沂水告〔2025〕3号", "doc_type": "公告", "issued_on": "2025-05-20",
                  "pages": 1},
        T7_NAME: {**base, "title": T7_TITLE, "issuer": "沂滨市水务局",
                  "doc_number": "沂水规〔2025〕6号", "doc_type": "规定", "issued_on": "2025-11-20",
                  "effective_on": "2026-01-01", "pages": pages["t7"]},
        T8_NAME: {**base, "title": T8_TITLE, "issuer": "沂滨市水务局", "doc_type": "解读",
                  "published_on": "2025-11-25"},
        T9_NAME: {**base, "title": T9["title"], "issuer": T9["sign"], "doc_number": T9["number"],
                  "doc_type": "通知", "issued_on": "2025-03-28", "effective_on": "2025-03-28"},
        T10_NAME: {**base, "title": T10_TITLE, "issuer": "沂滨市水务局",
                   "doc_number": "沂水办〔2025〕17号", "doc_type": "通知",
                   "issued_on": "2025-07-16", "pages": pages["t10"]},
    }


QUESTIONS = [
    q(1, "进调节池这类有限空间作业前要通风多久？", [["30分钟"]],
      "应当先通风30分钟以上并检测气体", ["number"], T1_NAME),
    q(2, "污泥含水率降到多少才能外运？", [["80%"]], "污泥含水率应当降至80%以下方可外运",
      ["number"], T1_NAME),
    q(3, "包保责任人每月到站点检查几次？", [["1次"]], "包保责任人每月到站点检查不少于1次",
      ["number"], T2_NAME),
    q(4, "澜坪区每个站点每年运维资金最高多少？", [["2.4万元"]],
      "运维资金按照每个站点每年不超过2.4万元的标准核定", ["current_version", "number"], T3_NAME),
    q(5, "考核不合格的扣多少运维费用？", [["20%"]], "扣减当季运维费用的20%", ["number"], T3_NAME),
    q(6, "运维考核满分多少分？", [["100分"]], "满分100分", ["number"], T5_NAME),
    q(7, "运维单位连续两次考核低于60分会怎样？", [["解除运维合同"]],
      "连续两次低于60分的，依法解除运维合同", ["fact"], T5_NAME),
    q(8, "第三方运维单位名录里一共有几家？", [["17家"]], "共计运维单位17家", ["number"], T6_NAME),
    q(9, "运维单位信用评价规定什么时候施行？", [["2026年1月1日"]],
      "本规定自2026年1月1日起施行", ["effective"], T7_NAME),
    q(10, "信用等级评为D级的运维单位几年内不能参与运维项目？", [["三年"]],
       "三年内不得参与本市农村生活污水处理设施运维项目", ["number"], T7_NAME),
    q(11, "“回头看”发现的管网破损什么时候前要整改完？", [["6月底"]],
       "6月底前完成整改", ["date"], T9_NAME),
    q(12, "运维作业指引是哪个文号印发的？", [["沂水发［2025］22号"]], "沂水发［2025］22号",
       ["doc_number"], T1_NAME),
    q(13, "运维单位的信用等级多久评价一次？", [["每年"]], "每年评价一次", ["number"], T7_NAME),
    q(14, "到2026年底全市要创建多少个标准化运维站点？", [["120个"]],
       "全市创建标准化运维站点120个", ["number"], T10_NAME),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_t1()
    build_t9()
    img = kit.render_page(T2_PAGE, seed=5712).convert("RGB")
    img.save(os.path.join(OUT, T2_NAME), "PDF", resolution=150)
    kit.render_page(T6_PAGE, seed=5716).convert("RGB").save(
        os.path.join(OUT, T6_NAME), "JPEG", quality=88
    )
    pages = {
        "t7": kit.make_cover_pdf(OUT, T7_NAME, "沂滨市水务局", T7_COVER, T7_TOP, T7_BODY),
        "t10": kit.make_cover_pdf(
            OUT, T10_NAME, "沂滨市农村生活污水治理工作资料", T10_COVER, T10_TOP, T10_BODY
        ),
    }
    kit.write_expectations(HERE, SET, "tune", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()

"""pol62 probe set: writes eval/probes/pol62-corpus/ (four documents of a fictional city 桐溪市 on
subsidies for lifts added to old residential buildings, 既有住宅加装电梯) and the HELD-OUT questions
(pol62-heldout.jsonl). Every text written for this set. Written and committed before the tune
questions (pol62-tune.jsonl, written by hand afterwards) and before any code change.

The documents (the formats the project reads):
- D1 the current 办法 as Word: chapters typed, articles numbered by Word, 文号 in the page header,
  an attachment (附件1, a table) after the 落款; repeals D2 by title and 文号;
- D2 the repealed 暂行办法 as plain text;
- D3 a district bureau's notice on its portal (HTML with the site's chrome);
- D4 the 解读 of D1 as a text PDF under a running header.

The behaviour asked most: a rule's figure or period asked with the moment it runs from told in
the asker's own words (「验收通过以后」「收到材料以后」), next to article, attachment, chapter,
effective, validity, doc_number, issuer, current_version and unanswerable questions.
Run: .venv/bin/python eval/probes/pol62-make.py"""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "pol62-corpus")
q = kit.question_maker("p62h", "probe-heldout")

BUREAU = "桐溪市住房和城乡建设局"

D1_NAME = "桐溪市既有住宅加装电梯财政补助办法.docx"
D1_TITLE = "桐溪市既有住宅加装电梯财政补助办法"
D1_NUMBER = "桐建规〔2026〕2号"
D1_BODY = [
    ("chapter", "第一章　总则"),
    ("art", "为了改善既有住宅居住条件，方便老年人和残疾人日常出行，规范加装电梯财政补助资金的使用，"
            "结合本市实际，制定本办法。"),
    ("art", "本办法所称既有住宅，是指本市城镇范围内已建成投入使用、未配备电梯的四层以上住宅。"),
    ("chapter", "第二章　补助标准"),
    ("art", "加装电梯按照所在单元的层数给予补助：四层至六层的每台补助15万元，七层以上的每台补助20万元。"),
    ("art", "补助对象为实施主体，即同一单元的全体业主或者由其书面委托的业主代表。"),
    ("art", "补助资金分两次拨付：竣工验收合格后拨付补助总额的70%，电梯正常运行满一年后拨付其余30%。"),
    ("chapter", "第三章　申请与审核"),
    ("art", "实施主体应当自电梯取得使用登记证之日起90日内，向所在区住房城乡建设部门提交补助申请。"),
    ("art", "区住房城乡建设部门收到申请后，应当在15个工作日内完成审核，并将审核结果在所在小区公示5个工作日。"),
    ("art", "申请补助应当提交下列材料：（一）加装电梯财政补助申请表（见附件1）；（二）电梯使用登记证复印件；"
            "（三）竣工验收报告；（四）实施主体的收款账户信息。"),
    ("chapter", "第四章　监督管理"),
    ("art", "电梯投入使用后，由实施主体委托的维保单位每15日至少进行一次维护保养。"),
    ("art", "以虚假材料骗取补助资金的，由区住房城乡建设部门追回已拨付资金，三年内不再受理该实施主体的补助申请。"),
    ("chapter", "第五章　附则"),
    ("art", "本办法自2026年4月1日起施行，有效期5年。2023年印发的《桐溪市既有住宅加装电梯财政补助暂行办法》"
            "（桐建规〔2023〕1号）同时废止。"),
]
D1_TABLE = [
    ["项目名称", ""],
    ["所在小区及楼栋单元", ""],
    ["单元层数", ""],
    ["申请补助金额", ""],
    ["实施主体代表签字", ""],
]


def build_d1():
    doc = docx.Document()
    wd.header_footer(doc, D1_NUMBER, BUREAU)
    wd.numbering(doc, 621, [("chineseCounting", "第%1条", 640)])
    wd.para(doc, D1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "")
    for kind, text in D1_BODY:
        if kind == "chapter":
            wd.para(doc, text, align="c", size=16, font="黑体")
        else:
            wd.numbered(wd.para(doc, text), 621)
    wd.para(doc, "")
    wd.para(doc, "附件：1．加装电梯财政补助申请表")
    wd.para(doc, "")
    wd.para(doc, BUREAU, align="r")
    wd.para(doc, "二〇二六年三月十六日", align="r")
    wd.para(doc, "")
    wd.para(doc, "附件1", indent=False, font="黑体")
    wd.para(doc, "加装电梯财政补助申请表", align="c", size=18, font="方正小标宋简体")
    wd.table(doc, D1_TABLE)
    doc.save(os.path.join(OUT, D1_NAME))


D2_NAME = "桐溪市既有住宅加装电梯财政补助暂行办法.txt"
D2_TEXT = """桐溪市既有住宅加装电梯财政补助暂行办法

桐建规〔2023〕1号

第一条　为推进既有住宅加装电梯工作，减轻业主负担，制定本办法。
第二条　本市城镇范围内已建成的四层以上无电梯住宅加装电梯的，可以申请财政补助。
第三条　每台电梯补助10万元。
第四条　补助资金在竣工验收合格后一次性拨付。
第五条　实施主体应当自电梯竣工验收之日起60日内提出补助申请。
第六条　本办法自2023年3月1日起施行，有效期3年。

桐溪市住房和城乡建设局
2023年2月20日
"""

D3_NAME = "t20260422_1187.html"
D3_TITLE = "桐溪市青湾区住房和城乡建设局关于做好2026年既有住宅加装电梯补助申报工作的通知"
D3_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{D3_TITLE}_桐溪市青湾区人民政府</title></head>
<body>
<div class="head">桐溪市青湾区人民政府　首页　政务公开　办事服务　政民互动</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>{D3_TITLE}</h1>
<div class="info">发布时间：2026-04-22 10:05:41　来源：区住房城乡建设局　<a>打印本页</a>　<a>关闭窗口</a></div>
<div class="article">
<p style="text-align:center">青住建〔2026〕8号</p>
<p>各街道办事处，各有关小区业主委员会：</p>
<p>　　为落实《桐溪市既有住宅加装电梯财政补助办法》，现就我区2026年补助申报工作通知如下：</p>
<p>　　一、申报时间</p>
<p>　　2026年5月1日至10月31日，逾期不再受理当年申报。</p>
<p>　　二、申报方式</p>
<p>　　实施主体通过“桐溪住建”政务服务平台在线提交申请材料，不再另行报送纸质材料。</p>
<p>　　三、现场核查</p>
<p>　　区住房城乡建设局受理申报后，会同所在街道在10个工作日内完成现场核查。</p>
<p>　　四、联系方式</p>
<p>　　区住房城乡建设局房屋管理科，联系电话：0573-86120457。</p>
<p style="text-align:right">桐溪市青湾区住房和城乡建设局</p>
<p style="text-align:right">2026年4月20日</p>
</div>
<div class="foot">主办：桐溪市青湾区人民政府办公室　网站标识码：3304990027</div>
</body>
</html>
"""

D4_NAME = "加装电梯财政补助办法政策解读.pdf"
D4_TITLE = "《桐溪市既有住宅加装电梯财政补助办法》政策解读"
D4_TOP = [("title", D4_TITLE), ("right", "2026年3月20日")]
D4_BODY = [
    ("h", "一、修订背景"),
    ("p", "暂行办法施行三年来，全市累计加装电梯412台，惠及住户5100余户。"
          "一些高层住宅单元反映补助标准偏低，一次性拨付也不利于督促后期维保。"),
    ("h", "二、主要变化"),
    ("p", "一是补助标准由每台10万元提高到15万元，七层以上的提高到20万元；"
          "二是申请时限由竣工验收之日起60日改为取得使用登记证之日起90日；"
          "三是拨付方式由一次性拨付改为分两次拨付，第二笔与电梯运行情况挂钩。"),
    ("h", "三、适用范围"),
    ("p", "办法适用于本市城镇范围内四层以上、未配备电梯的既有住宅，不包括农村自建房。"),
    ("sign", BUREAU),
]


QUESTIONS = [
    q(1, "电梯办下使用证以后，补助申请最晚要在多少天内交上去？", [["90日"]],
      "应当自电梯取得使用登记证之日起90日内", ["current_version", "number"], D1_NAME,
      section="第六条"),
    q(2, "区里收到申请材料以后，多少个工作日内得审完？", [["15个工作日"]],
      "应当在15个工作日内完成审核", ["current_version", "number"], D1_NAME, section="第七条"),
    q(3, "电梯验收通过以后，第一笔补助能拨下来百分之多少？", [["70%"]],
      "竣工验收合格后拨付补助总额的70%", ["current_version", "number"], D1_NAME,
      section="第五条"),
    q(4, "审核结果出来以后，在小区里要公示几天？", [["5个工作日"]],
      "将审核结果在所在小区公示5个工作日", ["current_version", "number"], D1_NAME,
      section="第七条"),
    q(5, "青湾区住建局接到申报以后，几个工作日内去现场核查？", [["10个工作日"]],
      "会同所在街道在10个工作日内完成现场核查", ["number"], D3_NAME),
    q(6, "按2023年那版暂行办法，电梯装完以后多少天内要申请补助？", [["60日"]],
      "应当自电梯竣工验收之日起60日内提出补助申请", ["current_version", "number"], D2_NAME,
      superseded=True, section="第五条"),
    q(7, "加装电梯财政补助办法从哪天开始施行？", [["2026年4月1日"]],
      "本办法自2026年4月1日起施行", ["effective"], D1_NAME),
    q(8, "现行的加装电梯补助办法有效期几年？", [["5年"]], "有效期5年", ["validity"], D1_NAME),
    q(9, "加装电梯财政补助办法第三章是关于什么的？", [["申请与审核"]], "第三章　申请与审核",
      ["chapter"], D1_NAME),
    q(10, "用假材料骗补助会怎么处理，是办法的哪一条规定的？", [["追回"], ["第十条"]],
      "由区住房城乡建设部门追回已拨付资金", ["article"], D1_NAME, section="第十条"),
    q(11, "加装电梯补助申请表要填写哪些项目？", [["单元层数"], ["申请补助金额"]], "申请补助金额",
      ["attachment", "list"], D1_NAME),
    q(12, "加装电梯财政补助办法是哪个部门印发的？", [["桐溪市住房和城乡建设局"]],
      "桐溪市住房和城乡建设局", ["issuer"], D1_NAME),
    q(13, "电梯用满十年以后，更换曳引机能补助多少钱？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_d1()
    kit.write_text(OUT, D2_NAME, D2_TEXT)
    kit.write_text(OUT, D3_NAME, D3_HTML)
    kit.make_text_pdf(OUT, D4_NAME, "桐溪市住房和城乡建设局", D4_TOP, D4_BODY)
    with open(os.path.join(HERE, "pol62-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            import json

            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

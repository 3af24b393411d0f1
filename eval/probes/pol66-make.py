"""pol66 probe set: writes eval/probes/pol66-corpus/ (three documents of a fictional city 澧川市 on
automated external defibrillators in public places, 公共场所自动体外除颤器 AED) and the HELD-OUT
questions (pol66-heldout.jsonl). Every text written for this set. Written and committed before the
tune questions (pol66-tune.jsonl, written by hand afterwards) and before any code change.

The documents (the formats the project reads):
- D1 a city office's 印发 notice pasted as text, the 办法 it issues after its 落款 (chapters,
  articles, 「本办法自印发之日起施行，有效期5年」) and the 办法's attachment (a record form);
- D2 a district bureau's training notice on its portal (HTML with the site's chrome);
- D3 the 解读 of the 办法 as a text PDF under a running header.

The behaviour asked most: who bears a cost (「…的费用由谁承担」「…的钱谁出」) — answered when a
rule names the one bearing that cost, not answered when the documents bind a bearer only to
another cost or to none; next to effective, validity, doc_number, chapter, article, issuer and
number questions.
Run: .venv/bin/python eval/probes/pol66-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "pol66-corpus")
q = kit.question_maker("p66h", "probe-heldout")

D1_NAME = "澧川市公共场所自动体外除颤器配置管理办法.txt"
D1_TEXT = """澧川市人民政府办公室关于印发《澧川市公共场所自动体外除颤器配置管理办法》的通知

澧政办发〔2026〕5号

各区人民政府，市政府各部门、各直属机构：
　　《澧川市公共场所自动体外除颤器配置管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。

澧川市人民政府办公室
2026年2月10日
（此件公开发布）

澧川市公共场所自动体外除颤器配置管理办法

第一章　总则
第一条　为了提高公共场所心脏骤停急救能力，规范自动体外除颤器（以下简称AED）的配置、使用和管理，结合本市实际，制定本办法。
第二条　本办法适用于本市行政区域内公共场所AED的配置、维护、使用和相关培训活动。
第三条　市卫生健康委负责全市AED配置管理的统筹协调和监督指导；各区卫生健康局负责本辖区AED的布点规划和日常监管。

第二章　配置与布点
第四条　下列公共场所应当配置AED：
（一）轨道交通站点、长途汽车站和火车站；
（二）日均客流量5000人次以上的商场、超市；
（三）体育场馆和全民健身中心；
（四）3A级以上旅游景区。
第五条　人流密集场所按照每500米步行距离至少配置1台的标准布点。
第六条　政府投资配置的AED，设备购置费用由市、区两级财政按照6:4的比例分担；社会单位自行配置的，购置费用由配置单位承担。

第三章　维护与巡检
第七条　AED的设备管理单位为其所在场所的经营或者管理单位。设备的日常维护保养费用由设备管理单位承担。
第八条　设备管理单位应当每月至少巡检一次，检查电池电量、电极片有效期和设备自检状态，并填写巡检记录表（见附件）。
第九条　设备管理单位应当在AED放置点醒目位置设置统一标识，标明设备位置和使用方法。
第十条　AED使用满8年或者性能检测不合格的，应当报废更新。

第四章　培训与使用
第十一条　配置AED的场所，取得急救培训合格证书的工作人员不少于2名。
第十二条　急救培训由区卫生健康局委托具备资质的培训机构实施，培训费用从区卫生健康事业经费中列支，不向参训人员收取。
第十三条　鼓励经过培训的人员在紧急情况下使用AED实施救护。

第五章　附则
第十四条　本办法自印发之日起施行，有效期5年。

附件

澧川市公共场所AED巡检记录表

检查日期、设备编号、电池电量、电极片有效期、设备自检状态、巡检人签字
"""

D2_NAME = "t20260304_2213.html"
D2_TITLE = "澧川市溪北区卫生健康局关于开展2026年公共场所AED急救培训的通知"
D2_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{D2_TITLE}_澧川市溪北区人民政府</title></head>
<body>
<div class="head">澧川市溪北区人民政府　首页　政务公开　办事服务　互动交流</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>{D2_TITLE}</h1>
<div class="info">发布时间：2026-03-04 09:32:17　来源：区卫生健康局　字体：大 中 小　<a>打印</a></div>
<div class="article">
<p style="text-align:center">溪卫健发〔2026〕3号</p>
<p>各街道办事处，辖区各有关单位：</p>
<p>　　为落实《澧川市公共场所自动体外除颤器配置管理办法》，现就我区2026年AED急救培训工作通知如下：</p>
<p>　　一、培训对象</p>
<p>　　辖区配置AED场所的工作人员和登记在册的急救志愿者。</p>
<p>　　二、培训安排</p>
<p>　　每期培训8学时，其中理论4学时、实操4学时；考核合格的颁发急救培训合格证书，证书有效期3年。</p>
<p>　　三、费用保障</p>
<p>　　培训教材费用由区卫生健康局统一负担。实操使用的训练模型由培训机构自备，模型的维护费用由培训机构承担。</p>
<p>　　四、报名方式</p>
<p>　　各单位于2026年3月20日前将报名表报送区卫生健康局医政科，联系电话：0571-58203316。</p>
<p style="text-align:right">澧川市溪北区卫生健康局</p>
<p style="text-align:right">2026年3月2日</p>
</div>
<div class="foot">主办：澧川市溪北区人民政府办公室　网站标识码：3301990031</div>
</body>
</html>
"""

D3_NAME = "AED配置管理办法政策解读.pdf"
D3_TITLE = "《澧川市公共场所自动体外除颤器配置管理办法》政策解读"
D3_TOP = [("title", D3_TITLE), ("right", "2026年2月12日")]
D3_BODY = [
    ("h", "一、制定背景"),
    ("p", "截至2025年底，全市公共场所已配置AED共620台，但布点不均，部分设备长期无人检查，"
          "一些场所没有会用设备的工作人员。"),
    ("h", "二、主要内容"),
    ("p", "办法明确了必须配置AED的四类公共场所、每500米步行距离至少1台的布点标准，"
          "以及设备管理单位的维护、巡检和培训责任。"),
    ("h", "三、费用如何保障"),
    ("p", "政府投资配置的设备，购置费用由市、区财政分担。设备运行期间更换电池和电极片等耗材的费用"
          "计入日常维护保养费用，由设备管理单位承担。"),
    ("sign", "澧川市卫生健康委员会"),
]


QUESTIONS = [
    q(1, "政府出钱配的AED，买设备的钱市里和区里怎么分？", [["6:4"]],
      "设备购置费用由市、区两级财政按照6:4的比例分担", ["number"], D1_NAME, section="第六条"),
    q(2, "AED平时维护保养的钱由谁出？", [["设备管理单位"]],
      "设备的日常维护保养费用由设备管理单位承担", ["fact"], D1_NAME, section="第七条"),
    q(3, "溪北区急救培训用的教材，费用由谁负担？", [["区卫生健康局"]],
      "培训教材费用由区卫生健康局统一负担", ["fact"], D2_NAME),
    q(4, "急救志愿者去参加复训，路上的交通费用由谁承担？", [], "", ["unanswerable"]),
    q(5, "AED放置点张贴统一标识的制作费用由谁来承担？", [], "", ["unanswerable"]),
    q(6, "AED报废以后，设备处置的费用由谁承担？", [], "", ["unanswerable"]),
    q(7, "公共场所自动体外除颤器配置管理办法从什么时候起施行？", [["印发之日"]],
      "本办法自印发之日起施行", ["effective"], D1_NAME),
    q(8, "澧川市的AED配置管理办法有效期是几年？", [["5年"]], "有效期5年", ["validity"], D1_NAME),
    q(9, "印发AED配置管理办法的通知，发文字号是多少？", [["澧政办发〔2026〕5号"]],
      "澧政办发〔2026〕5号", ["doc_number"], D1_NAME),
    q(10, "AED配置管理办法第三章讲的是什么？", [["维护与巡检"]], "第三章　维护与巡检",
      ["chapter"], D1_NAME),
    q(11, "AED多久要巡检一次，是办法哪一条规定的？", [["每月至少巡检一次"], ["第八条"]],
      "设备管理单位应当每月至少巡检一次", ["article"], D1_NAME, section="第八条"),
    q(12, "溪北区的AED急救培训通知是哪个部门发的？", [["溪北区卫生健康局"]],
      "澧川市溪北区卫生健康局", ["issuer"], D2_NAME),
    q(13, "配了AED的场所，至少要有几名持急救培训证书的工作人员？", [["2名"]],
      "取得急救培训合格证书的工作人员不少于2名", ["number"], D1_NAME, section="第十一条"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, D1_NAME, D1_TEXT)
    kit.write_text(OUT, D2_NAME, D2_HTML)
    kit.make_text_pdf(OUT, D3_NAME, "澧川市卫生健康委员会", D3_TOP, D3_BODY)
    with open(os.path.join(HERE, "pol66-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

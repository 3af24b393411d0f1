"""pol67 probe set: writes eval/probes/pol67-corpus/ (three documents of a fictional city 沅陵湾市
— a name made up for this set — on public subsidies for adding lifts to existing residential
buildings, 既有住宅加装电梯) and the HELD-OUT questions (pol67-heldout.jsonl). Every text written
for this set. Written and committed before the tune questions (pol67-make-tune.py) and before any
code change.

The documents:
- D1 a city office's 印发 notice pasted as text, the 办法 it issues after its 落款: articles that
  LIST (「应当同时符合下列条件：」「有下列情形之一的，不予受理：」 with their 项 （一）（二）…);
- D2 the 解读 of the 办法 (HTML on the housing bureau's portal) that NAMES those lists in passing
  (「办法列明了不予受理的三种情形」) without their items;
- D3 a district's 实施细则 (text) that refers to the 办法's lists (「对存在《办法》第九条所列不予受理
  情形的……」) and lists a few things of its own.

The behaviour asked most: a question asking for the items of a list an article of the 办法 holds
(「哪些情形不予受理」「要交哪些材料」) — the article with its 项 cited, not the 解读's or 细则's
sentence that only names the list; beside them unanswerable look-alikes (a list no document holds)
and a few structure questions.
Run: .venv/bin/python eval/probes/pol67-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "pol67-corpus")
q = kit.question_maker("p67h", "probe-heldout")

D1_NAME = "沅陵湾市既有住宅加装电梯财政补助办法.txt"
D1_TEXT = """沅陵湾市人民政府办公室关于印发《沅陵湾市既有住宅加装电梯财政补助办法》的通知

沅政办规〔2026〕3号

各区人民政府，市政府各部门：
　　《沅陵湾市既有住宅加装电梯财政补助办法》已经市人民政府同意，现印发给你们，请结合实际认真执行。

沅陵湾市人民政府办公室
2026年1月20日

沅陵湾市既有住宅加装电梯财政补助办法

第一章　总则
第一条　为了改善既有住宅居民的出行条件，规范加装电梯财政补助资金的申请、审核、拨付和监督，制定本办法。
第二条　本办法所称既有住宅，是指本市城镇国有土地上已建成投入使用、四层及以上、未设电梯的多业主住宅。
第三条　市住房和城乡建设局负责补助政策的制定和资金的统筹安排；各区住房和城乡建设局负责本辖区补助申请的审核和拨付；街道办事处负责申请的受理和初审。

第二章　补助条件和标准
第四条　申请补助的加装电梯项目，应当同时符合下列条件：
（一）已取得本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主书面同意；
（二）已办理建设工程规划许可和施工许可手续；
（三）电梯已通过特种设备监督检验并取得使用登记证；
（四）项目在2026年1月1日以后竣工。
第五条　补助资金按照每台电梯20万元的标准给予补助；加装电梯同时实施无障碍通道改造的，每台增加补助3万元。
第六条　补助资金可以用于下列支出：
（一）电梯设备购置和安装；
（二）井道、连廊等土建施工；
（三）管线迁移和地下管网改造；
（四）电梯运行前三年的维护保养。

第三章　申请和审核
第七条　申请人应当向项目所在地街道办事处提交下列材料：
（一）加装电梯财政补助申请表；
（二）业主书面同意书及业主身份证明；
（三）建设工程规划许可证和施工许可证复印件；
（四）电梯使用登记证复印件；
（五）工程结算书和发票。
第八条　街道办事处应当在收到申请材料之日起10个工作日内完成初审，并在项目所在单元张贴公示，公示期不少于7日。
第九条　有下列情形之一的，不予受理：
（一）申请材料不齐全且逾期未补正的；
（二）同一单元已经享受过加装电梯财政补助的；
（三）项目所在住宅已列入征收范围的。
第十条　区住房和城乡建设局应当在公示期满之日起15个工作日内完成审核，审核通过的将补助资金一次性拨付至申请人指定的专用账户。

第四章　监督管理
第十一条　申请人有下列行为之一的，由区住房和城乡建设局追回已拨付的补助资金：
（一）提供虚假材料骗取补助资金的；
（二）将补助资金挪作他用的；
（三）电梯建成后两年内擅自拆除的。
第十二条　市住房和城乡建设局应当每年对补助资金使用情况组织抽查，抽查比例不低于当年补助项目的10%。

第五章　附则
第十三条　本办法自2026年3月1日起施行，有效期3年。
"""

D2_NAME = "t20260128_0419.html"
D2_TITLE = "一图读懂｜《沅陵湾市既有住宅加装电梯财政补助办法》政策解读"
D2_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{D2_TITLE}_沅陵湾市住房和城乡建设局</title></head>
<body>
<div class="nav">沅陵湾市住房和城乡建设局　首页　机构概况　政务公开　政策解读　办事服务</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<h1>{D2_TITLE}</h1>
<div class="info">发布时间：2026-01-28 10:15:06　来源：市住房和城乡建设局　【字体：大 中 小】　<a>打印本页</a></div>
<div class="content">
<p>　　一、为什么要出台这个办法？</p>
<p>　　我市四层及以上未设电梯的老旧住宅约有1.2万个单元，居住着大量老年人，上下楼难成为群众反映集中的问题。办法统一了全市的补助标准和办理流程。</p>
<p>　　二、申请补助需要满足哪些条件？</p>
<p>　　办法第四条规定了申请补助必须同时满足的四项条件，涉及业主同意比例、审批手续、电梯检验和竣工时间，缺少任何一项都不能申请。</p>
<p>　　三、补助多少钱？</p>
<p>　　每台电梯补助20万元，同步做无障碍通道改造的再加3万元，补助资金可以用于办法列出的四类支出。</p>
<p>　　四、怎么申请？</p>
<p>　　申请人向项目所在地街道办事处提出申请，并按办法第七条提交五类材料。办法同时列明了不予受理的三种情形，申请前请对照自查，避免白跑。</p>
<p>　　五、补助资金怎么监管？</p>
<p>　　办法规定了追回补助资金的三类行为，市住房和城乡建设局每年还将开展抽查。</p>
<p>　　六、办法什么时候开始执行？</p>
<p>　　办法自2026年3月1日起施行，有效期3年。</p>
</div>
<div class="foot">主办单位：沅陵湾市住房和城乡建设局　网站标识码：4306210017　备案号：湘ICP备05003217号</div>
</body>
</html>
"""

D3_NAME = "青溪区既有住宅加装电梯财政补助实施细则.txt"
D3_TEXT = """沅陵湾市青溪区既有住宅加装电梯财政补助实施细则

青住建发〔2026〕6号

第一条　为了落实《沅陵湾市既有住宅加装电梯财政补助办法》（以下简称《办法》），结合本区实际，制定本细则。
第二条　申请人提交《办法》第七条规定的申请材料后，街道办事处应当当场出具受理回执；材料不齐全的，一次性告知需要补正的内容，申请人应当在15日内补正。
第三条　对存在《办法》第九条所列不予受理情形的，街道办事处应当在3个工作日内书面告知申请人并说明理由。
第四条　补助资金的用途以《办法》第六条所列支出为限，申请人应当在项目竣工验收后30日内报送资金使用明细。
第五条　对《办法》第十一条规定的追回情形，区住房和城乡建设局应当作出书面追回决定，申请人应当在30日内退回补助资金。
第六条　本区对加装电梯项目给予下列服务支持：
（一）街道办事处指定专人全程代办审批手续；
（二）区住房和城乡建设局组织设计单位免费提供方案咨询；
（三）供水、供电、燃气单位开辟管线迁移绿色通道。
第七条　本细则自2026年3月1日起施行。

沅陵湾市青溪区住房和城乡建设局
2026年2月16日
"""

QUESTIONS = [
    q(1, "哪些情况下加装电梯的补助申请不予受理？", [["已列入征收范围"], ["已经享受过"]],
      "同一单元已经享受过加装电梯财政补助的", ["list"], D1_NAME, section="第九条"),
    q(2, "申请加装电梯补助需要向街道提交什么材料？", [["工程结算书"], ["使用登记证"]],
      "加装电梯财政补助申请表", ["list"], D1_NAME, section="第七条"),
    q(3, "拿了加装电梯补助，做了什么事会被追回补助款？", [["虚假材料"], ["挪作他用"]],
      "将补助资金挪作他用的", ["list"], D1_NAME, section="第十一条"),
    q(4, "加装电梯要同时满足哪几个条件才能申请财政补助？", [["三分之二"], ["施工许可"]],
      "已办理建设工程规划许可和施工许可手续", ["list"], D1_NAME, section="第四条"),
    q(5, "电梯补助的钱能花在哪些方面？", [["土建施工"], ["维护保养"]],
      "井道、连廊等土建施工", ["list"], D1_NAME, section="第六条"),
    q(6, "青溪区给加装电梯项目提供了哪些服务支持？", [["代办审批手续"], ["绿色通道"]],
      "街道办事处指定专人全程代办审批手续", ["list"], D3_NAME, section="第六条"),
    q(7, "街道收到加装电梯补助申请后，要在几个工作日内完成初审？", [["10个工作日"]],
      "收到申请材料之日起10个工作日内完成初审", ["number"], D1_NAME, section="第八条"),
    q(8, "加装电梯财政补助办法的有效期是几年？", [["3年"]], "有效期3年", ["validity"], D1_NAME),
    q(9, "印发加装电梯财政补助办法的通知，文号是什么？", [["沅政办规〔2026〕3号"]],
      "沅政办规〔2026〕3号", ["doc_number"], D1_NAME),
    q(10, "加装电梯选用哪些电梯品牌可以获得补助？", [], "", ["unanswerable"]),
    q(11, "加装电梯施工期间哪些噪声作业时段被禁止？", [], "", ["unanswerable"]),
    q(12, "哪些低保家庭可以免缴加装电梯的分摊费用？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, D1_NAME, D1_TEXT)
    kit.write_text(OUT, D2_NAME, D2_HTML)
    kit.write_text(OUT, D3_NAME, D3_TEXT)
    with open(os.path.join(HERE, "pol67-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

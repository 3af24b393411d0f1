"""pol69 probe set: writes eval/probes/pol69-corpus/ (three documents of a fictional city 澄岭市
— a name made up for this set — on subsidies for community canteens for the elderly, 社区长者食堂)
and the HELD-OUT questions (pol69-heldout.jsonl). Every text written for this set. Written and
committed before the tune questions (pol69-make-tune.py) and before any code change.

The documents:
- D1 the city civil-affairs bureau's 印发 notice pasted as text, the 办法 after its 落款: lists
  opened by a lead-in line of their own without 下列 — 「申请材料包括：」「核查内容包括：」
  「应当报送的资料如下：」「具体标准如下：」 — whose 项 （一）（二）… stand on the lines after it, so
  the lead-in shares the question's words and its items hold the answer; one 「下列情形之一的，
  不予批准：」 list;
- D2 a district's 实施细则 (text) with lists of its own (备案材料 如下, 下列支持) and a pointer
  (「《办法》第五条规定的申请材料」);
- D3 the 解读 (text) naming the 办法's parts in passing (「办法共五章十四条，明确了…」).

The behaviour asked: a list question — formal (「申请材料有哪些」) or in everyday words (「要交哪些
东西」「哪些情况不给批」「得把哪些东西公示出来」) — answered with the article whose lead-in and 项
hold the list, that article cited, not the 解读's summary nor another article; beside them
unanswerable list look-alikes.
Run: .venv/bin/python eval/probes/pol69-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "pol69-corpus")
q = kit.question_maker("p69h", "probe-heldout")

D1_NAME = "澄岭市社区长者食堂建设运营补助办法.txt"
D1_TEXT = """澄岭市民政局关于印发《澄岭市社区长者食堂建设运营补助办法》的通知

澄民规〔2026〕3号

各区民政局，有关单位：
　　《澄岭市社区长者食堂建设运营补助办法》已经市人民政府同意，现印发给你们，请结合实际抓好落实。

澄岭市民政局
2026年5月20日

澄岭市社区长者食堂建设运营补助办法

第一章　总则
第一条　为了解决社区老年人就餐难问题，规范社区长者食堂的建设和运营，制定本办法。
第二条　本办法所称社区长者食堂，是指在城乡社区设立、主要为六十周岁以上老年人提供助餐服务的非营利性餐饮场所。
第三条　市民政局负责补助资金的预算编制和绩效管理；各区民政局负责本辖区长者食堂的补助申请审核和日常监管；市场监管部门负责食品安全监督检查。

第二章　建设补助
第四条　新建长者食堂的，按照就餐区面积给予一次性建设补助，具体标准如下：
（一）就餐区面积80平方米以上不足150平方米的，补助10万元；
（二）就餐区面积150平方米以上不足300平方米的，补助18万元；
（三）就餐区面积300平方米以上的，补助25万元。
第五条　申请建设补助的运营主体，应当在食堂开业后三个月内向所在区民政局提出申请。申请材料包括：
（一）建设补助申请书；
（二）场地产权证明或者租赁合同；
（三）食品经营许可证；
（四）消防安全检查合格证明；
（五）竣工照片和厨房设备购置发票。
第六条　区民政局收到建设补助申请后，应当在十五个工作日内组织实地核查。核查内容包括：
（一）就餐区面积与申报面积是否一致；
（二）后厨布局是否符合食品安全要求；
（三）无障碍通道和扶手等设施是否完备。

第三章　运营补助
第七条　长者食堂按照实际服务人次申领运营补助，每为一名老年人提供一次用餐补助3元，每家食堂每年运营补助总额不超过20万元。
第八条　运营补助的对象包括：
（一）本市户籍六十周岁以上的老年人；
（二）在本市连续居住满一年的六十周岁以上非本市户籍老年人；
（三）经区民政局认定的六十周岁以下重度残疾人。
第九条　运营补助每季度申领一次。申领时应当报送的资料如下：
（一）季度就餐人次统计表；
（二）就餐老年人身份核验记录；
（三）食材采购台账和票据。
第十条　申领运营补助有下列情形之一的，区民政局不予批准：
（一）虚报就餐人次的；
（二）当季度发生食品安全事故的；
（三）擅自提高老年人就餐收费标准的。

第四章　服务规范
第十一条　长者食堂应当每周向就餐老年人公布菜谱，菜品搭配应当兼顾老年人的咀嚼能力和营养需求。
第十二条　长者食堂应当为行动不便的老年人提供送餐上门服务，送餐服务费每份不超过2元。
第十三条　长者食堂应当在醒目位置公示的事项包括：
（一）食品经营许可证；
（二）每周菜谱和菜品价格；
（三）补助政策和老年人就餐优惠标准；
（四）投诉监督电话。

第五章　附则
第十四条　本办法自2026年7月1日起施行，有效期五年。
"""

D2_NAME = "青溪区社区长者食堂建设运营补助实施细则.txt"
D2_TEXT = """澄岭市青溪区社区长者食堂建设运营补助实施细则

青民发〔2026〕8号

第一条　为落实《澄岭市社区长者食堂建设运营补助办法》（以下简称《办法》），结合本区实际，制定本细则。
第二条　长者食堂开业前应当到区民政局备案。备案时提交的材料如下：
（一）长者食堂备案登记表；
（二）运营主体的营业执照或者登记证书；
（三）食堂负责人和厨师的健康证明。
第三条　运营主体提交《办法》第五条规定的申请材料后，区民政局应当一次性告知需要补正的内容。
第四条　本区对同时运营三家以上长者食堂的连锁运营主体给予下列支持：
（一）优先推荐使用街道和社区的闲置用房；
（二）每家连锁门店给予一次性开办补贴2万元；
（三）组织食品安全管理人员免费参加培训。
第五条　本细则自2026年8月1日起施行。

澄岭市青溪区民政局
2026年7月10日
"""

D3_NAME = "《澄岭市社区长者食堂建设运营补助办法》政策解读.txt"
D3_TEXT = """《澄岭市社区长者食堂建设运营补助办法》政策解读

发布时间：2026-06-02　来源：澄岭市民政局

一、为什么要出台这个办法？
全市六十周岁以上老年人约52万人，独居和高龄老年人吃饭难的问题比较突出，现有的助餐点规模小、运营难以持续。

二、办法主要讲了什么？
办法共五章十四条，明确了建设补助、运营补助、服务规范和施行日期等内容。

三、补助怎么申请？
建设补助在食堂开业后申请，运营补助按季度申领，具体材料以办法规定为准。
"""

QUESTIONS = [
    q(1, "开办长者食堂申请建设补助，要交哪些东西？", [["租赁合同"], ["消防安全检查合格证明"]],
      "场地产权证明或者租赁合同", ["list"], D1_NAME, section="第五条"),
    q(2, "区民政局去长者食堂实地核查时主要看哪些方面？", [["后厨布局"], ["无障碍通道"]],
      "后厨布局是否符合食品安全要求", ["list"], D1_NAME, section="第六条"),
    q(3, "每个季度申领运营补助需要报送哪些资料？", [["食材采购台账"], ["身份核验记录"]],
      "就餐老年人身份核验记录", ["list"], D1_NAME, section="第九条"),
    q(4, "哪些情况下运营补助不给批？", [["虚报就餐人次"], ["食品安全事故"]],
      "虚报就餐人次的", ["list"], D1_NAME, section="第十条"),
    q(5, "长者食堂得把哪些东西公示出来让老人看到？", [["投诉监督电话"], ["每周菜谱"]],
      "投诉监督电话", ["list"], D1_NAME, section="第十三条"),
    q(6, "新建长者食堂的建设补助按什么标准给？", [["10万元"], ["25万元"]],
      "就餐区面积300平方米以上的，补助25万元", ["list"], D1_NAME, section="第四条"),
    q(7, "哪些人到长者食堂吃饭能算进运营补助？", [["本市户籍"], ["重度残疾人"]],
      "本市户籍六十周岁以上的老年人", ["list"], D1_NAME, section="第八条"),
    q(8, "在青溪区开长者食堂之前去备案要带什么材料？", [["备案登记表"], ["健康证明"]],
      "长者食堂备案登记表", ["list"], D2_NAME, section="第二条"),
    q(9, "青溪区对连锁经营长者食堂的企业有什么扶持？", [["闲置用房"], ["开办补贴"]],
      "每家连锁门店给予一次性开办补贴2万元", ["list"], D2_NAME, section="第四条"),
    q(10, "长者食堂的厨师需要持有哪些职业资格证书？", [], "", ["unanswerable"]),
    q(11, "哪些长者食堂被评为澄岭市星级助餐示范点？", [], "", ["unanswerable"]),
    q(12, "申请送餐上门服务补贴要交哪些材料？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, D1_NAME, D1_TEXT)
    kit.write_text(OUT, D2_NAME, D2_TEXT)
    kit.write_text(OUT, D3_NAME, D3_TEXT)
    with open(os.path.join(HERE, "pol69-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

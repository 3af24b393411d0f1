"""pol68 probe set: writes eval/probes/pol68-corpus/ (three documents of a fictional city 汐洲市
— a name made up for this set — on support for the household-services trade, 家政服务业) and the
HELD-OUT questions (pol68-heldout.jsonl). Every text written for this set. Written and committed
before the tune questions (pol68-make-tune.py) and before any code change.

The documents:
- D1 the city commerce bureau's 印发 notice pasted as text, the 办法 after its 落款: articles
  whose lists stand INLINE, without a 「下列…：」 lead-in — items joined by 、 and 和 inside one
  sentence (「合同应当载明服务项目、服务时间、收费标准…和纠纷处理方式」「培训内容包括…」「只能用于…」),
  conditions joined by commas (第四条), 项 （一）（二）（三） inside one paragraph (第十条), and a
  list opened by 「申请材料包括：」 with no 下列 (第六条);
- D2 a district's 实施细则 (text) with 「下列…：」 lists of its own (不予受理, 支持) and sentences
  pointing at the 办法's articles (「《办法》第六条规定的申请材料」);
- D3 the 解读 (text) naming the 办法's lists in passing.

The behaviour asked: a question asking for the items of a list an article of the 办法 holds inline
— that article cited with its items, not another article's 下列 list, and not refused; beside them
unanswerable list look-alikes.
Run: .venv/bin/python eval/probes/pol68-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "pol68-corpus")
q = kit.question_maker("p68h", "probe-heldout")

D1_NAME = "汐洲市家政服务业提质扩容扶持办法.txt"
D1_TEXT = """汐洲市商务局关于印发《汐洲市家政服务业提质扩容扶持办法》的通知

汐商规〔2026〕2号

各区商务主管部门，有关单位：
　　《汐洲市家政服务业提质扩容扶持办法》已经市人民政府同意，现印发给你们，请认真组织实施。

汐洲市商务局
2026年3月12日

汐洲市家政服务业提质扩容扶持办法

第一章　总则
第一条　为了促进家政服务业规范发展，提升家政服务质量，扩大家政服务供给，制定本办法。
第二条　本办法所称家政服务，是指家政企业安排家政服务员进入家庭，提供母婴护理、居家养老照护、家庭保洁和烹饪等服务的活动。
第三条　市商务局负责扶持资金的统筹安排和绩效评价；各区商务主管部门负责本辖区扶持申请的受理、审核和资金拨付。

第二章　扶持对象和条件
第四条　申请扶持的家政企业应当在本市依法登记注册满一年，为全部家政服务员建立信用档案，与家政服务员签订劳动合同或者服务协议，并且近两年内未发生重大服务纠纷。
第五条　家政企业与消费者签订的服务合同，应当载明服务项目、服务时间、收费标准、双方权利义务和纠纷处理方式。
第六条　家政企业申请员工制转型奖励的，应当向所在区商务主管部门提出申请。申请材料包括：
（一）扶持资金申请表；
（二）营业执照复印件；
（三）家政服务员劳动合同和社会保险缴费记录；
（四）上一年度财务报表。
第七条　员工制家政企业每签订一名员工制家政服务员给予2000元奖励，每家企业每年奖励总额不超过50万元。

第三章　培训补贴
第八条　家政服务员参加由市商务局认定的培训机构组织的技能培训，培训内容包括职业道德、安全防护、母婴护理技能、老年照护技能和家庭急救常识。
第九条　培训补贴按照初级每人800元、中级每人1200元、高级每人1600元的标准给予。
第十条　有下列情形之一的，不予拨付培训补贴：（一）培训学时不足规定学时百分之八十的；（二）学员未通过结业考核的；（三）同一学员同一等级重复申领的。

第四章　监督管理
第十一条　扶持资金只能用于家政服务员培训、信用体系建设、服务标准推广和员工社会保险补贴，不得用于企业日常办公开支、人员奖金和偿还债务。
第十二条　区商务主管部门应当每半年对获得扶持的企业开展一次抽查，抽查内容包括服务合同签订、信用档案更新、培训记录和投诉处理情况。
第十三条　家政企业应当在经营场所醒目位置公示营业执照、服务项目、收费标准和投诉电话。

第五章　附则
第十四条　本办法自2026年4月1日起施行，有效期三年。
"""

D2_NAME = "柏浦区家政服务业提质扩容扶持实施细则.txt"
D2_TEXT = """汐洲市柏浦区家政服务业提质扩容扶持实施细则

柏商发〔2026〕5号

第一条　为落实《汐洲市家政服务业提质扩容扶持办法》（以下简称《办法》），结合本区实际，制定本细则。
第二条　企业提交《办法》第六条规定的申请材料后，区商务局应当在十个工作日内完成审核；材料不全的，一次性告知需要补正的内容。
第三条　家政企业有下列情形之一的，本区不予受理扶持申请：
（一）被列入经营异常名录的；
（二）拖欠家政服务员工资尚未清偿的；
（三）同一事项已经享受其他财政资金扶持的。
第四条　服务合同除载明《办法》第五条规定的事项外，还应当注明家政服务员的健康证明编号。
第五条　本区对新设立的家政服务网点给予下列支持：
（一）优先安排社区闲置用房作为服务网点；
（二）第一年房租给予百分之五十的补贴。
第六条　本细则自2026年5月1日起施行。

汐洲市柏浦区商务局
2026年4月10日
"""

D3_NAME = "《汐洲市家政服务业提质扩容扶持办法》政策解读.txt"
D3_TEXT = """《汐洲市家政服务业提质扩容扶持办法》政策解读

发布时间：2026-03-25　来源：汐洲市商务局

一、出台背景
全市现有家政企业约1200家，从业人员6.8万人，员工制企业占比不足一成，服务质量参差不齐。办法着眼于稳定从业队伍、规范服务行为。

二、哪些企业可以申请扶持？
办法第四条规定了申请扶持必须同时具备的四个条件，重点是依法经营和信用档案建设。

三、有哪些奖励和补贴？
办法设立了员工制转型奖励和培训补贴两类扶持，培训补贴分初级、中级、高级三个档次。

四、资金怎么管？
办法对扶持资金的用途作了明确限制，各区每半年开展一次抽查，发现违规使用的将追回资金。
"""

QUESTIONS = [
    q(1, "家政服务合同里应当写清楚哪些事项？", [["服务时间"], ["纠纷处理方式"]],
      "应当载明服务项目、服务时间、收费标准、双方权利义务和纠纷处理方式", ["list"], D1_NAME,
      section="第五条"),
    q(2, "家政服务员培训要学哪些内容？", [["安全防护"], ["家庭急救常识"]],
      "培训内容包括职业道德、安全防护、母婴护理技能、老年照护技能和家庭急救常识", ["list"],
      D1_NAME, section="第八条"),
    q(3, "扶持资金可以用在哪些方面？", [["信用体系建设"], ["社会保险补贴"]],
      "扶持资金只能用于家政服务员培训、信用体系建设、服务标准推广和员工社会保险补贴", ["list"],
      D1_NAME, section="第十一条"),
    q(4, "区商务主管部门抽查获得扶持的企业时要查哪些内容？", [["培训记录"], ["投诉处理"]],
      "抽查内容包括服务合同签订、信用档案更新、培训记录和投诉处理情况", ["list"], D1_NAME,
      section="第十二条"),
    q(5, "家政企业申请员工制转型奖励需要提交什么材料？", [["社会保险缴费记录"], ["财务报表"]],
      "家政服务员劳动合同和社会保险缴费记录", ["list"], D1_NAME, section="第六条"),
    q(6, "什么情况下培训补贴不予拨付？", [["未通过结业考核"], ["重复申领"]],
      "学员未通过结业考核的", ["list"], D1_NAME, section="第十条"),
    q(7, "家政企业要满足哪些条件才能申请扶持？", [["登记注册满一年"], ["信用档案"]],
      "在本市依法登记注册满一年", ["list"], D1_NAME, section="第四条"),
    q(8, "家政企业的经营场所要公示哪些信息？", [["投诉电话"], ["收费标准"]],
      "公示营业执照、服务项目、收费标准和投诉电话", ["list"], D1_NAME, section="第十三条"),
    q(9, "办法所说的家政服务包括哪些服务？", [["母婴护理"], ["居家养老照护"]],
      "提供母婴护理、居家养老照护、家庭保洁和烹饪等服务", ["list"], D1_NAME, section="第二条"),
    q(10, "哪些家政企业被评为市级诚信示范企业？", [], "", ["unanswerable"]),
    q(11, "家政服务员入职体检需要检查哪些项目？", [], "", ["unanswerable"]),
    q(12, "柏浦区给家政服务员发放哪些生活补贴？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, D1_NAME, D1_TEXT)
    kit.write_text(OUT, D2_NAME, D2_TEXT)
    kit.write_text(OUT, D3_NAME, D3_TEXT)
    with open(os.path.join(HERE, "pol68-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

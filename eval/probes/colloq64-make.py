"""colloq64 probe set: writes eval/probes/colloq64-corpus/ (two plain-text documents of a fictional
city 澄州市 on subsidies for lifts added to existing residential buildings, 既有住宅加装电梯) and the
HELD-OUT questions (colloq64-heldout.jsonl). Every text written for this set. Written and committed
before the tune questions (colloq64-make-tune.py) and before any code change.

The documents: D1 the 办法 (articles 第一条…第十三条), D2 a district bureau's 申报 notice.
The behaviour asked: colloquial questions whose answer is one article or notice item, asked with an
everyday noun or phrase no document uses standing for the policy term the article does use (盘子 for
数量/总量, 门槛 for 条件, 跑腿 for 办理, 算谁的 for 分摊, 兜底 for 承担, 头儿 for 主要负责人, 打折扣
for 核减, 名额 for 计划补助…部), about 65-70% answerable and the rest in-domain unanswerable
look-alikes (a fee, body or amount the documents do not give) in the same register.
Run: .venv/bin/python eval/probes/colloq64-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "colloq64-corpus")
q = kit.question_maker("c64h", "probe-heldout")

D1_NAME = "澄州市既有住宅加装电梯财政补助管理办法.txt"
D1 = """澄州市既有住宅加装电梯财政补助管理办法

澄建规〔2026〕7号

第一条　为改善既有住宅居住条件，方便老年人和行动不便群体出行，规范既有住宅加装电梯财政补助资金管理，制定本办法。
第二条　本办法所称既有住宅，是指本市城镇范围内已建成投入使用、未设电梯的四层以上住宅。
第三条　市住房和城乡建设局负责加装电梯工作的统筹指导；各区人民政府负责本辖区加装电梯工作的组织实施；街道办事处负责申请材料的初审和业主协商的协调。
第四条　申请加装电梯，应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。
第五条　每部电梯市级财政补助20万元，区级财政按照不低于1:1的比例配套；全市每年补助电梯数量不超过300部，超出部分顺延至下一年度。
第六条　加装电梯项目由业主推选的实施主体负责办理规划许可、施工许可和特种设备使用登记等手续；街道办事处应当指定专人提供代办服务。
第七条　电梯通过特种设备监督检验并办理使用登记后，由区住房和城乡建设部门在20个工作日内将补助资金拨付至实施主体账户。
第八条　电梯投入使用后的维护保养费用由出资业主按照协议分摊；协议未约定的，按照楼层分摊系数分担。
第九条　低保家庭和特困供养人员应当承担的建设费用，由所在区财政全额承担。
第十条　以提供虚假材料等方式骗取补助资金的，由区住房和城乡建设部门追回已拨付资金，三年内不再受理该单元的补助申请。
第十一条　各区人民政府主要负责人是本辖区加装电梯工作的第一责任人。
第十二条　已享受其他财政补助的加装电梯项目，不重复享受本办法规定的补助，补助金额按照已享受的其他补助金额相应核减。
第十三条　本办法由市住房和城乡建设局负责解释，自2026年9月1日起施行，有效期5年。

澄州市住房和城乡建设局　澄州市财政局
2026年8月12日
"""

D2_NAME = "江岸区关于开展2026年度既有住宅加装电梯补助申报工作的通知.txt"
D2 = """澄州市江岸区住房和城乡建设局关于开展2026年度既有住宅加装电梯补助申报工作的通知

各街道办事处，各有关单位：
根据《澄州市既有住宅加装电梯财政补助管理办法》，现将2026年度补助申报有关事项通知如下。
一、申报时间。2026年9月15日至11月30日。
二、申报条件。加装电梯项目已取得规划许可并已开工建设。
三、申报材料。包括补助申请表、业主同意书、规划许可文件、施工合同和实施主体银行账户信息。
四、受理方式。申报材料由实施主体交所在街道办事处便民服务中心，街道办事处初审后在5个工作日内报区住房和城乡建设局。
五、补助安排。本年度江岸区计划补助加装电梯60部，按照申报先后顺序安排。
六、联系方式。联系人：许工，联系电话：0736-8852 1146。

澄州市江岸区住房和城乡建设局
2026年9月5日
"""

A, N = ["number"], ["fact"]
U = ["unanswerable"]
HELDOUT = [
    q(1, "全市一年给装电梯补贴的盘子有多大，最多能补几部？", [["300部"]],
      "全市每年补助电梯数量不超过300部", A, D1_NAME, section="第五条"),
    q(2, "老楼想装电梯，得有多少邻居点头才算过了门槛？", [["三分之二"]],
      "应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意", A, D1_NAME,
      section="第四条"),
    q(3, "装电梯那一堆手续，到底是谁去跑腿？", [["实施主体"]],
      "加装电梯项目由业主推选的实施主体负责办理规划许可、施工许可和特种设备使用登记等手续", N,
      D1_NAME, section="第六条"),
    q(4, "电梯装好以后，平时保养的钱算谁的？", [["出资业主"]],
      "电梯投入使用后的维护保养费用由出资业主按照协议分摊", N, D1_NAME, section="第八条"),
    q(5, "低保户装电梯该掏的那份钱，最后谁来兜底？", [["区财政"]],
      "低保家庭和特困供养人员应当承担的建设费用，由所在区财政全额承担", N, D1_NAME, section="第九条"),
    q(6, "各区装电梯这摊事出了岔子，板子打在区里哪个头儿身上？", [["主要负责人"]],
      "各区人民政府主要负责人是本辖区加装电梯工作的第一责任人", N, D1_NAME, section="第十一条"),
    q(7, "已经拿过别的补贴的电梯，这个办法的补助会打折扣吗？", [["相应核减"]],
      "补助金额按照已享受的其他补助金额相应核减", N, D1_NAME, section="第十二条"),
    q(8, "江岸区今年装电梯的补贴名额一共几个？", [["60部"]],
      "本年度江岸区计划补助加装电梯60部", A, D2_NAME),
    q(9, "在江岸区，材料交到街道以后，几天内会递到区住建局？", [["5个工作日"]],
      "街道办事处初审后在5个工作日内报区住房和城乡建设局", A, D2_NAME),
    q(10, "装电梯前期的设计费，区里给不给兜底？", [], "", U),
    q(11, "电梯装好后老出故障没人修，该找哪个部门投诉？", [], "", U),
    q(12, "江岸区今年给装电梯的补贴盘子一共是多少钱？", [], "", U),
    q(13, "一楼住户不同意装电梯，能拿到多少补偿款？", [], "", U),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, text in ((D1_NAME, D1), (D2_NAME, D2)):
        kit.write_text(OUT, name, text)
    texts = {D1_NAME: D1, D2_NAME: D2}
    for row in HELDOUT:
        if row["evidence"]:
            assert row["evidence"] in texts[row["doc"]], row["id"]
            for alts in row["facts"]:
                assert any(a in row["evidence"] for a in alts), row["id"]
    with open(os.path.join(HERE, "colloq64-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in HELDOUT:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

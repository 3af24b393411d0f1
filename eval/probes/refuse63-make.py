"""refuse63 probe set: writes eval/probes/refuse63-corpus/ (two plain-text documents of a fictional
city 岚江市 on operating subsidies for community childcare centres, 社区托育机构运营补贴) and the
HELD-OUT questions (refuse63-heldout.jsonl). Every text written for this set. Written and committed
before the tune questions (refuse63-make-tune.py) and before any code change.

The documents: D1 the 办法 (articles 第一条…第十三条, joint issuers), D2 a district bureau's notice.
The behaviour asked: colloquial questions whose answer is one article or notice item said in the
asker's everyday words (钱 for 补贴资金, 不干了 for 停止运营, 带几个娃 for 比例, 谁打到账上 for
拨付), about 70% answerable and 30% in-domain unanswerable look-alikes (a period, body or condition
the documents do not give).
Run: .venv/bin/python eval/probes/refuse63-make.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "refuse63-corpus")
q = kit.question_maker("r63h", "probe-heldout")

D1_NAME = "岚江市社区托育机构运营补贴管理办法.txt"
D1 = """岚江市社区托育机构运营补贴管理办法

岚卫规〔2026〕3号

第一条　为支持社区托育服务发展，减轻家庭养育负担，规范社区托育机构运营补贴资金管理，制定本办法。
第二条　本办法所称社区托育机构，是指在本市依法登记、为3岁以下婴幼儿提供全日托或者半日托服务的机构。
第三条　市卫生健康委员会负责补贴政策的统筹和监督检查；各区卫生健康部门负责本辖区补贴申请的受理和审核；市财政局负责补贴资金的保障和拨付。
第四条　运营补贴按照实际收托人数核定，每收托一名婴幼儿每月补贴300元，每家机构每年补贴总额不超过36万元。
第五条　托育机构应当与收托婴幼儿的家长签订托育服务协议，并自协议签订之日起10个工作日内将收托信息录入市托育服务管理平台。
第六条　托育机构应当于每年1月31日前向所在区卫生健康部门提交上一年度的补贴申请。
第七条　区卫生健康部门应当自受理申请之日起20个工作日内完成审核；审核通过的，报市财政局在15个工作日内将补贴资金拨付至机构对公账户。
第八条　补贴资金应当用于场地租金、保育人员工资和婴幼儿照护设施设备的购置，不得用于发放管理人员奖金或者偿还机构债务。
第九条　托育机构保育人员与婴幼儿的比例不得低于1:5；未达到该比例的月份，不予核定当月补贴。
第十条　托育机构收托人数、服务时长等信息发生变化的，应当在变化之日起5个工作日内在平台上更新。
第十一条　托育机构停止运营的，应当提前30日书面告知所在区卫生健康部门和收托家庭，并妥善安置在托婴幼儿。
第十二条　托育机构以虚报收托人数等方式骗取补贴的，由区卫生健康部门责令退回已拨付的补贴资金，并取消其此后两年的申请资格。
第十三条　本办法自2026年7月1日起施行，有效期3年。

岚江市卫生健康委员会　岚江市财政局
2026年6月10日
"""

D2_NAME = "清源区关于做好2026年度社区托育机构运营补贴申报工作的通知.txt"
D2 = """岚江市清源区卫生健康局关于做好2026年度社区托育机构运营补贴申报工作的通知

各社区托育机构：
根据《岚江市社区托育机构运营补贴管理办法》，现将2026年度运营补贴申报有关事项通知如下。
一、申报时间。2027年1月4日至1月29日，逾期不再受理。
二、申报方式。申报材料通过市托育服务管理平台在线提交，同时将加盖公章的纸质材料一式两份送区卫生健康局妇幼健康科。
三、申报材料。包括运营补贴申请表、年度收托人员名册、保育人员花名册及劳动合同复印件、机构对公账户信息。
四、现场核查。区卫生健康局收到申报材料后，将会同所在街道在10个工作日内组织现场核查，重点核对收托人数和保育人员配备情况。
五、联系方式。联系人：周老师，联系电话：8612 3456。

岚江市清源区卫生健康局
2026年12月1日
"""

A, N = ["number"], ["fact"]
U = ["unanswerable"]
HELDOUT = [
    q(1, "家长跟托育机构签完协议，机构得在几天内把孩子信息录到平台上？", [["10个工作日"]],
      "自协议签订之日起10个工作日内", A, D1_NAME, section="第五条"),
    q(2, "托育补贴的钱最后是哪个部门打到机构账上的？", [["市财政局"]],
      "报市财政局在15个工作日内将补贴资金拨付至机构对公账户", N, D1_NAME, section="第七条"),
    q(3, "托育补贴的钱能不能拿来给管理人员发奖金？", [["不得用于发放管理人员奖金"]],
      "不得用于发放管理人员奖金或者偿还机构债务", N, D1_NAME, section="第八条"),
    q(4, "一个保育员最多能带几个娃？", [["1:5"]],
      "托育机构保育人员与婴幼儿的比例不得低于1:5", A, D1_NAME, section="第九条"),
    q(5, "托育机构不想干了，要提前多久跟家长打招呼？", [["30日"]],
      "应当提前30日书面告知所在区卫生健康部门和收托家庭", A, D1_NAME, section="第十一条"),
    q(6, "一家托育机构一年顶多能拿到多少补贴？", [["36万元"]],
      "每家机构每年补贴总额不超过36万元", A, D1_NAME, section="第四条"),
    q(7, "清源区收到申报材料以后，多久会来机构现场查看？", [["10个工作日"]],
      "将会同所在街道在10个工作日内组织现场核查", A, D2_NAME),
    q(8, "托育机构虚报人数骗补贴被查出来，几年不能再申请？", [["两年"]],
      "并取消其此后两年的申请资格", A, D1_NAME, section="第十二条"),
    q(9, "在清源区报托育补贴，网上交了以后还要送纸质的吗？", [["一式两份"]],
      "同时将加盖公章的纸质材料一式两份送区卫生健康局妇幼健康科", N, D2_NAME),
    q(10, "托育补贴审核没通过的话，多少天内可以申请复核？", [], "", U),
    q(11, "托育机构的消防检查归哪个部门管？", [], "", U),
    q(12, "新开的托育机构能拿到多少一次性建设补贴？", [], "", U),
    q(13, "托育机构的保育员要持什么证才能上岗？", [], "", U),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, text in ((D1_NAME, D1), (D2_NAME, D2)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
    texts = {D1_NAME: D1, D2_NAME: D2}
    for row in HELDOUT:
        if row["evidence"]:
            assert row["evidence"] in texts[row["doc"]], row["id"]
            for alts in row["facts"]:
                assert any(a in row["evidence"] for a in alts), row["id"]
    with open(os.path.join(HERE, "refuse63-heldout.jsonl"), "w", encoding="utf-8") as f:
        for row in HELDOUT:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

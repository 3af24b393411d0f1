"""refuse63 tune questions (written after the held-out part was committed, before any code).
Run: .venv/bin/python eval/probes/refuse63-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

import fixture_kit as kit  # noqa: E402

make = import_module("refuse63-make")
D1_NAME, D2_NAME, D1, D2 = make.D1_NAME, make.D2_NAME, make.D1, make.D2
q = kit.question_maker("r63t", "probe-tune")
A, N, U = ["number"], ["fact"], ["unanswerable"]
TUNE = [
    q(1, "托育机构每收一个宝宝，一个月能补多少钱？", [["300元"]],
      "每收托一名婴幼儿每月补贴300元", A, D1_NAME, section="第四条"),
    q(2, "上一年的托育补贴申请最晚啥时候要交上去？", [["1月31日"]],
      "托育机构应当于每年1月31日前向所在区卫生健康部门提交上一年度的补贴申请", A, D1_NAME,
      section="第六条"),
    q(3, "区里把托育补贴申请收下以后，要多久审完？", [["20个工作日"]],
      "应当自受理申请之日起20个工作日内完成审核", A, D1_NAME, section="第七条"),
    q(4, "托育补贴审过了以后，钱多久能到账？", [["15个工作日"]],
      "报市财政局在15个工作日内将补贴资金拨付至机构对公账户", A, D1_NAME, section="第七条"),
    q(5, "托育补贴的申请归谁来审？", [["各区卫生健康部门"]],
      "各区卫生健康部门负责本辖区补贴申请的受理和审核", N, D1_NAME, section="第三条"),
    q(6, "托育补贴的钱可以拿来还机构欠的债吗？", [["偿还机构债务"]],
      "不得用于发放管理人员奖金或者偿还机构债务", N, D1_NAME, section="第八条"),
    q(7, "机构里收的孩子人数变了，几天内要去平台上改过来？", [["5个工作日"]],
      "应当在变化之日起5个工作日内在平台上更新", A, D1_NAME, section="第十条"),
    q(8, "保育员配得不够的那个月，托育补贴还给不给？", [["不予核定当月补贴"]],
      "未达到该比例的月份，不予核定当月补贴", N, D1_NAME, section="第九条"),
    q(9, "托育补贴的钱能花在哪些地方？", [["场地租金"]],
      "补贴资金应当用于场地租金、保育人员工资和婴幼儿照护设施设备的购置", N, D1_NAME,
      section="第八条"),
    q(10, "这个托育补贴办法哪天开始算数？", [["2026年7月1日"]],
      "本办法自2026年7月1日起施行", ["effective"], D1_NAME),
    q(11, "清源区2026年度的托育补贴从哪天开始报？", [["2027年1月4日"]],
      "2027年1月4日至1月29日", A, D2_NAME),
    q(12, "清源区去机构现场主要查些什么？", [["收托人数"]],
      "重点核对收托人数和保育人员配备情况", N, D2_NAME),
    q(13, "托育机构拿到补贴以后要不要交税？", [], "", U),
    q(14, "托育补贴审核结果出来以后要公示几天？", [], "", U),
    q(15, "托育机构没按时更新平台信息会被罚多少钱？", [], "", U),
    q(16, "托育补贴办法由哪个部门负责解释？", [], "", U),
]


def main():
    texts = {D1_NAME: D1, D2_NAME: D2}
    for row in TUNE:
        if row["evidence"]:
            assert row["evidence"] in texts[row["doc"]], row["id"]
            for alts in row["facts"]:
                assert any(a in row["evidence"] for a in alts), row["id"]
    with open(os.path.join(HERE, "refuse63-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in TUNE:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

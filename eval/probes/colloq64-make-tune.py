"""colloq64 tune questions (written after the held-out part was committed, before any code).
Run: .venv/bin/python eval/probes/colloq64-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

import fixture_kit as kit  # noqa: E402

make = import_module("colloq64-make")
D1_NAME, D2_NAME, D1, D2 = make.D1_NAME, make.D2_NAME, make.D1, make.D2
q = kit.question_maker("c64t", "probe-tune")
A, N, U = ["number"], ["fact"], ["unanswerable"]
TUNE = [
    q(1, "市里给了补贴以后，区里自己掏的那份起码得有多少？", [["1:1"]],
      "区级财政按照不低于1:1的比例配套", A, D1_NAME, section="第五条"),
    q(2, "几层往上的老楼才够得上装电梯补贴的门槛？", [["四层以上"]],
      "未设电梯的四层以上住宅", A, D1_NAME, section="第二条"),
    q(3, "电梯验收过了以后，补贴多久能落到账上？", [["20个工作日"]],
      "由区住房和城乡建设部门在20个工作日内将补助资金拨付至实施主体账户", A, D1_NAME,
      section="第七条"),
    q(4, "办装电梯的手续，街道管不管帮着跑腿？", [["代办服务"]],
      "街道办事处应当指定专人提供代办服务", N, D1_NAME, section="第六条"),
    q(5, "弄假材料骗装电梯补贴被逮住，这个单元几年别想再报？", [["三年"]],
      "三年内不再受理该单元的补助申请", A, D1_NAME, section="第十条"),
    q(6, "区里装电梯的事，一把手担的是什么责？", [["第一责任人"]],
      "各区人民政府主要负责人是本辖区加装电梯工作的第一责任人", N, D1_NAME, section="第十一条"),
    q(7, "一年300部的盘子要是装不下，多出来的电梯咋办？", [["顺延至下一年度"]],
      "超出部分顺延至下一年度", N, D1_NAME, section="第五条"),
    q(8, "保养费的分摊协议里没写清楚，按啥来摊？", [["楼层分摊系数"]],
      "协议未约定的，按照楼层分摊系数分担", N, D1_NAME, section="第八条"),
    q(9, "装电梯这件事里，街道具体管哪一摊？", [["初审"]],
      "街道办事处负责申请材料的初审和业主协商的协调", N, D1_NAME, section="第三条"),
    q(10, "江岸区的补贴名额不够分的时候，先紧着谁？", [["申报先后顺序"]],
      "按照申报先后顺序安排", N, D2_NAME),
    q(11, "特困户装电梯自己要出的建设费，由哪一级财政托底？", [["区财政"]],
      "低保家庭和特困供养人员应当承担的建设费用，由所在区财政全额承担", N, D1_NAME,
      section="第九条"),
    q(12, "电梯装完以后每个月的电费算谁的？", [], "", U),
    q(13, "加装电梯的施工队由谁来挑，有没有指定的名单？", [], "", U),
    q(14, "区里一把手没把加装电梯抓好，考核要扣多少分？", [], "", U),
    q(15, "市里一年给加装电梯的补贴盘子一共多少钱？", [], "", U),
    q(16, "电梯补贴的门槛里，对楼房的房龄有没有要求，要建成多少年以上？", [], "", U),
]


def main():
    texts = {D1_NAME: D1, D2_NAME: D2}
    for row in TUNE:
        if row["evidence"]:
            assert row["evidence"] in texts[row["doc"]], row["id"]
            for alts in row["facts"]:
                assert any(a in row["evidence"] for a in alts), row["id"]
    with open(os.path.join(HERE, "colloq64-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in TUNE:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

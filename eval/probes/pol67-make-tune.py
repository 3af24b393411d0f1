"""pol67 tune questions (pol67-tune.jsonl), written after the held-out part (pol67-make.py, which
also writes the corpus) and before any code change: the same kinds on the same documents — the
items of a list an article holds, asked in other words, beside unanswerable look-alikes and
structure questions.
Run: .venv/bin/python eval/probes/pol67-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

q = kit.question_maker("p67t", "probe-tune")
D1 = "沅陵湾市既有住宅加装电梯财政补助办法.txt"
D2 = "t20260128_0419.html"
D3 = "青溪区既有住宅加装电梯财政补助实施细则.txt"

QUESTIONS = [
    q(1, "不予受理的情形有哪些？", [["逾期未补正"], ["征收范围"]],
      "申请材料不齐全且逾期未补正的", ["list"], D1, section="第九条"),
    q(2, "申请加装电梯补助要准备哪些资料？", [["申请表"], ["发票"]],
      "工程结算书和发票", ["list"], D1, section="第七条"),
    q(3, "什么情况下已经拨付的补助资金会被追回？", [["擅自拆除"], ["虚假材料"]],
      "电梯建成后两年内擅自拆除的", ["list"], D1, section="第十一条"),
    q(4, "申请电梯补助的条件是什么？", [["特种设备监督检验"], ["竣工"]],
      "电梯已通过特种设备监督检验并取得使用登记证", ["list"], D1, section="第四条"),
    q(5, "补助资金可以用于哪些支出？", [["管线迁移"], ["电梯设备购置"]],
      "管线迁移和地下管网改造", ["list"], D1, section="第六条"),
    q(6, "青溪区对加装电梯有什么服务支持？", [["方案咨询"]],
      "区住房和城乡建设局组织设计单位免费提供方案咨询", ["list"], D3, section="第六条"),
    q(7, "每台加装的电梯补助多少钱？", [["20万元"]],
      "补助资金按照每台电梯20万元的标准给予补助", ["number"], D1, section="第五条"),
    q(8, "加装电梯财政补助办法从哪天开始施行？", [["2026年3月1日"]],
      "本办法自2026年3月1日起施行", ["effective"], D1),
    q(9, "加装电梯补助办法是哪个单位印发的？", [["沅陵湾市人民政府办公室"]],
      "沅陵湾市人民政府办公室", ["issuer"], D1),
    q(10, "哪些电梯维保公司被列入了推荐名录？", [], "", ["unanswerable"]),
    q(11, "加装电梯后一楼住户可以获得哪些补偿？", [], "", ["unanswerable"]),
    q(12, "公示期间有业主反对的，要经过哪些调解程序？", [], "", ["unanswerable"]),
    q(13, "补助资金抽查比例不低于多少？", [["10%"]],
      "抽查比例不低于当年补助项目的10%", ["number"], D1, section="第十二条"),
    q(14, "补助资金被追回的情形有哪些？", [["挪作他用"]],
      "将补助资金挪作他用的", ["list"], D1, section="第十一条"),
    q(15, "补助资金可以支出在哪些项目上？", [["土建施工"]],
      "井道、连廊等土建施工", ["list"], D1, section="第六条"),
]


def main():
    with open(os.path.join(HERE, "pol67-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

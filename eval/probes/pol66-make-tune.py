"""pol66 tune questions (pol66-tune.jsonl), written after the held-out part (pol66-make.py, which
also writes the corpus) and before any code change: the same kinds on the same documents — who
bears a cost, answered or not, beside structure questions.
Run: .venv/bin/python eval/probes/pol66-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

q = kit.question_maker("p66t", "probe-tune")
D1 = "澧川市公共场所自动体外除颤器配置管理办法.txt"
D2 = "t20260304_2213.html"
D3 = "AED配置管理办法政策解读.pdf"

QUESTIONS = [
    q(1, "商场自己买的AED，购置的钱由谁出？", [["配置单位"]], "购置费用由配置单位承担",
      ["fact"], D1, section="第六条"),
    q(2, "AED急救培训的费用从哪里出？", [["区卫生健康事业经费"]],
      "培训费用从区卫生健康事业经费中列支", ["fact"], D1, section="第十二条"),
    q(3, "AED的电池和电极片到期了，换新的费用由谁承担？", [["设备管理单位"]],
      "计入日常维护保养费用", ["fact"], D3),
    q(4, "培训用的训练模型，维护费用谁来承担？", [["培训机构"]],
      "模型的维护费用由培训机构承担", ["fact"], D2),
    q(5, "参加AED急救培训的人要自己交培训费吗？", [["不向参训人员收取"]],
      "不向参训人员收取", ["fact"], D1, section="第十二条"),
    q(6, "AED巡检记录表的印制费用由谁承担？", [], "", ["unanswerable"]),
    q(7, "AED做性能检测的费用由谁承担？", [], "", ["unanswerable"]),
    q(8, "急救志愿者的意外保险费用由谁负担？", [], "", ["unanswerable"]),
    q(9, "安装AED需要改造电源线路，这笔费用谁来出？", [], "", ["unanswerable"]),
    q(10, "AED配置管理办法是哪个单位印发的？", [["澧川市人民政府办公室"]],
      "澧川市人民政府办公室", ["issuer"], D1),
    q(11, "AED用满几年要报废更新？是第几条规定的？", [["8年"], ["第十条"]],
      "AED使用满8年或者性能检测不合格的，应当报废更新", ["article"], D1, section="第十条"),
    q(12, "哪些公共场所必须配置AED？", [["轨道交通站点"], ["体育场馆"]],
      "轨道交通站点、长途汽车站和火车站", ["list"], D1, section="第四条"),
    q(13, "AED配置管理办法的附件是什么？", [["巡检记录表"]], "澧川市公共场所AED巡检记录表",
      ["attachment"], D1),
    q(14, "溪北区急救培训合格证书的有效期是多久？", [["3年"]], "证书有效期3年", ["validity"], D2),
    q(15, "截至2025年底，全市公共场所配了多少台AED？", [["620台"]],
      "全市公共场所已配置AED共620台", ["number"], D3),
    q(16, "2026年全市计划新增多少台AED？", [], "", ["unanswerable"]),
]


def main():
    with open(os.path.join(HERE, "pol66-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

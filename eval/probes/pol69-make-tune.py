"""pol69 tune questions (pol69-tune.jsonl), written after the held-out part (pol69-make.py, which
also writes the corpus) and before any code change: the same kind on the same documents — the
items of a list an article opens with a lead-in line of its own (包括：, 如下：), asked formally
and in other everyday words —, the 下列 lists as controls, two figures, and unanswerable
look-alikes.
Run: .venv/bin/python eval/probes/pol69-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

q = kit.question_maker("p69t", "probe-tune")
D1 = "澄岭市社区长者食堂建设运营补助办法.txt"
D2 = "青溪区社区长者食堂建设运营补助实施细则.txt"

QUESTIONS = [
    q(1, "长者食堂建设补助的申请材料包括哪些？", [["建设补助申请书"], ["食品经营许可证"]],
      "建设补助申请书", ["list"], D1, section="第五条"),
    q(2, "收到建设补助申请后，实地核查的核查内容有哪些？", [["就餐区面积"], ["后厨布局"]],
      "就餐区面积与申报面积是否一致", ["list"], D1, section="第六条"),
    q(3, "运营补助申领时应当报送什么资料？", [["季度就餐人次统计表"], ["食材采购台账"]],
      "季度就餐人次统计表", ["list"], D1, section="第九条"),
    q(4, "申领运营补助在什么情形下区民政局不予批准？", [["擅自提高"], ["虚报就餐人次"]],
      "擅自提高老年人就餐收费标准的", ["list"], D1, section="第十条"),
    q(5, "长者食堂应当在醒目位置公示哪些事项？", [["食品经营许可证"], ["投诉监督电话"]],
      "投诉监督电话", ["list"], D1, section="第十三条"),
    q(6, "长者食堂的建设补助具体标准是怎样的？", [["18万元"], ["25万元"]],
      "就餐区面积150平方米以上不足300平方米的，补助18万元", ["list"], D1, section="第四条"),
    q(7, "运营补助的对象包括哪些人？", [["非本市户籍"], ["重度残疾人"]],
      "经区民政局认定的六十周岁以下重度残疾人", ["list"], D1, section="第八条"),
    q(8, "想拿建设补助的话手头得准备好哪些证明？", [["场地产权证明"], ["消防安全检查合格证明"]],
      "消防安全检查合格证明", ["list"], D1, section="第五条"),
    q(9, "季度报运营补助的时候要给区里交什么？", [["就餐人次统计表"], ["身份核验记录"]],
      "就餐老年人身份核验记录", ["list"], D1, section="第九条"),
    q(10, "青溪区长者食堂备案时提交的材料有哪些？", [["营业执照"], ["健康证明"]],
      "食堂负责人和厨师的健康证明", ["list"], D2, section="第二条"),
    q(11, "青溪区给连锁运营主体哪些支持？", [["闲置用房"], ["免费参加培训"]],
      "组织食品安全管理人员免费参加培训", ["list"], D2, section="第四条"),
    q(12, "每为一名老年人提供一次用餐补助多少钱？", [["3元"]],
      "每为一名老年人提供一次用餐补助3元", ["number"], D1, section="第七条"),
    q(13, "送餐上门的服务费每份最多收多少？", [["2元"]],
      "送餐服务费每份不超过2元", ["number"], D1, section="第十二条"),
    q(14, "长者食堂的员工每年要参加哪些培训课程？", [], "", ["unanswerable"]),
    q(15, "申请星级长者食堂评定需要提交哪些材料？", [], "", ["unanswerable"]),
]


def main():
    with open(os.path.join(HERE, "pol69-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""pol68 tune questions (pol68-tune.jsonl), written after the held-out part (pol68-make.py, which
also writes the corpus) and before any code change: the same kind on the same documents — the
items of a list an article holds inline, asked in other words —, two 「下列…：」 lists of the
细则 as controls, a figure, and unanswerable look-alikes.
Run: .venv/bin/python eval/probes/pol68-make-tune.py"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

q = kit.question_maker("p68t", "probe-tune")
D1 = "汐洲市家政服务业提质扩容扶持办法.txt"
D2 = "柏浦区家政服务业提质扩容扶持实施细则.txt"

QUESTIONS = [
    q(1, "家政服务合同应当载明什么？", [["服务项目"], ["收费标准"]],
      "应当载明服务项目、服务时间、收费标准、双方权利义务和纠纷处理方式", ["list"], D1,
      section="第五条"),
    q(2, "家政培训的培训内容包括哪些？", [["职业道德"], ["母婴护理技能"]],
      "培训内容包括职业道德、安全防护、母婴护理技能、老年照护技能和家庭急救常识", ["list"], D1,
      section="第八条"),
    q(3, "扶持资金不得用于哪些开支？", [["日常办公开支"], ["偿还债务"]],
      "不得用于企业日常办公开支、人员奖金和偿还债务", ["list"], D1, section="第十一条"),
    q(4, "对获得扶持的家政企业，抽查内容有哪些？", [["服务合同签订"], ["信用档案更新"]],
      "抽查内容包括服务合同签订、信用档案更新、培训记录和投诉处理情况", ["list"], D1,
      section="第十二条"),
    q(5, "员工制转型奖励的申请材料包括哪些？", [["扶持资金申请表"], ["营业执照复印件"]],
      "扶持资金申请表", ["list"], D1, section="第六条"),
    q(6, "哪些情形不予拨付培训补贴？", [["培训学时不足"], ["重复申领"]],
      "培训学时不足规定学时百分之八十的", ["list"], D1, section="第十条"),
    q(7, "申请扶持的家政企业应当具备哪些条件？", [["劳动合同"], ["重大服务纠纷"]],
      "近两年内未发生重大服务纠纷", ["list"], D1, section="第四条"),
    q(8, "家政企业经营场所醒目位置要公示什么？", [["营业执照"], ["服务项目"]],
      "公示营业执照、服务项目、收费标准和投诉电话", ["list"], D1, section="第十三条"),
    q(9, "柏浦区不予受理扶持申请的情形有哪些？", [["经营异常名录"], ["拖欠"]],
      "被列入经营异常名录的", ["list"], D2, section="第三条"),
    q(10, "柏浦区对新设立的家政服务网点有哪些支持？", [["闲置用房"], ["房租"]],
      "优先安排社区闲置用房作为服务网点", ["list"], D2, section="第五条"),
    q(11, "家政服务指的是提供哪些服务的活动？", [["家庭保洁"], ["烹饪"]],
      "提供母婴护理、居家养老照护、家庭保洁和烹饪等服务", ["list"], D1, section="第二条"),
    q(12, "每签订一名员工制家政服务员奖励多少钱？", [["2000元"]],
      "每签订一名员工制家政服务员给予2000元奖励", ["number"], D1, section="第七条"),
    q(13, "家政服务员星级评定分为哪几个等级？", [], "", ["unanswerable"]),
    q(14, "哪些培训机构被指定承担家政培训任务？", [], "", ["unanswerable"]),
]


def main():
    with open(os.path.join(HERE, "pol68-tune.jsonl"), "w", encoding="utf-8") as f:
        for row in QUESTIONS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

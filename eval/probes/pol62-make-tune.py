"""pol62 TUNE questions on eval/probes/pol62-corpus (written after the held-out part was committed).
Run: .venv/bin/python eval/probes/pol62-make-tune.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture_kit as kit

q = kit.question_maker("p62t", "probe-tune")
D1 = "桐溪市既有住宅加装电梯财政补助办法.docx"
D2 = "桐溪市既有住宅加装电梯财政补助暂行办法.txt"
D3 = "t20260422_1187.html"
D4 = "加装电梯财政补助办法政策解读.pdf"
Q = [
 q(1, "登记证拿到手以后，最多能拖几天再去申请补助？", [["90日"]], "应当自电梯取得使用登记证之日起90日内", ["current_version", "number"], D1, section="第六条"),
 q(2, "电梯正常跑满一年以后，剩下那笔补助拨多少？", [["30%"]], "电梯正常运行满一年后拨付其余30%", ["current_version", "number"], D1, section="第五条"),
 q(3, "按老的暂行办法，验收合格以后补助是分几次给？", [["一次性"]], "补助资金在竣工验收合格后一次性拨付", ["current_version", "fact"], D2, superseded=True, section="第四条"),
 q(4, "在青湾区网上交了申报材料以后，还要不要再送纸质的？", [["不再另行报送纸质材料"]], "不再另行报送纸质材料", ["fact"], D3),
 q(5, "电梯投入使用以后，多少天要做一次维保？", [["15日"]], "每15日至少进行一次维护保养", ["current_version", "number"], D1, section="第九条"),
 q(6, "七层以上的单元装一台电梯补助多少钱？", [["20万元"]], "七层以上的每台补助20万元", ["current_version", "number"], D1, section="第三条"),
 q(7, "骗补被查出来以后，几年内不能再申请？", [["三年"]], "三年内不再受理该实施主体的补助申请", ["current_version", "number"], D1, section="第十条"),
 q(8, "青湾区今年的加装电梯补助申报什么时候截止？", [["10月31日"]], "2026年5月1日至10月31日", ["date"], D3),
 q(9, "暂行办法施行这几年全市一共加装了多少台电梯？", [["412台"]], "全市累计加装电梯412台", ["fact", "number"], D4),
 q(10, "这次修订以后，补助申请的时限有什么变化？", [["90日"]], "改为取得使用登记证之日起90日", ["fact"], D4),
 q(11, "加装电梯财政补助办法的文号是什么？", [["桐建规〔2026〕2号"]], "桐建规〔2026〕2号", ["doc_number"], D1),
 q(12, "申请加装电梯补助要交哪些材料？", [["使用登记证复印件"], ["竣工验收报告"]], "竣工验收报告", ["list", "current_version"], D1, section="第八条"),
 q(13, "农村自建房加装电梯能不能申请这个补助？", [["不包括农村自建房"]], "不包括农村自建房", ["fact"], D4),
 q(14, "电梯装好以后，每年的电费补贴有多少？", [], "", ["unanswerable"]),
 q(15, "青湾区今年一共安排了多少加装电梯补助资金？", [], "", ["unanswerable"]),
 q(16, "办法的第二章规定的是哪方面的内容？", [["补助标准"]], "第二章　补助标准", ["chapter"], D1),
]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pol62-tune.jsonl"), "w", encoding="utf-8") as f:
    for r in Q:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

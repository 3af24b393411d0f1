"""policy60 TUNE part: writes the tune files of eval/probes/policy60-corpus/, their expected
metadata (policy60-metadata.json, split "tune") and their questions (policy60-tune.jsonl).
Same setting and kinds as the held-out part (policy60-make-heldout.py, written first): scans and
photos of 岚溪市's documents on electric bicycle parking and charging — cut at the paper's edge,
large red 版头, slightly askew, small 抄送/印发 lines; jpg, png, image-only PDF. Every sentence
written for this set. Conventions: as the held-out maker's docstring.
Run: .venv/bin/python eval/probes/policy60-make.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402
import fixture_scan as scan  # noqa: E402

OUT = os.path.join(HERE, "policy60-corpus")
SET = "policy60"
q = kit.question_maker("p60t", "tune")

# T1: a street office's notice photographed and cut into its top line: the 文号 touches the top
# edge, the long lines the side edges
T1_NAME = "IMG_20250506_0930.jpg"
T1_TITLE = "岚溪市北塘区城南街道办事处关于开展电动自行车进楼入户专项整治的通知"
T1_NUMBER = "城南街发〔2025〕7号"
T1_PAGE = [
    ("number", T1_NUMBER),
    ("gap", "20"),
    ("title", "岚溪市北塘区城南街道办事处关于开展电动自行车"),
    ("title", "进楼入户专项整治的通知"),
    ("gap", "10"),
    ("left", "各社区居民委员会，辖区各物业服务企业："),
    ("p", "为切实消除电动自行车进楼入户带来的火灾风险，街道决定自2025年5月起开展为期3个月的专项整治。"),
    ("p", "各社区应当组织网格员逐楼逐户开展检查，对楼道内停放的电动自行车当日劝离。"),
    ("p", "整治期间，街道每周通报一次各社区整治进度，排名末位的社区由街道分管领导约谈。"),
    ("gap", "30"),
    ("sign", "岚溪市北塘区城南街道办事处"),
    ("sign", "2025年5月6日"),
]

# T2: the city government office's notice, a two-page image-only PDF under a long red 版头
T2_NAME = "scan_20250225.pdf"
T2_TITLE = "岚溪市人民政府办公室关于进一步做好电动自行车消防安全工作的通知"
T2_NUMBER = "岚政办发〔2025〕5号"
T2_PAGE1 = [
    ("gap", "40"),
    ("banner", "岚溪市人民政府办公室文件", 96, 6),
    ("number", T2_NUMBER),
    ("redrule",),
    ("gap", "20"),
    ("title", "岚溪市人民政府办公室关于进一步做好"),
    ("title", "电动自行车消防安全工作的通知"),
    ("gap", "10"),
    ("left", "各县（市、区）人民政府，市政府各部门："),
    ("p", "近年来，电动自行车火灾事故时有发生。为进一步做好电动自行车消防安全工作，经市人民政府同意，"
          "现就有关事项通知如下。"),
    ("p", "一、各县（市、区）应当在2025年内新建电动自行车集中充电端口不少于2万个。"),
    ("p", "二、市场监管部门每半年组织一次电动自行车及蓄电池产品质量抽查。"),
]
T2_PAGE2 = [
    ("p", "三、各地应当将电动自行车消防安全纳入安全生产考核，考核结果向社会公布。"),
    ("gap", "60"),
    ("sign", "岚溪市人民政府办公室"),
    ("sign", "2025年2月24日"),
    ("seal",),
    ("gap", "300"),
    ("thinrule",),
    ("small", "抄送：市委办公室，市人大常委会办公室，市政协办公室，市消防救援支队。"),
    ("thinrule",),
    ("small", "岚溪市人民政府办公室　　　　　　　　　　　　　　　　2025年2月25日印发"),
    ("thinrule",),
]

# T3: the market regulator's notice as a png 0.9 degrees askew, red 版头 spread wide
T3_NAME = "IMG_20250614_1520.png"
T3_TITLE = "岚溪市市场监督管理局关于开展电动自行车蓄电池产品质量抽查的通知"
T3_NUMBER = "岚市监发〔2025〕19号"
T3_PAGE = [
    ("gap", "30"),
    ("banner", "岚溪市市场监督管理局文件", 98, 12),
    ("number", T3_NUMBER),
    ("redrule",),
    ("gap", "16"),
    ("title", "岚溪市市场监督管理局关于开展电动自行车"),
    ("title", "蓄电池产品质量抽查的通知"),
    ("gap", "10"),
    ("left", "各县（市、区）市场监督管理局："),
    ("p", "为提升电动自行车蓄电池产品质量，市市场监督管理局决定开展电动自行车蓄电池产品质量抽查。"),
    ("p", "本次抽查共抽取样品60批次，重点抽查锂离子蓄电池的过充电保护和外部短路保护项目。"),
    ("p", "抽查不合格的，由生产者所在地市场监督管理部门责令其在30日内整改。"),
    ("gap", "50"),
    ("sign", "岚溪市市场监督管理局"),
    ("sign", "2025年6月13日"),
    ("seal",),
    ("gap", "80"),
    ("thinrule",),
    ("small", "岚溪市市场监督管理局办公室　　　　　　　　　　　　2025年6月14日印发"),
    ("thinrule",),
]

# T4: a district 细则 scanned askew and cut at the paper's edge into an image-only PDF
T4_NAME = "scan_20250710.pdf"
T4_TITLE = "岚溪市北塘区电动自行车充电设施运营管理实施细则"
T4_NUMBER = "北住建规〔2025〕1号"
T4_PAGE = [
    ("number", T4_NUMBER),
    ("gap", "16"),
    ("title", "岚溪市北塘区电动自行车充电设施运营管理实施细则"),
    ("gap", "10"),
    ("p", "第一条　为了规范本区电动自行车充电设施的运营管理，根据有关规定，结合本区实际，制定本细则。"),
    ("p", "第二条　充电设施运营单位应当为充电设施投保公众责任保险，每起事故的保险金额不低于50万元。"),
    ("p", "第三条　充电收费标准应当在充电区域醒目位置公示，每度电的服务费不得超过0.6元。"),
    ("p", "第四条　本细则自2025年8月1日起施行。"),
    ("gap", "40"),
    ("sign", "岚溪市北塘区住房和城乡建设局"),
    ("sign", "2025年7月8日"),
]

# T5: the district fire brigade's notice photographed as a jpg, large red 版头, 1 degree askew,
# its date in Chinese numerals
T5_NAME = "IMG_20250902_1645.jpg"
T5_TITLE = "岚溪市北塘区消防救援大队关于开展电动自行车消防安全进社区宣传活动的通知"
T5_NUMBER = "北消〔2025〕28号"
T5_PAGE = [
    ("gap", "20"),
    ("banner", "岚溪市北塘区消防救援大队", 96, 6),
    ("number", T5_NUMBER),
    ("redrule",),
    ("gap", "16"),
    ("title", "岚溪市北塘区消防救援大队关于开展电动自行车"),
    ("title", "消防安全进社区宣传活动的通知"),
    ("gap", "10"),
    ("left", "各消防救援站："),
    ("p", "为提高居民电动自行车消防安全意识，大队决定于2025年9月开展消防安全进社区宣传活动。"),
    ("p", "各站应当走进辖区不少于20个社区，开展电动自行车火灾警示教育和灭火器使用演示。"),
    ("gap", "50"),
    ("sign", "岚溪市北塘区消防救援大队"),
    ("sign", "二〇二五年九月一日"),
    ("seal",),
]


def expected():
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "岚溪市北塘区城南街道办事处",
                  "doc_number": T1_NUMBER, "doc_type": "通知", "issued_on": "2025-05-06",
                  "pages": 1},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "岚溪市人民政府办公室",
                  "doc_number": T2_NUMBER, "doc_type": "通知", "issued_on": "2025-02-24",
                  "pages": 2},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "岚溪市市场监督管理局",
                  "doc_number": T3_NUMBER, "doc_type": "通知", "issued_on": "2025-06-13",
                  "pages": 1},
        T4_NAME: {**base, "title": T4_TITLE, "issuer": "岚溪市北塘区住房和城乡建设局",
                  "doc_number": T4_NUMBER, "doc_type": "细则", "issued_on": "2025-07-08",
                  "effective_on": "2025-08-01", "pages": 1},
        T5_NAME: {**base, "title": T5_TITLE, "issuer": "岚溪市北塘区消防救援大队",
                  "doc_number": T5_NUMBER, "doc_type": "通知", "issued_on": "2025-09-01",
                  "pages": 1},
    }


QUESTIONS = [
    q(1, "城南街道电动车进楼入户专项整治搞多长时间？", [["3个月"]],
      "街道决定自2025年5月起开展为期3个月的专项整治", ["number"], T1_NAME),
    q(2, "城南街道那份电动自行车专项整治通知的文号是多少？", [["城南街发〔2025〕7号"]],
      T1_NUMBER, ["doc_number"], T1_NAME),
    q(3, "2025年全市各县区要新建多少个电动自行车集中充电端口？", [["2万个"]],
      "新建电动自行车集中充电端口不少于2万个", ["number"], T2_NAME),
    q(4, "这次电动自行车蓄电池质量抽查一共抽多少批次？", [["60批次"]],
      "本次抽查共抽取样品60批次", ["number"], T3_NAME),
    q(5, "北塘区充电设施每度电的服务费最多收多少？", [["0.6元"]],
      "每度电的服务费不得超过0.6元", ["number"], T4_NAME),
    q(6, "北塘区充电设施运营管理实施细则从哪天开始施行？", [["2025年8月1日"]],
      "本细则自2025年8月1日起施行", ["effective"], T4_NAME),
    q(7, "消防安全进社区宣传活动每个站要走进多少个社区？", [["20个"]],
      "各站应当走进辖区不少于20个社区", ["number"], T5_NAME),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    t1 = scan.cut_to_text(scan.render(T1_PAGE, seed=6011), pad=(0, -2, 0, 1))
    t1.save(os.path.join(OUT, T1_NAME), "JPEG", quality=88)
    p1 = scan.render(T2_PAGE1, seed=6012)
    p2 = scan.render(T2_PAGE2, seed=6013)
    p1.save(os.path.join(OUT, T2_NAME), "PDF", resolution=150, save_all=True, append_images=[p2])
    scan.rotate(scan.render(T3_PAGE, seed=6014), 0.9).save(os.path.join(OUT, T3_NAME))
    t4 = scan.cut_to_text(scan.rotate(scan.render(T4_PAGE, seed=6015), 0.7), pad=(1, 0, 0, 2))
    t4.save(os.path.join(OUT, T4_NAME), "PDF", resolution=150)
    t5 = scan.rotate(scan.render(T5_PAGE, seed=6016), 1.0)
    t5.save(os.path.join(OUT, T5_NAME), "JPEG", quality=86)
    kit.write_expectations(HERE, SET, "tune", expected(), QUESTIONS)


if __name__ == "__main__":
    main()

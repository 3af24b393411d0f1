"""policy60 HELD-OUT part: writes the held-out files of eval/probes/policy60-corpus/, their
expected metadata (policy60-metadata.json, split "heldout") and their questions
(policy60-heldout.jsonl). Fictional city 岚溪市 and its district 北塘区, the setting of electric
bicycle parking and charging safety (电动自行车停放充电安全管理); every sentence written for
this set. Every file is a scan or a photo (OCR robustness): pages cut at the paper's edge so the
text touches the image's border, large letter-spaced red 版头, slight rotation, small 抄送 and
印发 lines; jpg, png and image-only PDFs. Written and committed before the tune maker
(policy60-make.py) and before any code; the held-out files are read only as counts by
bench/metadata.py and bench/probes.py.

Conventions (as policy58's):
- 文号 as printed; scans print 〔〕.
- A document with no 施行 clause has no effective_on; 「本X自Y起施行」 gives Y.
- No file is a notice issuing a document (印发《…》), so nothing depends on the open
  印发-notice convention.
- pages: 1 for an image, the page count for a PDF.
Run: .venv/bin/python eval/probes/policy60-make-heldout.py"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402
import fixture_scan as scan  # noqa: E402

OUT = os.path.join(HERE, "policy60-corpus")
SET = "policy60"
q = kit.question_maker("p60h", "heldout")

# H1: a district bureau's notice photographed and cropped to the text: the 文号 line touches the
# image's top edge, the body's lines its left and right edges, the date its bottom edge
H1_NAME = "IMG_20250409_1741.jpg"
H1_TITLE = "岚溪市北塘区住房和城乡建设局关于推进住宅小区电动自行车集中充电设施建设的通知"
H1_NUMBER = "北住建发〔2025〕21号"
H1_PAGE = [
    ("number", H1_NUMBER),
    ("gap", "20"),
    ("title", "岚溪市北塘区住房和城乡建设局关于推进住宅小区"),
    ("title", "电动自行车集中充电设施建设的通知"),
    ("gap", "10"),
    ("left", "各街道办事处，各物业服务企业："),
    ("p", "为消除电动自行车进楼入户充电的安全隐患，现就推进住宅小区集中充电设施建设有关事项通知如下。"
          "2025年12月31日前，全区住宅小区集中充电设施覆盖率达到90%以上。"),
    ("p", "新建的集中充电车位按每个车位300元给予一次性建设补助，由区财政在验收合格后拨付。"),
    ("p", "物业服务企业应当安排专人每日巡查充电区域，发现线路老化、插座破损的及时维修。"),
    ("gap", "30"),
    ("sign", "岚溪市北塘区住房和城乡建设局"),
    ("sign", "2025年4月8日"),
]

# H2: the district government's 通告 as a two-page image-only PDF under a large red 版头
# 「岚溪市北塘区人民政府文件」; 抄送 and 印发 lines in small type on page 2
H2_NAME = "scan_20250512.pdf"
H2_TITLE = "岚溪市北塘区人民政府关于加强电动自行车停放充电安全管理的通告"
H2_NUMBER = "北政告〔2025〕3号"
H2_PAGE1 = [
    ("gap", "40"),
    ("banner", "岚溪市北塘区人民政府文件", 92, 10),
    ("number", H2_NUMBER),
    ("redrule",),
    ("gap", "20"),
    ("title", "岚溪市北塘区人民政府"),
    ("title", "关于加强电动自行车停放充电安全管理的通告"),
    ("gap", "10"),
    ("p", "为预防和减少电动自行车火灾事故，保障人民群众生命财产安全，现就本区电动自行车停放充电安全管理"
          "有关事项通告如下。"),
    ("p", "一、禁止在建筑物的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电。"),
    ("p", "二、禁止携带电动自行车及其蓄电池进入电梯轿厢。"),
    ("p", "三、违反前两项规定，经劝阻拒不改正的，由消防救援机构对个人处200元以上1000元以下罚款。"),
]
H2_PAGE2 = [
    ("p", "四、物业服务企业应当在小区内设置电动自行车集中停放充电场所，并配备灭火器材。"),
    ("p", "五、本通告自2025年6月1日起施行。"),
    ("gap", "60"),
    ("sign", "岚溪市北塘区人民政府"),
    ("sign", "2025年5月10日"),
    ("seal",),
    ("gap", "260"),
    ("thinrule",),
    ("small", "抄送：区委办公室，区人大常委会办公室，区政协办公室。"),
    ("thinrule",),
    ("small", "岚溪市北塘区人民政府办公室　　　　　　　　　　　　　2025年5月12日印发"),
    ("thinrule",),
]

# H3: a city bureau's notice as a png scanned 1.2 degrees askew, a large red 版头 with its
# characters spread, the 落款 under a red seal
H3_NAME = "IMG_20250321_0855.png"
H3_TITLE = "岚溪市应急管理局关于开展电动自行车火灾隐患专项排查的通知"
H3_NUMBER = "岚应急〔2025〕14号"
H3_PAGE = [
    ("gap", "30"),
    ("banner", "岚溪市应急管理局文件", 100, 18),
    ("number", H3_NUMBER),
    ("redrule",),
    ("gap", "16"),
    ("title", "岚溪市应急管理局关于开展电动自行车"),
    ("title", "火灾隐患专项排查的通知"),
    ("gap", "10"),
    ("left", "各县（市、区）应急管理局："),
    ("p", "为压实电动自行车消防安全责任，市应急管理局决定在全市开展电动自行车火灾隐患专项排查。"),
    ("p", "各地应当重点排查住宅小区、城中村和沿街商铺，于2025年5月31日前完成全部排查，"
          "并将排查台账报送市应急管理局。"),
    ("p", "对排查发现的隐患，能当场整改的立即整改，不能当场整改的限期10日内整改到位。"),
    ("gap", "50"),
    ("sign", "岚溪市应急管理局"),
    ("sign", "2025年3月20日"),
    ("seal",),
    ("gap", "80"),
    ("thinrule",),
    ("small", "岚溪市应急管理局办公室　　　　　　　　　　　　　　　2025年3月21日印发"),
    ("thinrule",),
]

# H4: a city 办法 scanned askew and cut at the paper's edge, saved as a one-page image-only PDF
H4_NAME = "scan_20250605.pdf"
H4_TITLE = "岚溪市住宅小区电动自行车充电设施管理办法"
H4_NUMBER = "岚建规〔2025〕2号"
H4_PAGE = [
    ("number", H4_NUMBER),
    ("gap", "16"),
    ("title", "岚溪市住宅小区电动自行车充电设施管理办法"),
    ("gap", "10"),
    ("p", "第一条　为了规范住宅小区电动自行车充电设施的建设和管理，预防火灾事故，制定本办法。"),
    ("p", "第二条　本办法适用于本市行政区域内住宅小区电动自行车充电设施的规划、建设、使用和维护。"),
    ("p", "第三条　充电设施应当具备充满自动断电、过载保护和短路保护功能，每个充电端口的功率不得超过1千瓦。"),
    ("p", "第四条　集中充电场所与住宅建筑的间距不得小于6米。"),
    ("p", "第五条　充电设施的运营单位应当每季度对充电设施进行1次安全检测。"),
    ("p", "第六条　本办法自2025年7月1日起施行，有效期5年。"),
    ("gap", "40"),
    ("sign", "岚溪市住房和城乡建设局"),
    ("sign", "2025年6月3日"),
]

# H5: the fire brigade's notice photographed as a jpg, large red 版头, 0.8 degrees askew, its
# date in Chinese numerals
H5_NAME = "IMG_20250818_1012.jpg"
H5_TITLE = "岚溪市消防救援支队关于公布电动自行车集中充电示范小区名单的通知"
H5_NUMBER = "岚消〔2025〕33号"
H5_PAGE = [
    ("gap", "20"),
    ("banner", "岚溪市消防救援支队文件", 96, 8),
    ("number", H5_NUMBER),
    ("redrule",),
    ("gap", "16"),
    ("title", "岚溪市消防救援支队关于公布电动自行车"),
    ("title", "集中充电示范小区名单的通知"),
    ("gap", "10"),
    ("left", "各消防救援大队："),
    ("p", "经各地推荐和现场检查，确定首批电动自行车集中充电示范小区共12个，现予以公布。"),
    ("p", "示范小区应当保持集中充电场所整洁有序，充电区域24小时视频监控全覆盖。"),
    ("gap", "50"),
    ("sign", "岚溪市消防救援支队"),
    ("sign", "二〇二五年八月十五日"),
    ("seal",),
]


def expected():
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "岚溪市北塘区住房和城乡建设局",
                  "doc_number": H1_NUMBER, "doc_type": "通知", "issued_on": "2025-04-08",
                  "pages": 1},
        H2_NAME: {**base, "title": H2_TITLE, "issuer": "岚溪市北塘区人民政府",
                  "doc_number": H2_NUMBER, "doc_type": "通告", "issued_on": "2025-05-10",
                  "effective_on": "2025-06-01", "pages": 2},
        H3_NAME: {**base, "title": H3_TITLE, "issuer": "岚溪市应急管理局",
                  "doc_number": H3_NUMBER, "doc_type": "通知", "issued_on": "2025-03-20",
                  "pages": 1},
        H4_NAME: {**base, "title": H4_TITLE, "issuer": "岚溪市住房和城乡建设局",
                  "doc_number": H4_NUMBER, "doc_type": "办法", "issued_on": "2025-06-03",
                  "effective_on": "2025-07-01", "pages": 1},
        H5_NAME: {**base, "title": H5_TITLE, "issuer": "岚溪市消防救援支队",
                  "doc_number": H5_NUMBER, "doc_type": "通知", "issued_on": "2025-08-15",
                  "pages": 1},
    }


QUESTIONS = [
    q(1, "北塘区住宅小区集中充电设施覆盖率到2025年底要达到多少？", [["90%"]],
      "全区住宅小区集中充电设施覆盖率达到90%以上", ["number"], H1_NAME),
    q(2, "北塘区推进小区集中充电设施建设的那份通知，文号是多少？", [["北住建发〔2025〕21号"]],
      H1_NUMBER, ["doc_number"], H1_NAME),
    q(3, "在楼道里给电动车充电拒不改正的，个人最多罚多少钱？", [["1000元"]],
      "由消防救援机构对个人处200元以上1000元以下罚款", ["number"], H2_NAME),
    q(4, "电动自行车火灾隐患专项排查要在什么时候前完成？", [["2025年5月31日"]],
      "于2025年5月31日前完成全部排查", ["date"], H3_NAME),
    q(5, "集中充电场所离住宅楼至少要隔多远？", [["6米"]],
      "集中充电场所与住宅建筑的间距不得小于6米", ["number"], H4_NAME),
    q(6, "首批电动自行车集中充电示范小区有几个？", [["12个"]],
      "确定首批电动自行车集中充电示范小区共12个", ["number"], H5_NAME),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    h1 = scan.cut_to_text(scan.render(H1_PAGE, seed=6001), pad=(1, 0, 1, 1))
    h1.save(os.path.join(OUT, H1_NAME), "JPEG", quality=88)
    p1 = scan.render(H2_PAGE1, seed=6002)
    p2 = scan.render(H2_PAGE2, seed=6003)
    p1.save(os.path.join(OUT, H2_NAME), "PDF", resolution=150, save_all=True, append_images=[p2])
    scan.rotate(scan.render(H3_PAGE, seed=6004), 1.2).save(os.path.join(OUT, H3_NAME))
    h4 = scan.cut_to_text(scan.rotate(scan.render(H4_PAGE, seed=6005), -0.6), pad=(0, 0, 2, 2))
    h4.save(os.path.join(OUT, H4_NAME), "PDF", resolution=150)
    h5 = scan.rotate(scan.render(H5_PAGE, seed=6006), -0.8)
    h5.save(os.path.join(OUT, H5_NAME), "JPEG", quality=86)
    kit.write_expectations(HERE, SET, "heldout", expected(), QUESTIONS)


if __name__ == "__main__":
    main()

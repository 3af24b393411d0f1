"""The shape of the answer asked for: a period, an end date, a comparison, a rate, a reason, a
per-unit figure, a status (shapes.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.plans import status_verbs
from tests.conftest import make_service

# Fictional: a county's reports on its riverside logistics park
REVIEW = (
    "2024年柳溪物流园年终回顾\n2025年1月12日　来源：柳溪日报\n"
    "2024年，柳溪港集装箱吞吐量达到46.3万标箱，比2023年的39.1万标箱增长18.4%。\n"
    "截至2024年12月底，柳溪物流园累计入驻企业64家，其中12家已经投产。\n"
    "截至年底，物流园从业人员达到5200人，全年新增注册企业218家。\n"
    "今年园区共兑现稳岗补贴960万元。\n"
    "10月，柳溪港集装箱吞吐量4.1万标箱，为单月最高。\n"
    "园区二号仓库于11月5日正式投入使用。\n"
    "园区推动连续两年实施道路改造项目36个。\n"
    "园区的冷链分拨中心已经投入试运行。\n"
    "新建的园区职工学校9月开学，首批招收学员420名。\n"
    "为缩短货车排队时间，港区推行预约进港，平均等待时间压缩到40分钟以内。\n"
)
PLAN = (
    "柳溪物流园发展规划发布\n2024年3月2日　来源：柳溪县发展和改革局\n"
    "柳溪县与河口镇签订物流园共建协议，合作期限为20年。\n"
    "园区管理规定自2024年4月1日起施行，有效期5年。\n"
    "今年的目标是集装箱吞吐量突破50万标箱，新入驻企业30家以上。\n"
    "力争到2026年底，物流园累计入驻企业达到100家。\n"
    "县里计划年内出台园区人才住房配套办法，并推动保税仓库开工建设。\n"
    "园区标准仓库租金为每月每平方米15元，每家企业最多租用3000平方米。\n"
    "2024年一季度，柳溪港集装箱吞吐量9.8万标箱。\n"
    "2024年下半年，园区将集中开展安全生产检查。\n"
    "保税仓库计划今年四季度开工。\n"
    "第一批入园企业申报自4月8日开始，5月31日截止。\n"
)


def _service(tmp_path):
    # fake vectors carry no meaning: the refusal model is set aside to test the checks
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = [tmp_path / "review.txt", tmp_path / "plan.txt"]
    for path, text in zip(paths, (REVIEW, PLAN)):
        path.write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    return svc


@pytest.mark.parametrize(
    "question, verbs",
    [
        ("保税仓库是否已经开工？", ["开工"]),
        ("冷链分拨中心投入运行了吗？", ["运行"]),
        ("职工学校开学了吗？", ["开学"]),
        ("企业是否需要另外缴税？", []),  # a rule asked, no status
        ("说补贴已经兑现的是哪位？", []),
        ("现在还能申报吗？", []),
    ],
)
def test_a_status_asked(question: str, verbs: list[str]) -> None:
    assert status_verbs(question) == verbs


def test_a_period_inside_another_is_no_answer(tmp_path) -> None:
    svc = _service(tmp_path)
    half = svc.ask("2024年下半年柳溪物流园新入驻了多少家企业？")
    assert half.abstained and "2024年下半年" in half.answer and "64家" in half.answer
    quarter = svc.ask("2024年第四季度柳溪港集装箱吞吐量是多少？")
    assert quarter.abstained
    # the period asked is told: answered
    first = svc.ask("2024年一季度柳溪港集装箱吞吐量是多少？")
    assert not first.abstained and "9.8万" in first.answer
    month = svc.ask("2024年12月柳溪港集装箱吞吐量是多少？")  # 截至12月底: another figure
    assert month.abstained
    october = svc.ask("2024年10月柳溪港集装箱吞吐量是多少？")
    assert not october.abstained and "4.1万" in october.answer
    year = svc.ask("2024年全年柳溪港集装箱吞吐量是多少？")
    assert not year.abstained and "46.3万" in year.answer


def test_an_end_date_the_documents_never_state(tmp_path) -> None:
    svc = _service(tmp_path)
    end = svc.ask("柳溪县与河口镇的物流园合作哪一年到期？")
    assert end.abstained and "20年" in end.answer  # the duration, quoted as the nearest
    # the duration asked, or an end the documents state: answered
    assert not svc.ask("柳溪物流园共建协议的合作期限是多少年？").abstained
    closing = svc.ask("第一批入园企业申报哪天截止？")
    assert not closing.abstained and "5月31日" in closing.answer


def test_a_comparison_never_made(tmp_path) -> None:
    svc = _service(tmp_path)
    more = svc.ask("2024年物流园新增注册企业比2023年多了多少家？")
    assert more.abstained and "对比" in more.answer and "218家" in more.answer
    made = svc.ask("2024年柳溪港集装箱吞吐量比2023年增长了多少？")
    assert not made.abstained and "18.4%" in made.answer


def test_a_rate_from_counts(tmp_path) -> None:
    svc = _service(tmp_path)
    rate = svc.ask("截至2024年底，入驻企业的投产率是多少？")
    assert rate.abstained and "比例" in rate.answer


def test_a_reason_never_given(tmp_path) -> None:
    svc = _service(tmp_path)
    why = svc.ask("为什么职工学校首批只招收了420名学员？")
    assert why.abstained and "原因" in why.answer
    told = svc.ask("港区为什么推行预约进港？")
    assert not told.abstained and "缩短" in told.answer


def test_a_per_unit_figure_from_a_total(tmp_path) -> None:
    svc = _service(tmp_path)
    each = svc.ask("2024年平均每家入驻企业拿到多少稳岗补贴？")
    assert each.abstained and "平均" in each.answer
    rent = svc.ask("标准仓库每平方米每月租金是多少？")
    assert not rent.abstained and "15元" in rent.answer
    cap = svc.ask("每家企业最多能租用多少平方米标准仓库？")
    assert not cap.abstained and "3000平方米" in cap.answer


def test_a_plan_is_no_status(tmp_path) -> None:
    svc = _service(tmp_path)
    housing = svc.ask("园区人才住房配套办法已经出台了吗？")
    assert housing.abstained and "已完成" in housing.answer and "计划" in housing.answer
    target = svc.ask("柳溪港集装箱吞吐量已经突破50万标箱了吗？")
    assert target.abstained
    # done, and said so: answered
    cold = svc.ask("冷链分拨中心投入运行了吗？")
    assert not cold.abstained and "试运行" in cold.answer
    school = svc.ask("园区职工学校开学了吗？")
    assert not school.abstained and "9月开学" in school.answer


def test_a_count_in_another_state(tmp_path) -> None:
    svc = _service(tmp_path)
    begun = svc.ask("截至2024年底，物流园已经开工建设的企业有几家？")
    assert begun.abstained and "12家已经投产" in begun.answer
    running = svc.ask("截至2024年底，物流园已经投产的企业有几家？")
    assert not running.abstained and "12家" in running.answer


def test_a_running_total_is_no_count_added(tmp_path) -> None:
    svc = _service(tmp_path)
    added = svc.ask("2024年物流园新增从业人员多少人？")
    assert added.abstained and "5200人" in added.answer
    told = svc.ask("2024年全年物流园新增注册企业多少家？")
    assert not told.abstained and "218家" in told.answer


def test_time_left_is_not_computed(tmp_path) -> None:
    svc = _service(tmp_path)
    left = svc.ask("园区管理规定还有多久到期？")
    assert left.abstained and "有效期5年" in left.answer
    assert not svc.ask("园区管理规定的有效期是几年？").abstained


def test_a_planned_date_is_no_date_of_the_event(tmp_path) -> None:
    svc = _service(tmp_path)
    begun = svc.ask("保税仓库是哪一天开工的？")
    assert begun.abstained and "四季度" in begun.answer
    planned = svc.ask("保税仓库计划什么时候开工？")
    assert not planned.abstained and "四季度" in planned.answer
    used = svc.ask("园区二号仓库是哪天投入使用的？")
    assert not used.abstained and "11月5日" in used.answer


def test_a_target_is_no_figure_reached(tmp_path) -> None:
    svc = _service(tmp_path)
    reached = svc.ask("到2026年底物流园累计入驻了多少家企业？")
    assert reached.abstained and "100家" in reached.answer and "目标" in reached.answer
    done = svc.ask("园区连续两年实施了多少个道路改造项目？")  # 推动: a deed, not a target
    assert not done.abstained and "36个" in done.answer
    target = svc.ask("到2026年底物流园累计入驻企业的目标是多少家？")
    assert not target.abstained and "100家" in target.answer


VILLAGES = (
    "柳溪村寨这一年\n2024年12月3日　来源：柳溪日报\n"
    "今年柳溪县打造了4个示范村，农村常住居民人均可支配收入预计达到1.72万元。\n"
    "2024年，柳溪县继续实施民生项目31个。\n"
    "1—11月，柳溪县接待游客40.2万人次。\n"
)
HALF_YEAR = (
    "柳溪港上半年成绩单\n2025年7月10日　来源：柳溪日报\n"
    "2025年上半年，柳溪县接待游客28.1万人次，同比增长12%。\n"
)


def test_another_years_half_is_no_figure_for_the_half_asked(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = [tmp_path / "villages.txt", tmp_path / "half.txt"]
    for path, text in zip(paths, (VILLAGES, HALF_YEAR)):
        path.write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    # another year's 上半年 is no figure for 2024年上半年; 1—11月 is another period
    visitors = svc.ask("2024年上半年柳溪县接待了多少游客？")
    assert visitors.abstained and visitors.answer.startswith("文档中没有2024年上半年的数据")
    eleven = svc.ask("2024年1—11月柳溪县接待游客多少人次？")
    assert not eleven.abstained and "40.2万人次" in eleven.answer


# Fictional: a county industrial park's half-year report
HALF = (
    "青岚县产业园上半年运行情况\n2025年7月8日　来源：青岚县工业和信息化局\n"
    "截至2025年6月底，青岚县产业园累计签约项目40个，已开工项目22个，其中9个项目建成投产。\n"
    "另有3个项目签约已满一年仍未开工，园区将逐一约谈。\n"
    "上半年，产业园用电量1.2亿千瓦时，同比增长15.2%。\n"
    "上半年，产业园新增注册企业46家，比去年同期增加12家。\n"
    "上半年，产业园接待参观团组320批。\n"
)


def _half(tmp_path, text: str = HALF):
    svc = make_service(
        tmp_path / "h", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    path = tmp_path / "half.txt"
    path.write_text(text, encoding="utf-8")
    svc.ingest_paths([path])
    return svc


def test_a_count_not_in_a_state_is_not_worked_out(tmp_path) -> None:
    svc = _half(tmp_path)
    rest = svc.ask("截至2025年6月底，已开工但还没建成投产的项目有几个？")
    assert rest.abstained and "9个项目建成投产" in rest.answer
    told = svc.ask("有几个项目签约已满一年仍未开工？")
    assert not told.abstained and "3个" in told.answer
    running = svc.ask("截至2025年6月底，青岚县产业园有多少个项目已经投产？")
    assert not running.abstained and "9个" in running.answer


def test_a_state_beside_no_count_is_no_count(tmp_path) -> None:
    text = (
        "青岚县产业园上半年运行情况\n2025年7月8日　来源：青岚县工业和信息化局\n"
        "截至2025年6月底，青岚县产业园累计签约项目40个。\n"
        "上半年，已投产项目实现产值12.6亿元，带动就业1800人。\n"
    )
    svc = _half(tmp_path, text)
    assert svc.ask("青岚县产业园已经投产的项目有多少个？").abstained


def test_an_amount_of_change_is_not_a_rate(tmp_path) -> None:
    svc = _half(tmp_path)
    power = svc.ask("上半年产业园用电量比去年同期增加了多少千瓦时？")
    assert power.abstained and "对比" in power.answer and "15.2%" in power.answer
    assert "15.2%" in svc.ask("上半年产业园用电量同比增长了多少？").answer
    firms = svc.ask("上半年产业园新增注册企业比去年同期多了多少家？")
    assert not firms.abstained and "12家" in firms.answer


def test_a_forecast_beside_an_actual_is_no_figure_reached(tmp_path) -> None:
    text = (
        "青岚县乡村振兴年终报道\n2024年12月20日　来源：青岚县融媒体中心\n"
        "今年全县新建村级服务站12个，农村居民人均可支配收入预计达到2.1万元。\n"
    )
    svc = _half(tmp_path, text)
    income = svc.ask("今年农村居民人均可支配收入实际达到了多少？")
    assert income.abstained and "目标" in income.answer and "2.1万元" in income.answer
    assert not svc.ask("今年农村居民人均可支配收入预计达到多少？").abstained
    assert not svc.ask("今年全县新建了多少个村级服务站？").abstained


def test_a_comparison_of_something_else_is_no_comparison(tmp_path) -> None:
    svc = _half(tmp_path)
    visits = svc.ask("上半年产业园接待参观团组比去年同期增长了多少？")
    assert visits.abstained and "对比" in visits.answer


def test_a_comparison_whose_subject_stands_in_the_sentence_before(tmp_path) -> None:
    text = (
        "青岚县城区人口情况\n2025年2月3日　来源：青岚县统计局\n"
        "截至2024年底，开发区常住人口约6.2万人。\n"
        "经营户约3200户，比2020年增加近三成。\n"
    )
    svc = _half(tmp_path, text)
    grown = svc.ask("开发区的经营户比2020年多了多少？")
    assert not grown.abstained and "近三成" in grown.answer


# Fictional: a county's year-in-review published in January of the next year
YEAR_REVIEW = (
    "2024年青岚县产业园年终盘点\n2025年1月9日　来源：青岚县发展和改革局\n"
    "县级财政全年下达产业园发展资金1.6亿元，建成标准厂房5万平方米。\n"
    "县发展改革局表示，2025年将推动已签约项目加快开工。\n"
)


def test_a_review_s_figure_is_of_the_year_it_reviews(tmp_path) -> None:
    svc = _half(tmp_path, YEAR_REVIEW)
    # 全年下达 in a review of 2024 is 2024's figure, however the next sentence names 2025
    later = svc.ask("2025年县级财政实际下达了多少产业园发展资金？")
    assert later.abstained and later.answer.startswith("文档中没有2025年的数据")
    right = svc.ask("2024年县级财政下达了多少产业园发展资金？")
    assert not right.abstained and "1.6亿元" in right.answer


# Fictional: a press conference in February that looks back at the year before
BRIEFING = (
    "青岚县文旅发布会实录\n2025年2月26日\n"
    "主持人：请介绍一下县里的文旅情况。\n"
    "县文旅局局长：去年，县里接待游客120万人次，旅游收入9.6亿元。\n"
)


def test_last_year_is_read_from_the_report_s_date(tmp_path) -> None:
    svc = _half(tmp_path, BRIEFING)
    later = svc.ask("2025年青岚县接待了多少游客？")
    assert later.abstained and later.answer.startswith("文档中没有2025年的数据")
    right = svc.ask("2024年青岚县接待了多少游客？")
    assert not right.abstained and "120万人次" in right.answer


def test_a_comparison_of_another_subject_in_the_sentence_compares_no_asked_thing(
    tmp_path,
) -> None:
    text = (
        "青岚县产业园三季度运行情况\n2025年10月9日　来源：青岚县工业和信息化局\n"
        "截至2025年9月底，青岚县产业园累计签约项目36个、协议投资88.4亿元，签约项目数比3月份翻了一番。\n"
        "前三季度，产业园用电量1.9亿千瓦时，同比增长13.5%。\n"
    )
    svc = _half(tmp_path, text)
    invest = svc.ask("2025年青岚县产业园协议投资同比增长了多少？")
    assert invest.abstained and "对比" in invest.answer
    power = svc.ask("前三季度产业园用电量同比增长了多少？")
    assert not power.abstained and "13.5%" in power.answer
    signed = svc.ask("截至9月底产业园签约项目数比3月份增长了多少？")
    assert not signed.abstained and "翻了一番" in signed.answer

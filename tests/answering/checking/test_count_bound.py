from knowledge.answering.checking.count_bound import count_bound


def test_a_count_asked_is_told_by_a_figure_counting_what_is_asked() -> None:

    # fictional rules: 两个县 counts the counties, not the parks asked
    rule = "本办法所称合作园区，是指由本市两个县（区）合作共建、报市政府同意的产业园区。"
    assert not count_bound("报市政府同意的合作园区现在有几个？", rule)
    assert count_bound("有几个项目还没开工？", "目前还有4个项目签约已满一年仍未开工。")
    assert not count_bound("有几个项目还没开工？", "确有原因的，可申请延期，延期不超过6个月。")
    assert count_bound("管委会里各出几个人？", "联合管委会由双方各派四名成员组成。")
    assert count_bound("延期最多几个月？", "延期不超过6个月。")  # no count asked

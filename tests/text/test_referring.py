from knowledge.text.referring import held, parties


def test_parties_named_by_name_and_by_role():
    assert parties("岭泉市负责招商引资；雾溪县负责土地征收。") == {"岭泉市", "雾溪县"}
    assert parties("前5年按飞出地60%、合作区40%的比例分享") == {"飞出地", "合作区"}
    assert {"甲方", "乙方"} <= parties("甲方：岭泉市人民政府 乙方：雾溪县人民政府")


def test_a_name_jieba_cuts_apart_is_read_in_the_text():
    assert "青石镇" in parties("已为青石镇及周边乡镇群众提供就业岗位1200余个")


def test_common_words_with_an_administrative_ending_name_no_place():
    assert not parties("全市城市超市上市企业进驻产业园区和农贸市场，周边乡镇受益")


def test_a_dual_word_is_held_by_two_parties_named():
    text = "自企业投产之年起前五年由岭泉市和雾溪县按六比四分享"
    assert held("两边", text) and held("双方", text) and held("对方", text)
    assert not held("两边", "第6年起合作区承担的公共服务增多，因此改为各分一半。")


def test_a_place_word_is_held_by_a_place_named():
    assert held("当地", "已为青石镇及周边乡镇群众提供就业岗位1200余个")
    assert not held("当地", "园区企业招用员工，同等条件下优先招用户籍劳动力。")


def test_the_body_above_is_held_by_a_body_of_a_higher_level():
    assert held("上面", "园区建设运营情况每年12月底前报省发展和改革委员会备案。")
    assert held("上级", "市财政局对分享资金拨付情况实行季度通报")
    assert not held("上面", "园区管委会负责人表示，下一步将加快标准厂房建设。")


def test_a_question_asking_beyond_the_parties_holds_no_referring_word():
    text = "岭泉市负责招商引资；雾溪县负责土地征收。"
    assert not held("两地", text, "除了这两地，还有哪个县也加入了这个飞地园区？")
    assert not held("两边", text, "两边之外，省里每年给园区补助多少资金？")
    assert held("两地", text, "两地各自负责什么？")


def test_other_words_are_not_referring_words():
    assert not held("省里", "岭泉市负责招商引资；雾溪县负责土地征收。")

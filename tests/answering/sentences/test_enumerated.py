"""A list asked is quoted from the sentence enumerating it, not from one naming an item of it."""

from __future__ import annotations

from knowledge.answering.sentences import enumerated
from knowledge.answering.sentences.extractive import Candidate, candidates
from knowledge.schema import Chunk, ScoredChunk

BANFA = (
    "第五条　老旧厂房改造后可以用于文化创意、科技研发、体育健身、养老托育和社区服务等功能，"
    "不得用于商品住宅开发。"
)
JIEDU = "周敏表示，老旧厂房改造后的功能这次特别写进了养老托育，用来弥补托育机构不足的短板。"
OTHER = "园区配套建设了公共停车场、共享会议室、职工食堂和一处托育点。"


def scored(*pairs: tuple[str, float]) -> list[Candidate]:
    out = []
    for i, (text, score) in enumerate(pairs):
        hit = ScoredChunk(Chunk(f"d{i}:0", f"d{i}", 0, 0, len(text), text, f"文{i}"), 0.5)
        (c,) = candidates([hit], 240)
        c.score = score
        out.append(c)
    return out


def test_items_are_counted_by_the_shapes_of_a_list() -> None:
    assert enumerated.items(BANFA) == 5
    assert enumerated.items("高耗能、高排放项目不予认定。") == 2
    assert enumerated.items("最头疼的是两件事：一是业主不同意，二是资金凑不齐。") == 2
    assert enumerated.items("禁止下列行为：损毁花草树木，擅自设摊经营，遛犬不束犬链。") == 3
    assert enumerated.items("一、测算依据：上年度的税收留成部分和土地出让净收入。") == 0
    assert enumerated.items("由县委和县政府统筹。") == 0  # a bare pair lists nothing to move
    assert enumerated.items("由县委和县政府统筹。", pairs=True) == 2  # read generously for the best


def test_the_enumerating_article_moves_above_the_sentence_naming_one_item() -> None:
    jiedu, banfa = scored((JIEDU, 1.2), (BANFA, 0.8))
    enumerated.lift("老旧厂房改造后可以用来做哪些功能？", [jiedu, banfa], True)
    assert banfa.score > jiedu.score
    assert banfa.score + banfa.lowered == 0.8  # the refusal reads the unlifted score


def test_nothing_moves_unless_a_list_is_asked_and_close_enough() -> None:
    jiedu, banfa = scored((JIEDU, 1.2), (BANFA, 0.8))
    enumerated.lift("老旧厂房改造后可以用来做什么？", [jiedu, banfa], False)
    assert banfa.score == 0.8
    jiedu, banfa = scored((JIEDU, 2.0), (BANFA, 0.8))  # below RATIO of the best
    enumerated.lift("老旧厂房改造后可以用来做哪些功能？", [jiedu, banfa], True)
    assert banfa.score == 0.8


def test_a_list_of_another_thing_does_not_move() -> None:
    jiedu, other = scored((JIEDU, 1.2), (OTHER, 1.0))  # holds neither 老旧厂房 nor 改造
    enumerated.lift("老旧厂房改造后可以用来做哪些功能？", [jiedu, other], True)
    assert other.score == 1.0


def test_a_count_asked_is_the_number_of_items() -> None:
    assert enumerated.count_asked("第二批新签协议的8个县区分别是哪些？") == 8
    assert enumerated.count_asked("市住建局下一步要做哪三件事？") == 3
    assert enumerated.count_asked("运营单位要做好哪些工作？") is None
    jiedu, banfa = scored((JIEDU, 1.2), (BANFA, 0.8))
    enumerated.lift("老旧厂房改造后可以用来做哪三种功能？", [jiedu, banfa], True)
    assert banfa.score == 0.8  # five told, three asked


def test_a_best_listing_items_itself_or_a_lead_in_above_stays() -> None:
    best, banfa = scored(
        ("老旧厂房改造后的功能包括文化创意、科技研发和体育健身。", 1.2), (BANFA, 0.8)
    )
    enumerated.lift("老旧厂房改造后可以用来做哪些功能？", [best, banfa], True)
    assert banfa.score == 0.8
    jiedu, lead, banfa = scored((JIEDU, 1.2), ("老旧厂房改造后的功能包括：", 1.0), (BANFA, 0.8))
    enumerated.lift("老旧厂房改造后可以用来做哪些功能？", [jiedu, lead, banfa], True)
    assert banfa.score == 0.8


def test_a_list_closing_on_a_noun_not_asked_or_of_years_does_not_move() -> None:
    q = "员工制转型奖励的申请材料包括哪些？"
    assert enumerated.of_other(q, "办法设立了两类扶持，培训补贴分初级、中级、高级三个档次。")
    assert not enumerated.of_other("老旧厂房改造后可以用来做哪些功能？", BANFA)
    assert enumerated.items("合作区2022年、2023年两年累计完成的投资额是托管前的6倍多。") == 0
    assert enumerated.items("白沙坝镇每逢农历三、六、九日赶集。") == 0


def test_nothing_moves_over_a_clause_cut_at_a_semicolon() -> None:
    best, other = scored(("白沙坝镇的特产主要有三样，镇东的果园出产蜜柚；", 1.4), (BANFA, 1.2))
    enumerated.lift("老旧厂房改造后有哪些功能？", [best, other], True)
    assert other.score == 1.2


def test_a_list_of_a_sibling_entry_does_not_move() -> None:
    text = "生长于海拔500米的地区，常生长在密林中。"
    hit = ScoredChunk(Chunk("a:0", "a", 0, 0, len(text), text, "长柄艾纳香"), 0.5)
    (best,) = candidates([hit], 240)
    best.score = 1.2
    (other,) = scored(("分布于缅甸、不丹、印度和中国大陆的广西、云南等地区。", 1.0))
    enumerated.lift("长柄艾纳香分布在哪些地区？", [best, other], True)
    assert other.score == 1.0

"""A lifted best opening on the attribute or term asked is quoted with the sentence it goes on in."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate, candidates
from knowledge.answering.sentences.told_on import after, carried_on, opens_asked
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "青冈蕨是鳞毛蕨科的一种蕨类植物。青冈蕨的叶在1980年代曾被采来喂猪。"
    "叶为二回羽状复叶，长四十厘米。羽片边缘有细锯齿，叶背密生褐色鳞片。"
    "最早采到它的有陈、林两人，以及一位姓黄的教师。\n另起一行。"
)


def cands(text: str = TEXT, section: str | None = None) -> list[Candidate]:
    """The sentences of one passage of the entry 青冈蕨, scored 1.0, 0.9, … in reading order."""
    hit = ScoredChunk(Chunk("d:0", "d", 0, 0, len(text), text, "青冈蕨", section=section), 0.5)
    out = candidates([hit], 240)
    for c, score in zip(out, (1.0 - 0.1 * i for i in range(len(out))), strict=True):
        c.score = score
    return out


def by_text(cs: list[Candidate], start: str) -> Candidate:
    (found,) = [c for c in cs if c.text.startswith(start)]
    return found


def test_the_sentence_after_a_lifted_attribute_head_replaces_the_runner_up() -> None:
    cs = cands()
    head, name = by_text(cs, "叶为"), by_text(cs, "青冈蕨的叶")
    head.lift_for_quoting(0.3)
    head.score = 2.0
    q = "青冈蕨的叶有什么特点？"
    assert opens_asked(q, head)
    out = carried_on(q, [name, head], 240, 2)
    assert [c.text[:4] for c in out] == ["叶为二回", "羽片边缘"]
    assert carried_on(q, [head], 240, 3)[-1].text.startswith("羽片边缘")  # room beside a lone best


def test_nothing_for_an_unlifted_best_the_subject_itself_or_a_lifted_runner_up() -> None:
    cs = cands()
    head, name = by_text(cs, "叶为"), by_text(cs, "青冈蕨的叶")
    head.score = 2.0
    q = "青冈蕨的叶有什么特点？"
    assert carried_on(q, [name, head], 240, 2) == [name, head]  # not lifted
    head.lift_for_quoting(0.3)
    name.lift_for_quoting(0.3)
    assert carried_on(q, [name, head], 240, 2) == [name, head]  # the runner-up lifted too
    opening = by_text(cs, "青冈蕨是")
    opening.lift_for_quoting(0.3)
    assert not opens_asked("成熟的青冈蕨是什么样子？", opening)  # 青冈蕨: the subject itself


def test_a_list_asked_goes_on_in_a_sentence_opening_on_yiji() -> None:
    text = "最早采到它的有陈、林两人。以及一位姓黄的教师。青冈蕨的标本曾送到北京。"
    cs = cands(text)
    best, other = by_text(cs, "最早"), by_text(cs, "青冈蕨的标本")
    best.score = 2.0
    out = carried_on("最早采到青冈蕨的有哪些人？", [best, other], 240, 2)
    assert [c.text[:2] for c in out] == ["最早", "以及"]
    assert carried_on("最早采到青冈蕨的是谁？", [best, other], 240, 2) == [best, other]


def test_no_sentence_after_across_a_line_or_in_a_structured_document() -> None:
    cs = cands()
    last = by_text(cs, "最早采到")
    assert after(last, 240) is None  # 「另起一行。」 is on the next line
    article = cands(section="第三条")
    head = by_text(article, "叶为")
    head.lift_for_quoting(0.3)
    head.score = 2.0
    q = "青冈蕨的叶有什么特点？"
    pair = [head, by_text(article, "青冈蕨的叶")]
    assert carried_on(q, pair, 240, 2) == pair  # list_items reads an article on
    assert carried_on(q, [head], 240, 3) == [head]


def test_a_lifted_definition_quoted_below_the_best_goes_on_too() -> None:
    text = "青冈蕨是指一类生在青冈林下的蕨类，分为以下两种。一种叶大，一种叶小。但是青冈蕨常被误认。"
    cs = cands(text)
    define, other = by_text(cs, "青冈蕨是指"), by_text(cs, "但是")
    define.lift_for_quoting(0.3)
    define.score, other.score = 1.5, 1.6  # the definition a hair below the best
    out = carried_on("什么是青冈蕨？", [define, other], 240, 2)
    assert [c.text[:4] for c in out] == ["青冈蕨是", "一种叶大"]
    assert carried_on("青冈蕨有什么用？", [define, other], 240, 2) == [define, other]

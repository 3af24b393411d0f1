"""The best clause cut at 「；」 is quoted with its whole sentence; the clauses it holds are dropped."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate, candidates
from knowledge.answering.sentences.whole_sentence import MAX_CHARS, whole, widen
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "紫茎石楠是一种常绿灌木。紫茎石楠的用途较多，枝叶可作饲料；果实可以酿酒；根皮可治跌打损伤。"
    "紫茎石楠喜温暖湿润。\n下一行；另起一句。"
)


def cands(text: str = TEXT, section: str | None = None) -> list[Candidate]:
    chunk = Chunk("d:0", "d", 0, 0, len(text), text, "紫茎石楠", section=section)
    out = candidates([ScoredChunk(chunk, 0.5)], 240)
    for i, c in enumerate(out):
        c.score = 1.0 - 0.1 * i
    return out


def by_text(cs: list[Candidate], start: str) -> Candidate:
    return next(c for c in cs if c.text.startswith(start))


def test_the_best_clause_brings_its_whole_sentence() -> None:
    cs = cands()
    first, fruit = by_text(cs, "紫茎石楠的用途"), by_text(cs, "果实")
    first.score = 2.0
    out = widen([first, fruit, by_text(cs, "紫茎石楠是")], 240)
    assert out[0].text == "紫茎石楠的用途较多，枝叶可作饲料；果实可以酿酒；根皮可治跌打损伤。"
    assert out[0].score == 2.0 and [c.text for c in out[1:]] == ["紫茎石楠是一种常绿灌木。"]


def test_backwards_too_and_not_over_a_line_break() -> None:
    cs = cands()
    root = by_text(cs, "根皮")
    assert TEXT[slice(*whole(root, 240))].startswith("紫茎石楠的用途较多")
    line = by_text(cs, "下一行")
    assert whole(line, 240) is not None  # 「下一行；另起一句。」 on its own line
    assert "\n" not in TEXT[slice(*whole(line, 240))]


def test_nothing_for_a_whole_sentence_a_long_one_or_a_structured_document() -> None:
    cs = cands()
    plain = by_text(cs, "紫茎石楠是")
    assert whole(plain, 240) is None and widen([plain], 240) == [plain]
    long_text = "开头的一句；" + "很长" * MAX_CHARS + "。"
    assert whole(cands(long_text)[0], 1000) is None
    article = cands(section="第三条")
    best = by_text(article, "紫茎石楠的用途")
    best.score = 2.0
    assert widen([best], 240) == [best]  # list_items reads an article's 「；」 on


def test_a_quoted_runner_up_clause_brings_its_whole_sentence_too() -> None:
    cs = cands()
    opening, fruit = by_text(cs, "紫茎石楠是"), by_text(cs, "果实")
    opening.score = 2.0  # the entry's opening line is the best, the description's clause second
    out = widen([opening, fruit], 240)
    assert [c.text for c in out] == [
        "紫茎石楠是一种常绿灌木。",
        "紫茎石楠的用途较多，枝叶可作饲料；果实可以酿酒；根皮可治跌打损伤。",
    ]
    assert out[1].score == fruit.score


def test_a_runner_up_clause_stays_cut_when_its_sentence_holds_another_quoted_one() -> None:
    cs = cands()
    fruit, root, last = by_text(cs, "果实"), by_text(cs, "根皮"), by_text(cs, "紫茎石楠喜")
    last.score = 2.0
    assert widen([last, fruit, root], 240) == [last, fruit, root]  # no sentence quoted twice

"""The answers the assembly could quote instead of its own (best with runner-up, with a
neighbour, the closest in meaning), and the fitted choice among them."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from bench import quote_features as quote_choice
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "园区去年签约项目20个。其中已开工8个。建成投产3个。新增就业1200人。园区还建成了一座污水处理厂。"
)

RESULT = SimpleNamespace(vector=None)


def cands() -> list[Candidate]:
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(TEXT), TEXT, "园区"), 0.5)
    out, pos = [], 0
    for i, part in enumerate(TEXT.split("。")[:-1]):
        s = TEXT.index(part, pos)
        out.append(Candidate(h, 0, (s, s + len(part) + 1), part + "。", score=1.0 - 0.1 * i))
        pos = s + len(part)
    return out


def keys(opts):
    return [[c.text[:4] for c in o] for o in opts]


def test_the_assembly_first_then_pairs_neighbours_and_the_closest_in_meaning() -> None:
    cs = cands()
    current = [cs[0], cs[1]]
    sims = {c.key: 0.8 for c in cs} | {cs[3].key: 0.9}
    opts = keys(quote_choice.options(current, cs, sims))
    assert opts[0] == ["园区去年", "其中已开"]
    assert ["园区去年"] in opts and ["园区去年", "建成投产"] in opts
    assert ["建成投产", "新增就业"] in opts  # the third best with the sentence after it
    assert ["新增就业"] in opts  # the closest in meaning alone
    assert ["园区去年", "新增就业"] in opts  # beside the best
    assert len({tuple(o) for o in opts}) == len(opts)  # each answer once
    assert all(len(o) <= 2 for o in opts)


def test_three_sentences_fill_up_with_the_assemblys_best() -> None:
    cs = cands()
    current = [cs[0], cs[1], cs[2]]
    opts = keys(quote_choice.options(current, cs, {}, size=3))
    assert opts[0] == ["园区去年", "其中已开", "建成投产"]
    assert ["园区去年", "建成投产", "新增就业"] in opts  # the best with the 4th, filled
    assert all(len(o) == 3 for o in opts)


def test_choose_keeps_the_assembly_unless_another_answer_scores_higher(monkeypatch) -> None:
    cs = cands()
    current = [cs[0], cs[1]]
    monkeypatch.setattr(quote_choice, "similarities", lambda *a: {})
    n = len(quote_choice.NAMES)
    monkeypatch.setattr(quote_choice, "WEIGHTS", {2: (1.0,) + (0.0,) * (n - 1)})

    def rows(question, result, opts, cands, sims):
        x = np.zeros((len(opts), n))
        x[0, 0] = 1.0  # is_current
        return x

    monkeypatch.setattr(quote_choice, "features", rows)
    assert quote_choice.choose("园区签约了几个项目", RESULT, current, cs, None) is None

    def other(question, result, opts, cands, sims):
        x = rows(question, result, opts, cands, sims)
        x[3, 0] = 2.0
        return x

    monkeypatch.setattr(quote_choice, "features", other)
    got = quote_choice.choose("园区签约了几个项目", RESULT, current, cs, None)
    assert got is not None and got != current


def test_choose_does_nothing_without_weights(monkeypatch) -> None:
    cs = cands()
    monkeypatch.setattr(quote_choice, "WEIGHTS", {})
    assert quote_choice.choose("园区签约了几个项目", RESULT, [cs[0]], cs, None) is None


def test_every_fitted_weight_set_reads_every_feature() -> None:
    assert all(len(w) == len(quote_choice.NAMES) for w in quote_choice.WEIGHTS.values())

"""bench/refit_ooc.py without a store: its out-of-corpus rows' labels and weights, the bias-only
refit, the halves of CMRC trial's tune articles, and the figures per source."""

from __future__ import annotations

import numpy as np

from bench import refit_ooc
from bench.cmrc_data import part_of


def _row(src: str, y: int, **extra) -> dict:
    return {"src": src, "y": y, "lang": "zh", "features": {}} | extra


def test_new_out_of_corpus_rows_are_labelled_refuse_and_weighed_per_source() -> None:
    rows = [_row("tune", 1, pass0=True, pass1=False)] * 4 + [_row("cmrc", 1)] * 2
    rows += [_row("ooc_half", 0)] * 8 + [_row("ooc_eval", 0)] * 2
    assert [refit_ooc.label(r) for r in rows[-3:]] == [0, 0, 0]
    sw = refit_ooc.sample_weights(rows, 2.0)
    assert sw[:4].tolist() == [1.0] * 4 and sw[4:6].sum() == 4.0  # CMRC together = tune rows
    assert np.isclose(sw[6:14].sum(), 8.0) and np.isclose(sw[14:].sum(), 8.0)  # 2x tune each
    assert refit_ooc.sample_weights(rows, 0.0)[6:].sum() == 0.0


def test_the_bias_refit_keeps_the_weights_and_moves_the_bias_towards_the_labels() -> None:
    x = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    w = refit_ooc.fit_bias(x, y, np.ones(4), np.array([4.0, 0.0]))
    assert w[0] == 4.0 and -8.0 < w[1] < -4.0  # the boundary between 1 and 2


def test_the_halves_split_the_tune_articles_in_two() -> None:
    titles = [f"标题{i}" for i in range(300)]
    tune = [t for t in titles if part_of(t) == "tune"]
    halves = [refit_ooc.half(t) for t in tune]
    assert set(halves) == {0, 1} and 0.3 < sum(halves) / len(halves) < 0.7


def test_outcome_reports_each_new_source_s_share_refused() -> None:
    rows = [_row("ooc_half", 0, abst0=False, abst1=True)] * 3
    rows += [_row("ooc_half", 0, abst0=True, abst1=True)]
    out = refit_ooc.outcome(rows, [True, False, False, True])
    assert out == {"ooc_half": (0.75,)}

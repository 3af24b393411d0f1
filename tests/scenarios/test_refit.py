"""bench/refit.py and bench/calibrate_rows.py without a store: folds grouped by probe set, the
threshold chosen under the refusal floor, and the figures per probe store."""

from __future__ import annotations

import numpy as np

from bench import refit


def _row(src: str, y: int, s: str = "", store: str = "eval", **extra) -> dict:
    row = {"src": src, "y": y, "lang": "zh", "features": {}, "set": s or src, "store": store}
    return row | extra


def test_a_probe_set_stands_whole_in_one_fold_and_other_rows_are_dealt_out() -> None:
    rows = [_row("probe", 1, f"set{i % 6}") for i in range(60)]
    rows += [_row("tune", 1, pass0=True, pass1=False) for _ in range(10)]
    for seed in range(3):
        fold = refit.folds_of(rows, 5, seed)
        for s in {r["set"] for r in rows[:60]}:
            assert len({f for r, f in zip(rows, fold) if r["set"] == s}) == 1
        assert sorted(np.bincount(fold[60:], minlength=5)) == [2] * 5


def test_the_threshold_keeps_the_unanswerable_refused_of_the_weights_in_use() -> None:
    rows = [_row("probe", 1, pass0=True, pass1=False) for _ in range(6)]
    rows += [_row("probe", 0, pass0=False, pass1=True) for _ in range(4)]
    z = np.array([5.0, 4.0, 3.0, 2.0, 1.0, 0.5, 4.5, 0.0, -1.0, -2.0])
    y = np.array([r["y"] for r in rows], float)
    idx = np.arange(10)
    in_use = np.zeros(10, bool)
    floor = refit.refused_floor(rows, in_use, idx)
    assert floor[0] == 4.0
    t = refit.choose_threshold(rows, z, y, np.ones(10), idx, floor, in_use)
    assert t > 4.5  # answering the look-alike at 4.5 would refuse fewer unanswerable rows
    assert refit.refused_floor(rows, z >= t, idx)[0] == 4.0


def test_probe_rows_are_counted_by_the_store_they_were_asked_on() -> None:
    rows = [
        _row("probe", 1, "a", "eval", pass0=True, pass1=False),
        _row("probe", 0, "b", "policy", pass0=False, pass1=True),
        _row("probe", 1, "c", "cmrc64", pass0=True, pass1=False),
    ]
    out = refit.figures(rows, rows, np.array([True, True, True]))
    assert out["probe"] == (2, 2, 0)
    assert out["probe@eval"] == (1, 1, 0) and out["probe@policy"] == (0, 0, 0)
    assert out["probe@own"] == (1, 1, 0)

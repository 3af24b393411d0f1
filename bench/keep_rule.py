"""The keep rule: every figure a change is judged by, measured once, compared with main's.

python bench/keep_rule.py run --stores DIR --out DIR [--dev] [--data ../shared/bench/cmrc2018]
python bench/keep_rule.py compare BASE_OUT BRANCH_OUT [--base-probes FILE ...] [--json]

`run` measures the checkout it is in (this file's repository) into --out: the eval sets
(eval.txt), the policy eval (policy.txt), every probe set (probes.txt), CMRC trial at 2 sentences
with the seeded 500 out-of-corpus questions the local fits read (trial2.txt) and with all the
others (trial2u.txt: `--ooc-unfitted`), and with --dev CMRC dev (dev2.txt, report only). The
stores under --stores (eval, policy, policyN, trial, dev) are built on first use and reused; copy
them per branch so that runs never share one. Each runner's output is kept whole; its JSON line
is the last line beginning with "{".

`compare` reads two such folders and applies the rule, stated before any run of a change:
(a) eval held-out answerable answered right and unanswerable refused each do not fall;
(b) the probe held-out sum rises by at least 2; (c) no held-out probe file falls by more than 1;
(d) policy eval passed, tune and held-out, does not fall; (e) CMRC trial refused out of corpus
does not fall and answer_has_gold falls by at most 0.002; (f) the unfitted out-of-corpus questions
refused do not fall. It prints only totals (no question of a held-out split or of CMRC dev).
Held-out figures are read without the questions that have a tune twin (bench/twins.py: tuned on
under another set's tune file) when both runs report them so — (a) then also holds on the eval
held-out split with its twins — and whole when either run predates that (session 35).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cmrc_data import DEFAULT_DATA  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD_SLACK = 0.002


def commands(stores: Path, dev: bool, data: Path) -> dict[str, list[str]]:
    py, cmrc = sys.executable, ["bench/cmrc.py", "--data", str(data), "--no-baseline"]
    trial = [*cmrc, "--split", "trial", "--store", str(stores / "trial"), "--failures", "0"]
    out = {
        "eval": [py, "bench/eval_sets.py", "--store", str(stores / "eval"), "--json"],
        "policy": [py, "bench/eval_policy.py", "--store", str(stores / "policy"), "--json"],
        "probes": [py, "bench/probes.py", "--stores", str(stores), "--json"],
        "trial2": [py, *trial, "--json"],
        "trial2u": [py, *trial, "--ooc-unfitted", "--ooc-limit", "100000", "--json"],
    }
    if dev:
        out["dev2"] = [py, *cmrc, "--split", "dev", "--store", str(stores / "dev"), "--json"]
    return out


def run(stores: Path, out: Path, dev: bool, data: Path = DEFAULT_DATA) -> int:
    # checked first: the CMRC steps run last, after most of an hour of the others
    missing = [n for n in ("trial.json", "dev.json")[: 1 + dev] if not (data / n).is_file()]
    if missing:
        raise SystemExit(
            f"{data}: no {', '.join(missing)} — pass --data, the CMRC 2018 folder (a worktree"
            " outside the main checkout does not have ../shared beside it)"
        )
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, cmd in commands(stores, dev, data).items():
        print(f"{name}: {' '.join(cmd[1:])}", flush=True)
        # CMRC is reported at answers of at most 2 sentences; the eval sets at the defaults
        env = os.environ | ({"QA_ANSWER__MAX_SENTENCES": "2"} if "cmrc" in cmd[1] else {})
        with (out / f"{name}.txt").open("w", encoding="utf-8") as f:
            rc = subprocess.run(
                cmd, cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT
            ).returncode
        failed += rc != 0
    return 1 if failed else 0


def last_json(path: Path) -> dict:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"{path}: no JSON line (did the run fail?)")
    return json.loads(lines[-1])


def figures(folder: Path) -> dict:
    ev, pol, pro = (last_json(folder / f"{n}.txt") for n in ("eval", "policy", "probes"))
    trial, unfitted = last_json(folder / "trial2.txt"), last_json(folder / "trial2u.txt")
    held = ev["splits"]["heldout"]
    clean = held.get("without_twins", {})  # absent from runs made before bench/twins.py
    return {
        "eval_answered_right": held["answered_right"],
        "eval_refused": held["refused"],
        "eval_answered_right_clean": clean.get("answered_right"),
        "eval_refused_clean": clean.get("refused"),
        "policy_tune": pol["splits"]["tune"]["passed"],
        "policy_heldout": pol["splits"]["heldout"]["passed"],
        "probe_files": {
            n: row["heldout"][0] for n, row in pro["files"].items() if "heldout" in row
        },
        "probe_clean": {
            n: row["heldout_clean"][0] for n, row in pro["files"].items() if "heldout_clean" in row
        },
        "trial_gold": trial["answer_has_gold"],
        "trial_refused_out": trial["refused_out_of_corpus"],
        "unfitted_refused_out": unfitted["refused_out_of_corpus"],
        "unfitted_questions": unfitted["ooc_questions"],
    }


def _held(figures: dict, name: str, clean: bool) -> int:
    return figures["probe_clean" if clean else "probe_files"][name]


def compare(base: dict, branch: dict) -> dict:
    """The rule's checks. A held-out figure is read without its questions that have a tune twin
    (bench/twins.py) when both runs report it so, and as a whole otherwise (older runs)."""
    files = base["probe_files"].keys() & branch["probe_files"].keys()
    both = base["probe_clean"].keys() & branch["probe_clean"].keys()
    moves = {n: _held(branch, n, n in both) - _held(base, n, n in both) for n in files}
    evals = [
        k
        for k in ("eval_answered_right", "eval_refused")
        if None not in (base[f"{k}_clean"], branch[f"{k}_clean"])
    ]
    checks = {
        "a": all(branch[k] >= base[k] for k in ("eval_answered_right", "eval_refused"))
        and all(branch[f"{k}_clean"] >= base[f"{k}_clean"] for k in evals),
        "b": sum(moves.values()) >= 2,
        "c": min([0, *moves.values()]) >= -1,
        "d": all(branch[k] >= base[k] for k in ("policy_tune", "policy_heldout")),
        "e": branch["trial_refused_out"] >= base["trial_refused_out"]
        and branch["trial_gold"] >= base["trial_gold"] - GOLD_SLACK,
        "f": branch["unfitted_refused_out"] >= base["unfitted_refused_out"],
    }
    return {
        "checks": checks,
        "keep": all(checks.values()),
        "probe_heldout_change": sum(moves.values()),
        "probe_files_moved": {n: d for n, d in sorted(moves.items()) if d},
        # a branch's own new probe set counts in (b) at main's figure on it, which the base run
        # lacks: measure main on it (`probes.py --only NAME --json`) and pass it as --base-probes
        "new_probe_sets": sorted(branch["probe_files"].keys() - base["probe_files"].keys()),
    }


def render(base: dict, branch: dict, verdict: dict) -> str:
    rows = [f"{'figure':<26} {'main':>8} {'branch':>8}"]
    for key in base:
        if key not in ("probe_files", "probe_clean"):
            shown = ["-" if v is None else v for v in (base[key], branch[key])]
            rows.append(f"{key:<26} {shown[0]:>8} {shown[1]:>8}")
    held = (sum(base["probe_files"].values()), sum(branch["probe_files"].values()))
    rows.append(f"{'probe_heldout_sum':<26} {held[0]:>8} {held[1]:>8}")
    if both := base["probe_clean"].keys() & branch["probe_clean"].keys():
        clean = [sum(f["probe_clean"][n] for n in both) for f in (base, branch)]
        rows.append(f"{'probe_heldout_clean_sum':<26} {clean[0]:>8} {clean[1]:>8}")
    rows.append(f"probe files moved: {verdict['probe_files_moved']}")
    if verdict["new_probe_sets"]:
        rows.append(
            f"not in the base run, so not in (b): {verdict['new_probe_sets']} (--base-probes)"
        )
    marks = " ".join(f"({k}) {'ok' if ok else 'FAILS'}" for k, ok in verdict["checks"].items())
    rows.append(f"{marks} -> {'KEEP' if verdict['keep'] else 'not kept'}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="measure this checkout")
    r.add_argument("--stores", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--dev", action="store_true", help="also CMRC dev (report only, long)")
    r.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the CMRC 2018 folder")
    c = sub.add_parser("compare", help="apply the keep rule to two runs")
    c.add_argument("base", type=Path)
    c.add_argument("branch", type=Path)
    c.add_argument(
        "--base-probes", type=Path, action="append", default=[],
        help="probes.py output of main on sets its run lacks (a branch's new set)",
    )  # fmt: skip
    c.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        return run(args.stores, args.out, args.dev, args.data)
    base, branch = figures(args.base), figures(args.branch)
    for extra in args.base_probes:  # main's figure on a branch's new probe set counts in (b)
        files = last_json(extra)["files"]
        base["probe_files"] |= {
            n: row["heldout"][0] for n, row in files.items() if "heldout" in row
        }
        base["probe_clean"] |= {
            n: row["heldout_clean"][0] for n, row in files.items() if "heldout_clean" in row
        }
    verdict = compare(base, branch)
    print(render(base, branch, verdict))
    if args.json:
        print(json.dumps(verdict, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Tests for answer verification: key facts, e5 similarity, grounding, markers and renumbering.

The labelled cases in tests/data/verify_cases.jsonl calibrated the thresholds in knowledge/verify.py;
run `python -m tests.test_verify` to print every case's scores against the current thresholds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.answering.llm import replies, verify
from knowledge.answering.llm.replies import MarkerStream, clean_reply, reply_sentences
from knowledge.answering.llm.verify import Verifier
from tests.conftest import ROOT
from tests.llm_stub import bundled_service, chunk_with

CASES = ROOT / "tests" / "data" / "verify_cases.jsonl"
PARK = "磨憨沿边产业园签约项目14个"
MEMBERS = "重点“飞地园区”,是指"


def load_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    return bundled_service(tmp_path_factory.mktemp("verify-store"))


@pytest.fixture(scope="module")
def verifier(svc) -> Verifier:
    return Verifier(svc.embeddings, svc.searcher.snapshot().index)


# ---- calibration set ---------------------------------------------------------------------------
def test_the_labelled_set_is_big_enough_and_balanced() -> None:
    cases = load_cases()
    assert len(cases) >= 30
    kinds = {c["kind"] for c in cases}
    assert {"paraphrase", "number", "name", "unrelated"} <= kinds
    assert 0.3 < sum(c["supported"] for c in cases) / len(cases) < 0.7


def test_every_case_gets_its_recorded_verdict_and_scores(svc, verifier) -> None:
    wrong = []
    for case in load_cases():
        (check,) = verifier.check(case["sentence"], [chunk_with(svc, case["cites"])])
        expected = case["supported"] != case["blind_spot"]
        if check.supported != expected:
            wrong.append((case["id"], check))
        assert check.similarity == pytest.approx(case["similarity"], abs=0.02), case["id"]
        assert check.grounding == pytest.approx(case["grounding"], abs=0.02), case["id"]
        assert list(check.missing) == case["missing"], case["id"]
    assert not wrong


def test_blind_spots_are_few_and_never_reject_a_correct_sentence() -> None:
    cases = load_cases()
    blind = [c for c in cases if c["blind_spot"]]
    assert all(not c["supported"] for c in blind)  # only missed inventions, no false alarms
    assert len(blind) <= 0.1 * len(cases)


def test_thresholds_separate_paraphrases_from_unrelated_claims() -> None:
    cases = load_cases()
    same = [c for c in cases if c["supported"] and not c["kind"].endswith("-en")]
    cross = [c for c in cases if c["supported"] and c["kind"].endswith("-en")]
    unrelated = [
        c for c in cases if c["kind"] == "unrelated" and not c["missing"] and not c["blind_spot"]
    ]
    assert min(c["similarity"] for c in same) >= verify.SIM_THRESHOLD
    assert min(c["grounding"] for c in same) >= verify.GROUNDING_MIN
    assert min(c["similarity"] for c in cross) >= verify.SIM_THRESHOLD_CROSS
    assert max(c["grounding"] for c in unrelated) < verify.GROUNDING_MIN


# ---- sentences against passages ----------------------------------------------------------------
def test_a_correct_cited_claim_is_supported(svc, verifier) -> None:
    park = chunk_with(svc, PARK)
    (check,) = verifier.check("磨憨沿边产业园签约项目14个，投资103.7亿元[1]。", [park])
    assert check.supported and check.cited == (1,) and not check.missing
    (_, span) = check.best[0]
    assert "投资103.7亿元" in park.chunk.text[span[0] : span[1]]


def test_an_invented_number_citing_a_real_passage_is_unsupported(svc, verifier) -> None:
    (check,) = verifier.check("磨憨沿边产业园签约项目40个[1]。", [chunk_with(svc, PARK)])
    assert not check.supported and check.missing == ("40",)


def test_a_true_claim_citing_the_wrong_passage_is_unsupported(svc, verifier) -> None:
    wrong = chunk_with(svc, MEMBERS)
    (check,) = verifier.check("磨憨沿边产业园签约项目14个，投资103.7亿元[1]。", [wrong])
    assert not check.supported and "103.7" in check.missing


def test_an_out_of_range_marker_is_an_error_not_a_citation(svc, verifier) -> None:
    passages = [chunk_with(svc, PARK), chunk_with(svc, MEMBERS)]
    ans = verifier.draft("磨憨沿边产业园签约项目14个[9]。", passages, {})
    (sentence,) = ans.sentences
    assert not sentence.supported and sentence.citations == ()
    assert ans.citations == [] and "[9]" not in ans.answer
    assert "[9]" in ans.notice


def test_citations_are_renumbered_by_first_use(svc, verifier) -> None:
    park, members = chunk_with(svc, PARK), chunk_with(svc, MEMBERS)
    reply = (
        "重点“飞地园区”是指中国老挝磨憨—磨丁经济合作区、沪滇临港昆明科技城[3]。"
        "磨憨沿边产业园签约项目14个[1]。两者都很重要[3][1]。"
    )
    ans = verifier.draft(reply, [park, chunk_with(svc, "5月10日"), members], {})
    assert [c.chunk_id for c in ans.citations] == [members.chunk.chunk_id, park.chunk.chunk_id]
    assert [c.marker for c in ans.citations] == [1, 2]
    assert ans.answer == reply.replace("[3]", "[X]").replace("[1]", "[2]").replace("[X]", "[1]")
    assert [s.citations for s in ans.sentences] == [(1,), (2,), (1, 2)]
    assert [s.supported for s in ans.sentences][:2] == [True, True]
    assert ans.mode == "llm" and ans.notice is None
    assert all(c.highlights for c in ans.citations)


def test_uncited_facts_are_unsupported_but_connectives_pass(svc, verifier) -> None:
    reply = "根据资料，情况如下：\n磨憨沿边产业园签约项目14个[1]。\n此外，园区还引进了40家企业。"
    checks = verifier.check(reply, [chunk_with(svc, PARK)])
    assert [c.supported for c in checks] == [True, True, False]
    assert checks[0].cited == () and checks[2].cited == ()


@pytest.mark.parametrize(
    ("sentence", "factual"),
    [("根据资料，情况如下：", False), ("In summary:", False), ("Here is what the documents say:", False),
     ("此外，园区还引进了40家企业。", True), ("这些措施将有力推动边境地区的发展。", True),
     ("The meeting was held in Kunming.", True), ("会议在昆明召开。", True)],
)  # fmt: skip
def test_what_counts_as_stating_a_fact(sentence: str, factual: bool) -> None:
    assert verify.is_factual(sentence, None) == factual


def test_markers_after_the_full_stop_belong_to_the_sentence_before(svc, verifier) -> None:
    reply = "磨憨沿边产业园签约项目14个。[1]\n投资103.7亿元。【1】"
    checks = verifier.check(reply, [chunk_with(svc, PARK)])
    assert [(c.text, c.cited, c.supported) for c in checks] == [
        ("磨憨沿边产业园签约项目14个。", (1,), True),
        ("投资103.7亿元。", (1,), True),
    ]


# ---- pure helpers (no model) -------------------------------------------------------------------
def test_clean_reply_unifies_markers_and_drops_thinking() -> None:
    raw = "<think>先想一想[7]</think>答案是14个【1】，另见[1, 2]和[2，3]。"
    assert clean_reply(raw) == "答案是14个[1]，另见[1][2]和[2][3]。"


def test_reply_sentences_drop_bullets_and_keep_markers() -> None:
    reply = "**要点：**\n1. 签约项目14个[1]。\n- 投资103.7亿元[2]。\n（2）人口约3.5万人[1]"
    assert reply_sentences(reply) == [
        "要点：",
        "签约项目14个[1]。",
        "投资103.7亿元[2]。",
        "人口约3.5万人[1]",
    ]


def test_marker_stream_matches_the_final_numbering_across_piece_boundaries() -> None:
    reply = "甲[3]。乙[1][3]。丙[9]。丁【1】。"
    stream = MarkerStream(n_passages=3)
    pieces = [stream.feed(ch) for ch in reply] + [stream.flush()]
    text = "".join(pieces)
    mapping = replies.renumbering(clean_reply(reply), 3)
    assert (
        text
        == replies.rewrite_markers(clean_reply(reply), mapping)
        == "甲[1]。乙[2][1]。丙。丁[2]。"
    )


def test_marker_stream_keeps_layout_and_plain_angle_brackets() -> None:
    stream = MarkerStream(2)
    pieces = ["第一段[2]。\n", "\n- 其次 a < b", "，见[", "1]。\n"]
    text = "".join(stream.feed(p) for p in pieces)
    assert text == "第一段[1]。\n\n- 其次 a < b，见[2]。\n" and stream.flush() == ""


def test_marker_stream_hides_thinking() -> None:
    stream = MarkerStream(2)
    text = (
        "".join(stream.feed(p) for p in ["<thi", "nk>考虑[2]</th", "ink>答[2]。"]) + stream.flush()
    )
    assert text == "答[1]。"


def test_key_facts_of_a_sentence() -> None:
    facts = verify.key_facts("5月8日印发的《办法》提到GDP增长6.5%，第七次会议在昆明召开。", None)
    assert facts[:1] == ["5月8日"]
    assert {"6.5", "7", "办法", "gdp", "昆明"} <= set(facts)
    assert "8" not in facts  # part of the date, checked as a whole


def test_numbers_match_by_value_not_by_substring() -> None:
    assert verify.missing_facts("签约项目14个。", "签约项目14个、投资103.7亿元", None) == []
    assert verify.missing_facts("签约项目4个。", "签约项目14个", None) == ["4"]
    assert verify.missing_facts("签约项目十四个。", "签约项目14个", None) == []
    assert verify.missing_facts("第九次会议。", "第七次会议", None) == ["9"]


def _report() -> None:
    """Print each labelled case's scores and verdict (for re-calibrating the thresholds)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        svc = bundled_service(Path(tmp))
        v = Verifier(svc.embeddings, svc.searcher.snapshot().index)
        for case in load_cases():
            (c,) = v.check(case["sentence"], [chunk_with(svc, case["cites"])])
            flag = "  " if c.supported == case["supported"] else "XX"
            print(
                f"{flag} {case['id']} {case['kind']:13} label={case['supported']!s:5} "
                f"sim={c.similarity:.3f} grounding={c.grounding:.2f} missing={list(c.missing)}"
            )


if __name__ == "__main__":
    _report()

"""Sentence splitting and chunk packing keep exact offsets and whole sentences."""

from knowledge.documents.chunking import chunk_text
from knowledge.text.sentences import split_sentences
from tests.conftest import ROOT

CORPUS = (ROOT / "corpus" / "mohan-meeting-2024-05-10.txt").read_text(encoding="utf-8")


def test_chunks_are_exact_slices_of_the_text():
    chunks = chunk_text(CORPUS, max_chars=240, overlap=1)
    assert len(chunks) > 5
    for c in chunks:
        assert CORPUS[c.start : c.end] == c.text
        assert len(c.text) <= 240
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_chunks_never_split_inside_a_sentence():
    chunks = chunk_text(CORPUS, max_chars=240, overlap=1)
    sentence_ends = {e for _, e in split_sentences(CORPUS)}
    sentence_starts = {s for s, _ in split_sentences(CORPUS)}
    for c in chunks:
        assert c.start in sentence_starts and c.end in sentence_ends


def test_overlap_repeats_one_sentence():
    text = "".join(f"这是第{i}个句子，内容稍微长一些以便测试。" for i in range(20))
    chunks = chunk_text(text, max_chars=80, overlap=1)
    for a, b in zip(chunks, chunks[1:]):
        assert b.start < a.end  # the last sentence of a starts b
        assert text[b.start : a.end].endswith("。")


def test_overlong_sentence_is_cut_at_commas_within_bound():
    text = "，".join(["很长的从句内容"] * 60) + "。"
    chunks = chunk_text(text, max_chars=100, overlap=0)
    assert all(len(c.text) <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == text

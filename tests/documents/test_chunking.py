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


# ---- chunks along a structure ------------------------------------------------------------------
def _policy(name: str):
    from knowledge.documents.cleaning import clean_text
    from knowledge.documents.structure import parse

    text = clean_text((ROOT / "tests/data/policy" / name).read_text(encoding="utf-8")).text
    return text, parse(text)


def _articles(text, st):
    return [(s.start, s.end) for s in st.sections if s.kind == "条"]


def test_an_article_is_one_chunk_with_its_path_and_a_chapter_heading_goes_with_its_first():
    from knowledge.documents.chunking import chunk_structure

    text, st = _policy("qinghe-feidi-banfa.txt")
    chunks = chunk_structure(text, st, 240, 1)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(text[c.start : c.end] == c.text and len(c.text) <= 240 for c in chunks)
    tenth = next(c for c in chunks if c.section == "第三章 利益分享机制 › 第十条")
    assert tenth.text.startswith("第十条") and tenth.text.endswith("3月31日前拨付到位。")
    seventh = next(c for c in chunks if c.section == "第三章 利益分享机制 › 第七条")
    assert seventh.text.startswith("第三章　利益分享机制\n\n第七条")
    assert chunks[0].section is None and chunks[0].text.startswith("青禾市人民政府办公室文件")
    sections = [c.section for c in chunks]
    assert "附件2 青禾市飞地园区收益分配测算表" in sections and sections[-1] == "版记"
    covered = "".join(text[c.start : c.end] for c in chunks)
    assert "".join(covered.split()) == "".join(text.split())  # every character, once


def test_a_long_article_is_cut_at_its_clauses_and_no_chunk_crosses_an_article():
    from knowledge.documents.chunking import chunk_structure

    text, st = _policy("qinghe-feidi-banfa.txt")
    chunks = chunk_structure(text, st, 50, 1)
    assert all(text[c.start : c.end] == c.text for c in chunks)
    for c in chunks:
        inside = [a for a in _articles(text, st) if a[0] < c.end and c.start < a[1]]
        assert len(inside) <= 1, c.section
    tenth = [c for c in chunks if c.section and "第十条" in c.section]
    assert [c.section.split(" › ")[-1] for c in tenth] == ["第十条", "第二款", "第三款"]
    assert tenth[1].text.startswith("飞入地取得的土地出让收入")


def test_outline_sections_that_fit_are_one_chunk():
    from knowledge.documents.chunking import chunk_structure

    text, st = _policy("qinghe-feidi-tongzhi.txt")
    chunks = chunk_structure(text, st, 240, 1)
    assert [c.section for c in chunks if c.section] == [
        "一、提高思想认识",
        "二、抓好重点任务",
        "三、加强督促检查",
        "版记",
    ]
    small = chunk_structure(text, st, 80, 1)
    assert "二、抓好重点任务 › （一）做好项目备案 › 1．建立台账" in [c.section for c in small]
    assert all(text[c.start : c.end] == c.text for c in small)


def test_a_lone_title_line_goes_with_the_first_article():
    from knowledge.documents.chunking import chunk_structure
    from knowledge.documents.structure import parse

    text = "青禾市园区仓库管理规定\n第一条 仓库每月检查一次。\n第二条 检查结果报园区管委会。"
    chunks = chunk_structure(text, parse(text), 240, 1)
    assert [(c.text.split("\n")[0], c.section) for c in chunks] == [
        ("青禾市园区仓库管理规定", "第一条"),
        ("第二条 检查结果报园区管委会。", "第二条"),
    ]

from __future__ import annotations

import sys

import pytest

from knowledge.text import pos_viterbi
from knowledge.text.tokens import pos_tags

# questions and document sentences with runs jieba's dictionary lacks (names, colloquial glue,
# English, numbers), where the tagger decodes: each must come out as jieba's own decoding has it
TEXTS = [
    "磨憨沿边产业园签约了多少个项目？",
    "卖地的钱两边怎么分？",
    "潘仕成逝世的时间是",
    "蓝线裸顶鲷的身体是什么颜色的",
    "王法慧是谁的女儿",
    "钱要县为钱来干得这摊哪类",
    "飞出地和飞入地按照七比三的比例分享",
    "《卡拉OK.LIVE！‧台北‧我》是一张专辑",
    "阿若憍陈如在五人之中最早开悟",
    "星澜计划专项资金的编号是XL-2024-0917吗",
    "噶玛兰族旧称葛玛兰",
    "嘞",
    "",
]


def _jieba():
    import jieba.posseg  # noqa: F401 (loads the tables)

    from knowledge.text.tokens import jieba_module

    jieba_module()
    posseg = sys.modules["jieba.posseg"]
    return sys.modules["jieba.posseg.viterbi"].viterbi, posseg


def _runs(text: str) -> list[str]:
    """The runs jieba decodes when it tags `text`: every substring of its Han characters
    (more than the tagger itself hands over, so the decoder meets many shapes)."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    s = "".join(han)
    return [s[i:j] for i in range(len(s)) for j in range(i + 1, min(len(s), i + 8) + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_decoding_equals_jiebas_own_path_and_probability(text: str) -> None:
    original, posseg = _jieba()
    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    for run in _runs(text):
        assert pos_viterbi.decode(run, *tables) == original(run, *tables)


def test_the_tagger_decodes_with_it_and_tags_as_before() -> None:
    original, posseg = _jieba()
    text = "潘仕成逝世的时间是哪一年，噶玛兰族旧称什么"
    tags = pos_tags(text)
    assert posseg.viterbi is pos_viterbi.decode  # installed by the first tagging
    posseg.viterbi = original
    try:
        plain = [(p.word, p.flag) for p in posseg.lcut(text)]
    finally:
        posseg.viterbi = pos_viterbi.decode
    assert [(t.word, t.flag) for t in tags] == plain

"""subject.py: whether the chosen document speaks of the question's subject at all."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking import closeness
from knowledge.answering.checking.subject import head, speaks_of, spoken_of, words
from knowledge.answering.evidence import Evidence
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk

# a fictional report: two chunks of one document
FIRST = "青河实验小学9月开学，首批招收学生860名。高峰时段货车平均通关时间压缩到2小时以内。"
SECOND = "在溪口村小组，帮扶单位建起了茶叶加工线，村里的茶叶从“论斤卖”变成了“按盒卖”。"


def test_the_head_is_what_stands_before_de_shi_you_zai() -> None:
    assert head("溪口村的茶叶现在是怎么卖的？").strip() == "溪口村"
    assert "货车" in head("高峰期货车过关要等多长时间？")  # no 的: the whole question


def test_subject_words_are_the_head_nouns_and_names_cut_apart() -> None:
    # the frame (过关, 要等) is no subject; 高峰期 and 货车 are
    assert words("高峰期货车过关要等多长时间？") == ["高峰期", "货车"]
    # a name jieba does not know comes out in single characters: joined again
    assert "涞滩镇" in words("涞滩镇的古寨门建于哪一年？")
    assert words("青河第一中学是几月开的学？")[-1] == "中学"
    assert words("那家做茶叶的企业，负责人叫啥？") == ["茶叶"]


def test_spoken_of_literally_or_without_a_last_character() -> None:
    text = FIRST + SECOND
    assert spoken_of(["高峰期", "货车"], text)  # 高峰 of 高峰时段
    assert spoken_of(["溪口村"], text)
    assert not spoken_of(["曼庄村"], text)  # a village the document never names
    assert not spoken_of(["青河", "中学"], text)  # its school is a 小学
    assert not spoken_of([], text)
    assert spoken_of(["县区"], "各县（市）区人民政府")  # a short insertion


def _evidence(confidence: float, sentence: str) -> Evidence:
    first = Chunk("c1", "d1", 0, 0, len(FIRST), FIRST, title="边境村寨的这一年")
    second = Chunk("c2", "d1", 1, len(FIRST), len(FIRST) + len(SECOND), SECOND)
    chunk = first if sentence in FIRST else second
    start = chunk.text.index(sentence)
    cand = Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)
    doc = DocumentInfo("d1", "边境村寨的这一年", "report.txt", 2, "2026-01-01")
    found = SimpleNamespace(index=SimpleNamespace(df={}), tokens=[])  # words no document uses
    chunks = {"d1": [first, second]}
    return Evidence(found, [], {"d1": doc}, [cand], "zh", {}, confidence, {}, doc_chunks=chunks.get)


def test_the_chosen_documents_other_chunks_count() -> None:
    ev = _evidence(0.05, "高峰时段货车平均通关时间压缩到2小时以内。")
    assert speaks_of("溪口村的茶叶现在怎么卖？", ev)  # in the document's second chunk
    assert not speaks_of("曼庄村的茶叶现在怎么卖？", ev)


def test_below_the_bar_a_question_whose_subject_the_document_speaks_of_is_answered() -> None:
    sentence = "高峰时段货车平均通关时间压缩到2小时以内。"
    assert closeness.LOW < 0.05 < closeness.BAR
    # every kind asked carried, nothing missing, the subject (高峰期, 货车) spoken of
    assert closeness.answer_anyway("高峰期货车过关要等多长时间？", _evidence(0.05, sentence))
    # the same words about a school the document never names: not answered below the bar
    school = "青河实验小学9月开学，首批招收学生860名。"
    assert closeness.answer_anyway("青河实验小学是几月开的学？", _evidence(0.05, school))
    assert not closeness.answer_anyway("青河第一中学是几月开的学？", _evidence(0.05, school))
    # below LOW nothing is answered
    assert not closeness.answer_anyway("高峰期货车过关要等多长时间？", _evidence(0.001, sentence))


def test_a_question_asking_no_kind_needs_what_it_asks_of_the_subject_too() -> None:
    sentence = "在溪口村小组，帮扶单位建起了茶叶加工线，村里的茶叶从“论斤卖”变成了“按盒卖”。"
    assert words("溪口村的加工线是谁建的？", owned_too=True) == ["溪口村", "加工线"]
    # 什么 asks for no kind: answered below the bar when the document has 溪口村 and 茶叶
    assert closeness.answer_anyway("溪口村的茶叶现在怎么卖？", _evidence(0.05, sentence))
    # 污水处理厂 asked of 溪口村: the document never speaks of one
    assert not closeness.answer_anyway("溪口村的污水处理厂建在哪里？", _evidence(0.05, sentence))


def test_a_subject_in_everyday_words_is_spoken_of_in_the_documents_terms() -> None:
    # fictional report: 老板 is written 负责人 (text/vernacular.py)
    text = "青河一家茶叶企业的负责人说，他们计划明年新建一座仓库。"
    assert spoken_of(["茶叶", "老板"], text)
    assert not spoken_of(["茶叶", "工人"], text)


def test_an_askers_verb_cut_into_characters_names_nothing() -> None:
    # 去/交 and 跑/到: the asker's verbs cut apart, each character read alone a verb: no subject
    assert words("到溪口村去交茶叶的农户有多少？") == ["溪口村", "茶叶"]
    assert words("高峰期跑到口岸的货车要等多长时间？", owned_too=True) == ["高峰期", "货车"]
    # a name cut apart holds a character read alone as a noun or a name's piece (滩, 憨): joined
    assert words("涞滩镇的古寨门建于哪一年？") == ["涞滩镇"]
    assert words("磨憨站的副站长是谁？") == ["磨憨站"]
    assert spoken_of(words("到溪口村去交茶叶的农户有多少？"), FIRST + SECOND)


def test_below_the_bar_a_cut_verb_does_not_hide_the_subject_a_name_still_does() -> None:
    school = "青河实验小学9月开学，首批招收学生860名。"
    # 跑到 is no word of the document: read as a subject word, it kept the question unanswered
    assert closeness.answer_anyway(
        "跑到青河实验小学的首批学生是几月开的学？", _evidence(0.05, school)
    )
    # the same words about a school the document never names: not answered below the bar
    assert not closeness.answer_anyway(
        "跑到青河第一中学的首批学生是几月开的学？", _evidence(0.05, school)
    )


def test_a_cut_verb_ending_in_a_surname_before_a_short_noun_may_be_a_persons_name() -> None:
    # 张 is read alone as a measure word, yet is a surname: 长/张 + 松林 may be 院长张松林
    assert words("长张松林是哪里人？") == ["长张", "松林"]
    assert "跑到" not in words("跑到青河实验小学的首批学生是几月开的学？")


def test_a_referring_word_is_spoken_of_where_the_document_names_its_referents() -> None:
    text = "岭泉市与雾溪县共同出资设立规模5亿元的园区产业引导基金。"
    assert spoken_of(["两地"], text)
    assert not spoken_of(["两地"], text, "除了这两地，还有哪个县加入了园区？")
    assert not spoken_of(["两地"], "园区产业引导基金规模5亿元。")

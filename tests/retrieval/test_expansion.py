"""English questions over Chinese documents: their words' Chinese terms on the keyword side."""

import pytest

from knowledge.retrieval.expansion import cross_coverage, expand
from knowledge.text.normalise import normalise
from tests.conftest import make_service

QUESTION = "How many tonnes of blueberries did the Qingxi cooperative harvest?"
BLUEBERRIES = "青溪镇蓝莓合作社今年收获蓝莓三百吨，全部销往上海。"
DOCS = {
    "青溪镇蓝莓": f"青溪镇发展特色农业。\n{BLUEBERRIES}\n合作社还新建了两座冷库。",
    "桐川港": "桐川港今年新开通三条轮渡航线。\n港口码头完成了扩建，货运量增长一成。",
    "灯塔": "海岛灯塔去年完成修缮，由县文旅局负责管理。\n修缮工程投入资金八十万元。",
    "press release": (
        "The cooperative in Riverside harvested apples this year. The cooperative said the "
        "harvest was good. Riverside cooperative members harvested and sold apples in town."
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    svc = make_service(tmp_path_factory.mktemp("store"), embedding={"provider": "fake"})
    for title, text in DOCS.items():
        svc.add_text(text, title)
    return svc


def test_english_words_map_to_the_index_terms(service):
    snap = service.searcher.snapshot()
    groups = expand(
        QUESTION,
        snap.index,
        lambda: [normalise(c.text) for c in snap.chunks],
    )
    assert "蓝莓" in groups["blueberries"]
    assert "合作社" in groups["cooperative"]
    assert "收获" in groups["harvest"]
    assert set(groups["qingxi"]) <= {"青溪", "青", "溪"} and groups["qingxi"]  # by pinyin
    assert groups["tonnes"] == []  # no term of the corpus: nothing invented
    text = normalise(BLUEBERRIES)
    assert cross_coverage(groups, snap.index, text) > 0.5  # tonnes: no term, its weight lost
    assert cross_coverage(groups, snap.index, normalise(DOCS["灯塔"])) == 0.0


def test_english_question_finds_the_chinese_passage_by_keywords(service):
    result = service.searcher.search(QUESTION)
    hit = next(h for h in result.hits if BLUEBERRIES in h.chunk.text)
    assert result.hits.index(hit) <= 1  # beside the English document, which shares two words
    assert hit.lexical is not None  # found on the keyword side (the fake vectors know nothing)


def test_english_question_is_answered_from_the_chinese_document(tmp_path):
    svc = make_service(tmp_path / "store")  # the bundled e5
    for title, text in DOCS.items():
        svc.add_text(text, title)
    answer = svc.ask(QUESTION)
    assert "三百吨" in answer.answer and not answer.abstained


def test_chinese_question_gets_no_expansion(service):
    assert service.searcher.search("蓝莓收获了多少？").expansion == {}


def test_a_term_counts_through_its_words_only_when_the_index_has_them_all(monkeypatch):
    """国家公园 ("national park") is two words, 国家 and 公园: a corpus with 国家 but no 公园
    must not search 国家 for "park" — a part is not a translation."""
    from knowledge.retrieval import expansion
    from knowledge.retrieval.bm25 import LexicalIndex
    from knowledge.text.crosslingual import build

    d = build(["国家公园 国家公园 [guo2 jia1 gong1 yuan2] /national park/"])
    monkeypatch.setattr(expansion, "dictionary", lambda: d)
    texts = ["国家级开发区新签项目。", "港口新开航线。", "灯塔完成修缮。"]
    assert expand("Which park?", LexicalIndex(texts), lambda: texts)["park"] == []
    texts += ["城市公园免费开放。", "湿地建设完成。"]
    groups = expand("Which park?", LexicalIndex(texts), lambda: texts)
    assert set(groups["park"]) == {"国家", "公园"}


def test_a_words_terms_are_worked_out_once_per_index(monkeypatch, tmp_path):
    """Warm English questions cost no dictionary scan: a word's terms are kept per index
    (and the chunk texts read once for the names), and a new index works them out anew."""
    from knowledge.retrieval import expansion

    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    for title, text in DOCS.items():
        service.add_text(text, title)
    snap = service.searcher.snapshot()
    reads, lookups = [], []
    real = expansion.dictionary

    def texts():
        reads.append(1)
        return [normalise(c.text) for c in snap.chunks]

    def counted():
        lookups.append(1)
        return real()

    monkeypatch.setattr(expansion, "dictionary", counted)
    first = expand(QUESTION, snap.index, texts)
    asked = len(lookups)
    assert asked and expand(QUESTION, snap.index, texts) == first
    assert len(lookups) == asked and len(reads) == 1  # the second time: nothing looked up

    other = make_service(tmp_path / "other", embedding={"provider": "fake"})
    for title in ("桐川港", "灯塔"):
        other.add_text(DOCS[title], title)
    other.add_text("青溪镇的蓝莓今年丰收。", "青溪镇")  # no 合作社 in this store
    fresh = other.searcher.snapshot()
    groups = expand(QUESTION, fresh.index, lambda: [normalise(c.text) for c in fresh.chunks])
    assert len(lookups) > asked  # another index: worked out for it
    assert "蓝莓" in groups["blueberries"] and "合作社" not in groups["cooperative"]


def test_a_common_term_is_kept_and_weighs_by_its_idf():
    """合作社 in every chunk is still what "cooperative" means: it is kept (the sentence with the
    figure needs it), and the keyword search weighs it below a rarer term."""
    from knowledge.retrieval.bm25 import LexicalIndex

    texts = ["合作社收获蓝莓。", "合作社新建冷库。", "合作社开通航线。"]
    index = LexicalIndex(texts)
    groups = expand("Did the cooperative harvest blueberries?", index, lambda: texts)
    assert groups["cooperative"] == ["合作社"] and groups["blueberries"] == ["蓝莓"]
    assert index.idf("合作社") < index.idf("蓝莓")
    assert index.search(groups["cooperative"] + groups["blueberries"], 3)[0][0] == 0
    common = cross_coverage(groups, index, normalise(texts[1]))  # 合作社 only
    assert 0 < common < cross_coverage(groups, index, normalise(texts[0]))


def test_a_word_held_in_english_weighs_as_its_chinese_term():
    """An English release's sentence holding "cooperative" and "harvest" is credited as a
    Chinese one holding 合作社 and 收获: the English word is rare because few documents are in
    English, and its own idf put the release's sentence ahead of the Chinese fact."""
    from knowledge.retrieval.bm25 import LexicalIndex

    texts = [
        "合作社收获蓝莓三百吨。",
        "合作社新建冷库。",
        "合作社收获了苹果。",
        "The cooperative held a harvest fair.",
    ]
    index = LexicalIndex([normalise(t) for t in texts])
    groups = {"cooperative": ["合作社"], "harvest": ["收获"]}
    english = cross_coverage(groups, index, normalise(texts[3]))
    assert english == pytest.approx(cross_coverage(groups, index, normalise(texts[0])))
    assert index.idf("cooperative") > index.idf("合作社")  # its own weight would be more


def test_a_words_sense_is_the_one_written_beside_the_other_words(monkeypatch):
    """ "signed" glosses 签署 exactly and 签约 only as part of "sign a contract": the corpus
    writes 签约 beside 项目, so 签约 is the sense kept (签署 stands alone in it)."""
    from knowledge.retrieval import expansion
    from knowledge.retrieval.bm25 import LexicalIndex
    from knowledge.text.crosslingual import build

    d = build(
        [
            "簽署 签署 [qian1 shu3] /to sign (an agreement)/",
            "指標 指标 [zhi3 biao1] /sign; indicator/",
            "簽約 签约 [qian1 yue1] /to sign a contract or agreement/",
            "項目 项目 [xiang4 mu4] /item; project/",
        ]
    )
    monkeypatch.setattr(expansion, "dictionary", lambda: d)
    texts = [
        "青溪园区签约项目12个。",
        "青溪园区今年签约项目5个，投资3亿元。",
        "双方签署备忘录。",
        "统计指标按季度报送。",
        "渔港完成修缮。",
    ]
    groups = expand("How many projects were signed?", LexicalIndex(texts), lambda: texts)
    assert groups["signed"][0] == "签约"
    assert groups["projects"] == ["项目"]


def test_a_phrase_is_looked_up_before_its_words(monkeypatch):
    """ "fixed-asset" is 固定资产 and "management committee" 管委会 (whole glosses of the
    phrase); "cold-chain" is 冷链, one character for each word."""
    from knowledge.retrieval import expansion
    from knowledge.retrieval.bm25 import LexicalIndex
    from knowledge.text.crosslingual import build

    d = build(
        [
            "固定資產 固定资产 [gu4 ding4 zi1 chan3] /fixed assets/",
            "管委會 管委会 [guan3 wei3 hui4] /management committee/",
            "冷 冷 [leng3] /cold/",
            "鏈 链 [lian4] /chain/",
        ]
    )
    monkeypatch.setattr(expansion, "dictionary", lambda: d)
    monkeypatch.setattr(
        expansion, "characters", lambda w: {"cold": ["冷"], "chain": ["链"]}.get(w, [])
    )
    texts = [
        "固定资产投资不低于每亩150万元。",
        "园区管委会负责审批。",
        "冷链物流中心开工。",
        "渔港修缮。",
    ]
    index = LexicalIndex(texts)
    q = "What fixed-asset investment does the management committee require of a cold-chain plant?"
    groups = expand(q, index, lambda: texts)
    assert "固定资产" in groups["fixed-asset"]
    assert "管委会" in groups["management"] and "管委会" in groups["committee"]
    assert groups["cold-chain"] == ["冷链"]


def test_a_name_in_two_words_is_read_by_its_pinyin():
    """ "Zhang Li" is the corpus's 张立: the two capitalised words are read as one name."""
    from knowledge.retrieval.bm25 import LexicalIndex

    texts = ["管委会副主任张立出席发布会。", "渔港修缮完成。", "园区新签项目。"]
    groups = expand("Who is Zhang Li?", LexicalIndex(texts), lambda: texts)
    assert groups["zhang"] == ["张立"] and groups["li"] == ["张立"]


def test_the_share_from_weights_worked_out_once_is_the_coverage() -> None:
    from knowledge.retrieval.bm25 import LexicalIndex
    from knowledge.retrieval.expansion import cross_share, cross_weights

    index = LexicalIndex(["磨憨口岸 货运量", "合作社 项目", "园区 项目 签约"])
    groups = {"projects": ["项目"], "signed": ["签约", "签署"], "mohan": [], "port": ["口岸"]}
    weights = cross_weights(groups, index)
    for text in ("园区签约项目14个", "磨憨口岸", "projects signed", ""):
        assert cross_share(weights, text) == cross_coverage(groups, index, text)

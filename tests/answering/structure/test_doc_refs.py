"""A question pointing at a document by its date or kind prefers that document's sentences."""

from __future__ import annotations

from knowledge.answering.structure.doc_refs import (
    _asked_part,
    _bare,
    _named,
    asked_policy,
    by_title,
    passages,
    referenced,
)
from knowledge.schema import DocumentInfo, IssuedPart, ScoredChunk
from tests.conftest import make_service


def _reports(tmp_path):
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    texts = {
        "may.txt": "青河园区春季进展\n2024-05-12　来源：青河日报\n青河园区累计签约项目已达14个。\n",
        "oct.txt": "青河园区秋季进展\n2024-10-15　来源：青河日报\n青河园区累计签约项目已达32个。\n",
        "faq.txt": "青河园区常见问题解答\n更新日期：2025年5月20日\n园区签约项目实行季度统计。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    svc.ingest_paths([tmp_path / name for name in texts])
    return svc


def test_the_documents_a_question_points_at(tmp_path) -> None:
    svc = _reports(tmp_path)
    snap = svc.searcher.snapshot()
    titles = {d: snap.docs[d].title for d in snap.live}

    def named(question: str) -> set[str]:
        return {titles[d] for d in referenced(question, snap)}

    assert named("2024年10月那篇报道说，青河园区签约了多少个项目？") == {"青河园区秋季进展"}
    assert named("According to the May 2024 article, how many projects were signed?") == {
        "青河园区春季进展"
    }
    assert named("常见问题里说签约项目怎么统计？") == {"青河园区常见问题解答"}
    assert named("青河园区签约了多少个项目？") == set()  # no reference: no preference
    assert named("《青河园区秋季进展》说签约了多少个项目？") == set()  # a title: read elsewhere


def test_the_document_asked_by_its_date_gives_the_best_sentence(tmp_path) -> None:
    svc = _reports(tmp_path)
    for question, title, figure in [
        ("2024年10月那篇报道说，青河园区累计签约了多少个项目？", "青河园区秋季进展", "32个"),
        ("2024年5月那篇报道说，青河园区累计签约了多少个项目？", "青河园区春季进展", "14个"),
    ]:
        ev = svc.pipeline.evidence(question)
        best = max(ev.chosen, key=lambda c: c.score)
        assert ev.docs[best.hit.chunk.doc_id].title == title and figure in best.text
        answer = svc.ask(question)
        assert not answer.abstained and figure in answer.answer


def test_a_policy_named_by_its_type_and_title_words() -> None:
    """「利益分享办法」 names 「…利益分享管理办法」 (管理 left out), not its 实施细则 nor a 解读;
    a notice is named by the document it issues; 「新办法」 names none."""

    def doc(title: str, *parts: str) -> DocumentInfo:
        issued = tuple(IssuedPart(n, t, "办法", None, 0, 1) for n, t in enumerate(parts, 1))
        return DocumentInfo("d", title, "d.txt", 1, "", parts=issued)

    q = "旧版利益分享办法规定的土地出让收入分享比例是多少？"
    assert _named(q, doc("青禾市飞地园区利益分享管理办法"))
    assert not _named(q, doc("青禾市飞地园区利益分享管理办法实施细则"))
    assert not _named(q, doc("《青禾市飞地园区利益分享管理办法》政策解读"))
    notice = doc("桐川县人社局关于印发修订后管理办法的通知", "桐川县就业见习管理办法")
    assert _named("按照就业见习管理办法，补助按什么标准发？", notice)
    assert not _named("新办法有什么变化？", doc("青禾市飞地园区利益分享管理办法"))


def test_only_documents_naming_a_policy_are_read_for_one_named() -> None:
    """`_policies` keeps, in order, the documents whose title (or an issued part's) ends in a
    policy's 文种: the only ones `_named` can find; read once per list."""
    from knowledge.answering.structure.doc_refs import _policies

    docs = [
        DocumentInfo(i, t, f"{i}.txt", 1, "")
        for i, t in [
            ("a", "青禾市飞地园区利益分享管理办法"),
            ("b", "磨憨口岸年终盘点"),
            ("c", "青禾市飞地园区利益分享管理办法实施细则"),
        ]
    ]
    assert [d.doc_id for d in _policies(docs)] == ["a", "c"]
    assert _policies(docs) is _policies(docs)
    q = "利益分享办法规定的比例是多少？"
    assert [d for d in docs if _named(q, d)] == [d for d in _policies(docs) if _named(q, d)]


def test_a_policy_named_by_its_type_alone() -> None:
    """「办法规定…」「修订后的办法」「《办法》第十二条」 name the 办法 by its 文种 alone (as a 细则
    abbreviates it); a word before it that is part of another name (退出办法), a question about
    what changed or why, or one pointing at a 解读, name none."""
    assert _bare("办法规定联合管理委员会多久开一次会？") == {"办法"}
    assert _bare("修订后的办法里飞入地负责哪些事？") == {"办法"}
    assert _bare("《办法》第十二条规定由哪些部门考核？") == {"办法"}
    assert _bare("按照管理办法，备案期限是多久？") == {"办法"}
    assert _bare("细则对形式审查给了多长时间？") == {"细则"}
    assert _bare("共建协议的退出办法怎么写？") == set()
    assert _bare("新办法有什么变化？") == set()
    assert _bare("解读里说《办法》一共有几章？") == set()


def test_a_type_alone_names_the_current_documents_of_that_type(tmp_path) -> None:
    svc = make_service(tmp_path / "s", embedding={"provider": "fake"})
    texts = {
        "banfa.txt": "桐川县见习补贴管理办法\n\n第一条　见习补贴按月发放。\n",
        "xize.txt": "桐川县见习补贴管理办法实施细则\n\n第一条　补贴申领每季度受理一次。\n",
        "jiedu.txt": "《桐川县见习补贴管理办法》政策解读\n\n《办法》规定见习补贴按月发放。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    svc.ingest_paths([tmp_path / name for name in texts])
    snap = svc.searcher.snapshot()
    ids = {snap.docs[d].source: d for d in snap.live}
    from knowledge.answering.structure.doc_refs import named

    assert named("办法规定补贴怎么发？", snap) == {ids["banfa.txt"]}
    assert named("细则规定多久受理一次？", snap) == {ids["xize.txt"]}
    # what a 解读 says told first, what the 办法 itself says asked after: the 办法 is named
    assert referenced("解读说见习补贴有调整，办法原文规定补贴怎么发？", snap) == {ids["banfa.txt"]}
    assert named("解读说见习补贴有调整，办法原文规定补贴怎么发？", snap) == {ids["banfa.txt"]}
    assert referenced("解读里说补贴怎么发？", snap) == {ids["jiedu.txt"]}


def test_the_policy_asked_after_what_a_jiedu_says() -> None:
    """The clause after 「解读说…」 is what is asked when it names a policy by its 文种; the
    解读's own words before it are no part of what the article must hold."""
    q = "解读说土地收入的大头给了飞出地，办法规定飞出地拿几成？"
    assert _asked_part(q) == "办法规定飞出地拿几成？"
    assert asked_policy(q) == "办法规定飞出地拿几成？"
    assert _asked_part("解读说土地收入的大头给了飞出地，具体拿几成？") is None  # no policy asked
    assert _asked_part("解读里说，办法一共有几章？") is None  # nothing told before the turn
    assert _asked_part("办法规定飞出地拿几成？") is None
    assert asked_policy("办法规定飞出地拿几成？") == "办法规定飞出地拿几成？"


def test_the_policy_asked_after_a_jiedu_is_cited(tmp_path) -> None:
    """「解读说…，办法规定…」 quotes and cites the 办法's article, not the 解读 retelling it."""
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    texts = {
        "banfa.txt": "桐川县见习补贴管理办法\n\n第一条　见习补贴标准为每人每月二千元。\n"
        "第二条　见习期限最长十二个月。\n第三条　本办法自公布之日起施行。\n",
        "jiedu.txt": "《桐川县见习补贴管理办法》政策解读\n\n一、主要内容\n"
        "新办法较原办法提高了见习补贴的补助水平。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    svc.ingest_paths([tmp_path / name for name in texts])
    answer = svc.ask("解读说补助水平提高了，办法规定见习补贴每人每月多少钱？")
    assert not answer.abstained and "二千元" in answer.answer
    assert answer.citations[0].source == "banfa.txt"


def test_a_report_pointed_at_by_its_title_words(tmp_path) -> None:
    svc = _reports(tmp_path)
    snap = svc.searcher.snapshot()
    docs = snap.in_reach

    def titles(question: str) -> set[str]:
        return {d.title for d in by_title(question, docs)}

    assert titles("秋季进展那篇说，青河园区签约了多少个项目？") == {"青河园区秋季进展"}
    assert titles("那篇写春季进展的报道里，园区签约了多少个？") == {"青河园区春季进展"}
    assert titles("讲常见问题的那篇文章说签约项目怎么统计？") == {"青河园区常见问题解答"}
    # words every title has (青河园区) point at none; no reference, none
    assert titles("青河园区那篇说签约了多少个项目？") == set()
    assert titles("青河园区签约了多少个项目？") == set()
    named = {snap.docs[d].title for d in referenced("秋季进展那篇说，签约了多少个？", snap)}
    assert named == {"青河园区秋季进展"}


def test_a_document_pointed_at_joins_the_passages_weighed(tmp_path) -> None:
    svc = _reports(tmp_path)
    snap = svc.searcher.snapshot()
    by_name = {snap.docs[d].title: d for d in snap.live}
    autumn, faq = by_name["青河园区秋季进展"], by_name["青河园区常见问题解答"]
    pool = [ScoredChunk(c, 1.0) for c in snap.chunks_of(faq)]
    added = passages(frozenset({autumn}), pool, [], ["签约"], snap.chunks_of)
    assert added and {h.chunk.doc_id for h in added} == {autumn}
    # a document already weighed is left as ranked; no reference, nothing
    assert passages(frozenset({faq}), pool, [], ["签约"], snap.chunks_of) == []
    assert passages(frozenset(), pool, [], ["签约"], snap.chunks_of) == []

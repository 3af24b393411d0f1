"""A question pointing at a document by its date or kind prefers that document's sentences."""

from __future__ import annotations

from knowledge.answering.doc_refs import _named, referenced
from knowledge.schema import DocumentInfo, IssuedPart
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

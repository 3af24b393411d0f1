"""Versions of the documents a notice issues: the 办法 a notice carries — after its 落款 or as
附件, under a notice title that does not name it — is a version under its own title, and a
notice issuing two documents has a row for each (own title, 文种, 施行 date, status), each a
version on its own (fixtures fictional, written for these tests)."""

from __future__ import annotations

from knowledge.documents.loaders import load_bytes
from knowledge.ingestion.plan import Planned, plan
from knowledge.schema import DocumentInfo, Scope
from knowledge.settings import IngestSettings
from knowledge.storage.versions import history, listing, resolve

HEAD = "桐川县人力资源和社会保障局文件\n\n桐人社发〔{year}〕{n}号\n\n"
SIGNED = "\n\n桐川县人力资源和社会保障局\n{date}\n\n"
RULES = "第一条　为规范就业见习工作，制定本办法。\n\n第二条　见习期限一般为三至{months}个月。\n\n"
OLD = (
    HEAD.format(year=2024, n=9)
    + "桐川县人力资源和社会保障局关于印发《桐川县就业见习管理办法》的通知\n\n各乡镇人民政府：\n"
    + "现将《桐川县就业见习管理办法》印发给你们，请认真贯彻执行。"
    + SIGNED.format(date="2024年3月18日")
    + "桐川县就业见习管理办法\n\n"
    + RULES.format(months="六")
    + "第三条　本办法自2024年4月1日起施行。\n"
)
ATTACHED = (  # the revised 办法 as 附件, the title naming no 办法, a repeal clause
    HEAD.format(year=2026, n=4)
    + "桐川县人力资源和社会保障局关于印发修订后管理办法的通知\n\n各乡镇人民政府：\n"
    + "现将修订后的办法印发给你们，请认真贯彻执行。\n\n附件：桐川县就业见习管理办法"
    + SIGNED.format(date="2026年2月26日")
    + "附件\n\n桐川县就业见习管理办法\n\n"
    + RULES.format(months="十二")
    + "第三条　本办法自2026年4月1日起施行。原《桐川县就业见习管理办法》同时废止。\n"
)
AFTER_SIGNATURE = (  # the revised 办法 after the 落款, no repeal clause: a later version
    HEAD.format(year=2026, n=5)
    + "桐川县人力资源和社会保障局关于印发修订后管理办法的通知\n\n各乡镇人民政府：\n"
    + "现将修订后的办法印发给你们，请认真贯彻执行。"
    + SIGNED.format(date="2026年3月2日")
    + "桐川县就业见习管理办法\n\n"
    + RULES.format(months="九")
    + "第三条　本办法自2026年4月1日起施行。\n"
)
TWO = (
    "桐川县市场监督管理局文件\n\n桐市监发〔2026〕15号\n\n"
    "桐川县市场监督管理局关于印发《桐川县个体工商户帮扶资金管理办法》和"
    "《桐川县小微企业质量奖励实施方案》的通知\n\n各乡镇人民政府：\n"
    "现将《桐川县个体工商户帮扶资金管理办法》和《桐川县小微企业质量奖励实施方案》印发给你们。"
    "\n\n桐川县市场监督管理局\n2026年5月6日\n\n"
    "桐川县个体工商户帮扶资金管理办法\n\n"
    "第一条　为支持个体工商户稳定经营，制定本办法。\n\n"
    "第二条　租金补助每户每年最高不超过六千元。\n\n"
    "第三条　本办法自2026年6月1日起施行，有效期三年。\n\n"
    "桐川县小微企业质量奖励实施方案\n\n"
    "一、奖励标准\n获得县长质量奖的，一次性奖励十万元。\n\n"
    "二、施行日期\n本方案自印发之日起施行，有效期二年。\n"
)
NEW_AID = (  # a later 办法 of the same title as the first document TWO issues
    "桐川县市场监督管理局文件\n\n桐市监发〔2028〕3号\n\n桐川县个体工商户帮扶资金管理办法\n\n"
    "第一条　为支持个体工商户稳定经营，制定本办法。\n\n"
    "第二条　租金补助每户每年最高不超过八千元。\n\n"
    "第三条　本办法自2028年3月1日起施行。\n\n"
    "桐川县市场监督管理局\n2028年2月1日\n"
)


def record(text: str, doc_id: str, added: str = "2026-06-01T00:00:00") -> DocumentInfo:
    planned = plan(load_bytes(text.encode(), f"{doc_id}.txt", 1 << 20), IngestSettings())
    assert isinstance(planned, Planned)
    info = planned.record()
    return DocumentInfo(doc_id, info.title, info.source, info.chunks, added, **_policy(info))


def _policy(info: DocumentInfo) -> dict:
    keys = "issuer doc_number doc_type issued_on effective_on published_on repeals fields parts"
    return {k: getattr(info, k) for k in keys.split()}


def states(docs: list[DocumentInfo], rows: bool = False) -> dict[str, tuple]:
    return {d.doc_id: (d.status, d.superseded_by, d.superseded_as) for d in resolve(docs, rows)}


def test_a_revised_ban_fa_carried_as_an_attachment_repeals_the_one_an_older_notice_issued():
    old, new = record(OLD, "old"), record(ATTACHED, "new")
    assert [p.title for p in new.parts] == ["桐川县就业见习管理办法"]
    assert (new.parts[0].doc_type, new.parts[0].effective_on) == ("办法", "2026-04-01")
    for order in ([old, new], [new, old]):
        assert states(order) == {
            "old": ("superseded", "new", "repealed"),
            "new": ("current", None, None),
        }


def test_a_revised_ban_fa_after_the_signature_is_a_later_version_without_a_repeal_clause():
    old, new = record(OLD, "old"), record(AFTER_SIGNATURE, "new")
    assert new.issuer == "桐川县人力资源和社会保障局" and new.issued_on == "2026-03-02"
    assert [p.title for p in new.parts] == ["桐川县就业见习管理办法"]  # the 落款 read before it
    assert states([new, old])["old"] == ("superseded", "new", "replaced")
    standalone = record(NEW_AID, "aid")  # another 办法's title: no version of it
    assert states([old, standalone])["old"][0] == "current"


def test_a_notice_issuing_two_documents_lists_a_row_for_each_with_its_own_effect():
    notice = record(TWO, "n")
    assert notice.effective_on is None  # neither document's date is the notice's
    rows = resolve([notice], rows=True)
    assert [(r.doc_id, r.title, r.doc_type, r.effective_on, r.part_of) for r in rows] == [
        ("n", notice.title, "通知", None, None),
        ("n#1", "桐川县个体工商户帮扶资金管理办法", "办法", "2026-06-01", "n"),
        ("n#2", "桐川县小微企业质量奖励实施方案", "方案", "2026-05-06", "n"),
    ]
    assert all((r.issuer, r.doc_number) == (notice.issuer, notice.doc_number) for r in rows)
    assert rows[0].to_json()["issues"] == ["n#1", "n#2"] and rows[1].to_json()["part_of"] == "n"
    assert [d.doc_id for d in resolve([notice])] == ["n"]  # the stored records stay one


def test_a_later_ban_fa_supersedes_the_one_document_of_the_notice_it_revises():
    notice, aid = record(TWO, "n"), record(NEW_AID, "aid", "2028-02-02T00:00:00")
    got = states([notice, aid], rows=True)
    assert got["n#1"] == ("superseded", "aid", "replaced")
    assert got["n#2"] == ("current", None, None)  # the 方案 is still in force
    assert got["n"] == ("current", None, None)
    tree = {
        d.doc_id: [o.doc_id for o in older] for d, older in history(resolve([notice, aid], True))
    }
    assert tree["aid"] == ["n#1"] and "n#1" not in tree


def test_a_scope_of_a_document_type_takes_in_the_notice_issuing_one():
    from knowledge.answering.structure.validity import in_scope

    notice = record(TWO, "n")
    assert in_scope(Scope(doc_type="方案"), notice) and in_scope(Scope(doc_type="办法"), notice)
    assert not in_scope(Scope(doc_type="细则"), notice)
    assert in_scope(Scope(doc_ids=("n#2",)), notice)  # a row of the list names its notice
    assert not in_scope(Scope(doc_ids=("m#1",)), notice)


def test_a_notice_issuing_one_document_is_listed_with_a_row_under_that_documents_name():
    old, new = record(OLD, "old"), record(AFTER_SIGNATURE, "new", "2026-06-02T00:00:00")
    rows = {r.doc_id: r for r in listing([old, new])}
    assert set(rows) == {"old", "old#1", "new", "new#1"}
    row = rows["old#1"]
    assert (row.title, row.doc_type, row.effective_on, row.part_of) == (
        "桐川县就业见习管理办法",
        "办法",
        "2024-04-01",
        "old",
    )
    assert (row.issuer, row.doc_number, row.issued_on) == (old.issuer, "桐人社发〔2024〕9号",
                                                           "2024-03-18")  # fmt: skip
    assert (row.status, row.superseded_by) == ("superseded", "new")  # the notice's
    assert rows["new#1"].status == "current"
    assert [d.doc_id for d in resolve([old, new], rows=True)] == ["old", "new"]  # answers: as ever
    standalone = record(NEW_AID, "aid")  # a 办法 under its own title: no second row
    assert [d.doc_id for d in listing([standalone])] == ["aid"]

"""A document a notice issues beside another is a version on its own when answering: a later
细则 repealing the 细则 of 「印发《办法》和《细则》的通知」 stops that 细则's articles answering
while the 办法 issued with it still answers, and when only the repealed 细则 holds the answer the
bot says so. Removing one such document alone is refused with what to do instead (fixtures
fictional, written for these tests)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from ingest.__main__ import main as ingest_main
from knowledge.__main__ import main
from knowledge.api.app import create_app
from knowledge.errors import PartRemovalError
from knowledge.schema import Scope
from knowledge.storage.versions import row_id, with_rows
from tests.conftest import make_service

NOTICE = (
    "岚川县商务局文件\n\n岚商发〔2025〕6号\n\n"
    "岚川县商务局关于印发《岚川县夜市摊位管理办法》和《岚川县夜市摊位申请细则》的通知\n\n"
    "各街道办事处：\n现将《岚川县夜市摊位管理办法》和《岚川县夜市摊位申请细则》印发给你们，"
    "请认真执行。\n\n岚川县商务局\n2025年4月2日\n\n"
    "岚川县夜市摊位管理办法\n\n"
    "第一条　为规范夜市经营秩序，制定本办法。\n\n"
    "第二条　夜市营业时间为每日十八时至次日零时三十分。\n\n"
    "第三条　摊主不得占用消防通道摆放桌椅。\n\n"
    "第四条　本办法自2025年5月1日起施行。\n\n"
    "岚川县夜市摊位申请细则\n\n"
    "第一条　为做好夜市摊位申请工作，制定本细则。\n\n"
    "第二条　申请摊位的，应当向街道办事处提交身份证明和健康证明，摊位每年抽签分配一次。\n\n"
    "第三条　摊位押金为每个摊位八百元，退摊时无违规记录的全额退还。\n\n"
    "第四条　本细则自2025年5月1日起施行。\n"
)
NEW_RULES = (
    "岚川县商务局文件\n\n岚商规〔2026〕1号\n\n岚川县夜市摊位申请办理细则\n\n"
    "第一条　为简化夜市摊位申请，制定本细则。\n\n"
    "第二条　申请摊位的，应当通过岚川政务服务平台提交身份证明，摊位每半年摇号分配一次。\n\n"
    "第三条　本细则自2026年3月1日起施行。原《岚川县夜市摊位申请细则》（岚商发〔2025〕6号印发）"
    "同时废止。\n\n岚川县商务局\n2026年2月10日\n"
)


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    svc = make_service(tmp_path_factory.mktemp("issued-validity"))  # real e5: refusals too
    assert svc.add_text(NOTICE, "").status == "added"
    assert svc.add_text(NEW_RULES, "").status == "added"
    return svc


def _notice(svc):
    return next(d for d in svc.list_documents() if "印发" in d.title)


def test_the_repealed_document_of_a_notice_is_its_own_superseded_row(svc) -> None:
    notice = _notice(svc)
    rows = {d.doc_id: d for d in svc.document_rows()}
    assert rows[notice.doc_id].current  # the 办法 it also issues is still in force
    assert rows[f"{notice.doc_id}#1"].current
    assert rows[f"{notice.doc_id}#2"].superseded_as == "repealed"
    docs = with_rows({d.doc_id: d for d in svc.list_documents()})
    rules, banfa = notice.parts[1], notice.parts[0]
    assert row_id(docs, notice.doc_id, rules.start) == f"{notice.doc_id}#2"
    assert row_id(docs, notice.doc_id, banfa.start) == f"{notice.doc_id}#1"
    assert row_id(docs, notice.doc_id, 0) == notice.doc_id  # the notice's own text


def test_the_current_document_answers_not_the_repealed_one_beside_the_banfa(svc) -> None:
    ans = svc.ask("夜市摊位多久分配一次？")
    assert not ans.abstained and "每半年" in ans.answer and "每年抽签" not in ans.answer
    assert all(c.status == "current" for c in ans.citations)
    assert "注意：" not in ans.answer


def test_the_banfa_issued_beside_a_repealed_document_still_answers(svc) -> None:
    ans = svc.ask("夜市营业时间是几点到几点？")
    assert not ans.abstained and "十八时" in ans.answer
    assert [c.status for c in ans.citations][:1] == ["current"]
    assert "注意：" not in ans.answer


def test_only_the_repealed_document_holds_it_and_the_answer_says_so(svc) -> None:
    ans = svc.ask("夜市摊位押金是多少？")
    assert not ans.abstained and "八百元" in ans.answer
    assert ans.answer.startswith("注意：以下内容出自已废止的《岚川县夜市摊位申请细则》")
    assert "《岚川县夜市摊位申请办理细则》" in ans.answer.splitlines()[0]
    cited = next(c for c in ans.citations if "八百元" in c.text)
    assert (cited.status, cited.status_label) == ("superseded", "已废止")
    assert cited.cited_as == "岚川县夜市摊位申请细则"


def test_a_row_of_the_list_as_scope_is_that_document_alone(svc) -> None:
    notice = _notice(svc)
    banfa = svc.ask("夜市摊位押金是多少？", scope=Scope(doc_ids=(f"{notice.doc_id}#1",)))
    assert "八百元" not in banfa.answer  # the 细则 issued beside it is out of scope
    rules = svc.ask("夜市摊位押金是多少？", scope=Scope(doc_ids=(f"{notice.doc_id}#2",)))
    assert not rules.abstained and "八百元" in rules.answer and rules.answer.startswith("注意：")
    whole = svc.ask("夜市营业时间是几点到几点？", scope=Scope(doc_ids=(notice.doc_id,)))
    assert not whole.abstained and "十八时" in whole.answer


def test_a_document_a_notice_issues_is_not_removed_alone(svc, capsys) -> None:
    notice = _notice(svc)
    before = (svc.document_rows(), svc.chunk_count())
    with pytest.raises(PartRemovalError) as err:
        svc.remove_document(f"{notice.doc_id}#2")
    message = str(err.value)
    assert "《岚川县夜市摊位申请细则》" in message and notice.doc_id in message
    assert "不能单独删除" in message and "已被替代" in message
    assert (svc.document_rows(), svc.chunk_count()) == before  # nothing written
    assert svc.remove_document(f"{notice.doc_id}#9") is False  # no such row
    store = str(svc.settings.store.path)
    assert main(["remove", f"{notice.doc_id}#2", "--store", store]) == 2
    assert "不能单独删除" in capsys.readouterr().err
    r = TestClient(create_app(svc)).delete(f"/v1/documents/{notice.doc_id}%232")
    assert r.status_code == 409 and r.json()["error"]["code"] == "document_part"
    assert (svc.document_rows(), svc.chunk_count()) == before


def test_a_document_a_notice_issues_is_not_replaced_alone(svc, tmp_path, capsys) -> None:
    """Replacing 「<id>#2」 is refused like removing it, with the same what-to-do: its new
    version needs no --replace; the whole notice is replaced by its own id."""
    notice = _notice(svc)
    before = (svc.document_rows(), svc.chunk_count())
    new = NEW_RULES.replace("岚商规〔2026〕1号", "岚商规〔2026〕2号")
    result = svc.add_text(new, "", replace=f"{notice.doc_id}#2")
    assert result.status == "error"
    assert "《岚川县夜市摊位申请细则》" in result.message and "不能单独替换" in result.message
    assert notice.doc_id in result.message
    assert "不存在" in svc.add_text(new, "", replace=f"{notice.doc_id}#9").message  # no such row
    path = tmp_path / "new-rules.txt"
    path.write_text(new, encoding="utf-8")
    store = str(svc.settings.store.path)
    ingest_main([str(path), "--replace", f"{notice.doc_id}#2", "--store", store])
    assert "不能单独替换" in "".join(capsys.readouterr())
    files = {"file": ("new-rules.txt", new.encode(), "text/plain")}
    r = TestClient(create_app(svc)).post(
        "/v1/documents", files=files, data={"replace": f"{notice.doc_id}#2"}
    )
    assert "不能单独替换" in r.text
    assert (svc.document_rows(), svc.chunk_count()) == before  # nothing written

"""Adding a document as a new version of another (`replace`): recorded on the new record, so
the old one is listed as replaced by it; an unknown id or the same content is an error result
and nothing is added."""

from __future__ import annotations

import pytest

from knowledge.errors import UserError
from tests.conftest import ROOT, make_service

POLICY = ROOT / "tests/data/policy"


@pytest.fixture
def svc(tmp_path):
    return make_service(tmp_path / "store", embedding={"provider": "fake"})


def test_a_replacing_document_supersedes_the_one_it_names(svc) -> None:
    old = svc.add_text("值班安排\n防汛值班电话为0871-12345678。")
    new = svc.add_text("值班安排（调整）\n防汛值班电话改为0871-87654321。", replace=old.doc_id)
    assert new.status == "added"
    docs = {d.doc_id: d for d in svc.list_documents()}
    assert docs[new.doc_id].replaces == (old.doc_id,) and docs[new.doc_id].current
    assert (docs[old.doc_id].status, docs[old.doc_id].superseded_by) == ("superseded", new.doc_id)
    assert docs[old.doc_id].status_label() == "已被替代"
    history = svc.version_history(svc.list_documents())
    assert [(d.doc_id, [o.doc_id for o in older]) for d, older in history] == [
        (new.doc_id, [old.doc_id])
    ]


def test_an_unknown_id_or_the_same_content_is_an_error_result(svc) -> None:
    bad = svc.add_upload("通知\n内容。".encode(), "a.txt", replace="0123456789abcdef")
    assert bad.status == "error" and "要替换的文档不存在：0123456789abcdef" in bad.message
    assert svc.list_documents() == []
    first = svc.add_text("通知\n内容。")
    same = svc.add_text("通知\n内容。", replace=first.doc_id)
    assert same.status == "error" and "内容相同" in same.message
    assert [d.status for d in svc.list_documents()] == ["current"]


def test_a_replacement_is_one_file(svc) -> None:
    with pytest.raises(UserError, match="只能提供一个文件"):
        list(svc.add_files([POLICY], replace="0123456789abcdef"))
    ((path, result),) = svc.add_files(
        [POLICY / "qinghe-feidi-news.txt"], replace="0123456789abcdef"
    )
    assert result.status == "error"

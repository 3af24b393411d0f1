"""Fixtures shared by the structure-answer tests."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, make_service

ISSUED = (
    ROOT / "tests" / "data" / "issued"
)  # a notice issuing two 办法, one carrying its 办法 as 附件1


@pytest.fixture(scope="module")
def issued_svc(tmp_path_factory):
    """A service (fake embedding, its own store per test module) holding tests/data/issued."""
    service = make_service(tmp_path_factory.mktemp("issued"), embedding={"provider": "fake"})
    assert [r.status for r in service.ingest_paths([ISSUED])] == ["added"] * 2
    return service

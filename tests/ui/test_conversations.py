"""Tests for knowledge.conversations: save/load/list/new, atomic writes, bad ids and corrupt files."""

from __future__ import annotations

import json
import os

import pytest

from knowledge.schema import Answer, Citation, Sentence
from ui.conversations import Conversation, ConversationStore, new_id, valid_id


def make_answer(question: str, text: str = "签约项目14个[1]") -> Answer:
    cite = Citation(1, "d1", "标题", "a.txt", "d1:0", "签约项目14个。", 0, 8, 0.03, ((0, 8),))
    return Answer(
        question, text, False, citations=[cite], sentences=[Sentence("签约项目14个", (1,))]
    )


@pytest.fixture
def store(tmp_path):
    return ConversationStore.beside_store(tmp_path / "store")


def test_new_conversation_is_not_saved_until_it_has_a_turn(store):
    conv = store.new()
    assert valid_id(conv.id) and conv.title == "新对话"
    assert store.load(conv.id) is None and store.list() == []


def test_save_load_roundtrip_keeps_answers_and_citations(store):
    conv = store.new()
    conv.add("磨憨沿边产业园签约了多少个项目？", make_answer("磨憨沿边产业园签约了多少个项目？"))
    conv.add("追问", make_answer("追问", "没有找到"))
    store.save(conv)
    assert (store.root / f"{conv.id}.json").is_file()
    back = store.load(conv.id)
    assert back is not None and back.id == conv.id
    assert [e.question for e in back.exchanges] == ["磨憨沿边产业园签约了多少个项目？", "追问"]
    first = back.exchanges[0].answer
    assert (
        first.citations[0].highlights == ((0, 8),) and first.citations[0].text == "签约项目14个。"
    )
    assert back.exchanges[0].answer.to_json() == conv.exchanges[0].answer.to_json()


def test_list_is_newest_first_with_titles(store):
    a, b = store.new(), store.new()
    a.add("第一个问题", make_answer("第一个问题"))
    store.save(a)
    b.add("第二个问题" * 20, make_answer("第二个问题"))
    b.updated_at = "9999-01-01T00:00:00+00:00"
    store.save(b)
    summaries = store.list()
    assert [s.id for s in summaries] == [b.id, a.id]
    assert summaries[1].title == "第一个问题" and summaries[1].turns == 1
    assert len(summaries[0].title) <= 40 and summaries[0].title.endswith("…")


def test_load_or_new_keeps_a_valid_unsaved_id_and_replaces_a_bad_one(store):
    cid = new_id()
    assert store.load_or_new(cid).id == cid
    for bad in (None, "", "../../etc/passwd", "ABC", "x" * 16):
        conv = store.load_or_new(bad)
        assert valid_id(conv.id) and conv.id != bad


@pytest.mark.parametrize("bad", ["../x", "..", "a/b", "0123456789abcdeg", "0123456789ABCDEF"])
def test_invalid_ids_never_touch_the_disk(store, bad):
    assert store.load(bad) is None
    with pytest.raises(ValueError):
        store.path(bad)
    with pytest.raises(ValueError):
        store.save(Conversation(bad))


def test_write_is_atomic_old_file_survives_a_failed_replace(store, monkeypatch):
    conv = store.new()
    conv.add("问题一", make_answer("问题一"))
    store.save(conv)
    before = (store.root / f"{conv.id}.json").read_bytes()
    conv.add("问题二", make_answer("问题二"))

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.save(conv)
    monkeypatch.undo()
    assert (store.root / f"{conv.id}.json").read_bytes() == before
    assert [p.name for p in store.root.iterdir()] == [f"{conv.id}.json"]  # no temp file left
    assert len(store.load(conv.id).exchanges) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'{"id": "x"}',
        b'{"id": "ID", "exchanges": 5}',
        b'{"id": "ID", "exchanges": [{"q": 1}]}',
        b"\xff\xfe\x00",
    ],
)
def test_corrupt_files_are_skipped_not_fatal(store, content):
    good = store.new()
    good.add("好的问题", make_answer("好的问题"))
    store.save(good)
    bad_id = new_id()
    (store.root / f"{bad_id}.json").write_bytes(content.replace(b"ID", bad_id.encode()))
    assert store.load(bad_id) is None
    assert [s.id for s in store.list()] == [good.id]
    assert store.load_or_new(bad_id).exchanges == []


def test_a_file_whose_id_does_not_match_its_name_is_ignored(store):
    conv = store.new()
    conv.add("问题", make_answer("问题"))
    other = new_id()
    store.root.mkdir(parents=True)
    (store.root / f"{other}.json").write_text(json.dumps(conv.to_json()), encoding="utf-8")
    assert store.load(other) is None


def test_each_browser_lists_its_own_conversations_and_the_one_it_opened(store):
    alice, bob = new_id(), new_id()
    convs = {}
    for name, owner in (("alice", alice), ("bob", bob), ("legacy", None)):
        conv = store.new()
        conv.owner = owner
        conv.add(f"{name}的问题", make_answer(f"{name}的问题"))
        conv.exchanges[0].rating = 1 if owner else None
        store.save(conv)
        convs[name] = conv
    titles = lambda owner, also=None: sorted(s.title for s in store.list(owner, also))  # noqa: E731
    assert titles(alice) == ["alice的问题", "legacy的问题"]  # saved before owners: everyone's
    assert titles(bob, also=convs["alice"].id) == ["alice的问题", "bob的问题", "legacy的问题"]
    assert len(store.list()) == 3
    back = store.load(convs["alice"].id)
    assert back.owner == alice and back.exchanges[0].rating == 1
    assert store.load(convs["legacy"].id).exchanges[0].rating is None

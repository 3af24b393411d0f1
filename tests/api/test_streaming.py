"""A streamed answer: append-only pieces that always end with the authoritative text, then the
sources list, the final chunk with the citations, and [DONE]."""

from __future__ import annotations

import json

from knowledge.api.openai_schema import chunk_head
from knowledge.api.streaming import chat_events, content_pieces
from knowledge.schema import Answer, Citation
from tests.api.conftest import sse_data

CITE = Citation(1, "d1", "通知", "n.txt", "d1:0", "园区签约项目14个。", 0, 9, 0.5)


def answer(text: str, **kw) -> Answer:
    return Answer("q", text, False, citations=[CITE], **kw)


def sent(items) -> str:
    out = list(content_pieces(items))
    assert isinstance(out[-1], Answer)
    return "".join(out[:-1])


def test_what_was_streamed_is_the_answer() -> None:
    assert sent(["园区", "签约[1]", "。", answer("园区签约[1]。")]) == "园区签约[1]。"


def test_the_rest_of_a_longer_final_text_follows() -> None:
    assert sent(["园区", answer("园区签约。")]) == "园区签约。"


def test_whitespace_the_check_tidied_is_not_sent_again() -> None:
    assert sent(["园区  签约。 ", answer("园区 签约。")]) == "园区  签约。 "


def test_the_extractive_fallback_follows_the_partial_reply_after_a_blank_line() -> None:
    fallback = "大力开展招商引资,签约项目14个;[1]"
    items = ["园区签", "约了", fallback, answer(fallback, notice="大模型暂时不可用")]
    assert sent(items) == "园区签约了\n\n" + fallback


def test_a_replaced_reply_is_followed_by_the_final_text() -> None:
    final = "抱歉，现有文档中没有找到能回答这个问题的内容。"
    assert sent(["根据所提供的资料", "无法回答。", answer(final)]) == (
        "根据所提供的资料无法回答。\n\n" + final
    )


def test_an_answer_without_pieces_is_sent_whole() -> None:
    assert sent([answer("园区签约。")]) == "园区签约。"


def test_the_events_end_with_citations_usage_and_done() -> None:
    head = chunk_head("policy-qa")
    body = "".join(chat_events(["园区签约[1]。", answer("园区签约[1]。")], head, "问", True))
    events = sse_data(body)
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == head["id"] for c in chunks)
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "园区签约[1]。\n\n来源：\n[1] 《通知》（n.txt，字符 0–9）"
    final = chunks[-2]
    assert final["choices"][0]["finish_reason"] == "stop"
    assert final["answer"] == "园区签约[1]。" and final["citations"][0]["doc_id"] == "d1"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == len(text)


def test_an_error_after_the_stream_began_is_an_error_event() -> None:
    def items():
        yield "园区"
        raise RuntimeError("boom at /secret/path")

    events = sse_data("".join(chat_events(items(), chunk_head("m"), "问", False)))
    assert events[-1] == "[DONE]"
    err = events[-2]["error"]
    assert err["type"] == "server_error" and "secret" not in json.dumps(err)

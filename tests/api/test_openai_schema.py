"""The wire format: question and history from OpenAI messages, the sources list appended to the
content and removed again from history, the citation objects, the completion's shape."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge.api.errors import ApiError
from knowledge.api.openai_schema import (
    ChatCompletionRequest,
    ChatMessage,
    citation_json,
    completion,
    question_and_history,
    sources_footer,
    strip_footer,
)
from knowledge.schema import Answer, Citation, Turn

CITE = Citation(
    marker=1,
    doc_id="d1",
    title="关于园区的通知",
    source="notice.txt",
    chunk_id="d1:0",
    text="园区签约项目14个。",
    start=10,
    end=20,
    score=0.5,
    highlights=((0, 9),),
    publisher="昆明发布",
    published="2024-05-12 21:12:41",
)
ANSWER = Answer("签约了多少个项目？", "园区签约项目14个。[1]", False, citations=[CITE])


def msgs(*pairs: tuple[str, str]) -> list[ChatMessage]:
    return [ChatMessage(role=r, content=c) for r, c in pairs]  # type: ignore[arg-type]


def test_the_last_user_message_is_the_question_and_earlier_pairs_the_history() -> None:
    content = ANSWER.answer + sources_footer(ANSWER)
    q, history = question_and_history(
        msgs(
            ("system", "你是助手"),
            ("user", "签约了多少个项目？"),
            ("assistant", content),
            ("user", "那投资了多少？"),
        )
    )
    assert q == "那投资了多少？"
    assert history == [Turn("签约了多少个项目？", "园区签约项目14个。[1]")]


def test_unanswered_questions_and_stray_replies_keep_their_place() -> None:
    q, history = question_and_history(
        msgs(
            ("assistant", "您好！"),
            ("user", "甲？"),
            ("user", "乙？"),
            ("assistant", "乙。"),
            ("user", "丙？"),
        )  # fmt: skip
    )
    assert q == "丙？" and history == [Turn("甲？"), Turn("乙？", "乙。")]


def test_the_question_may_come_as_text_parts() -> None:
    m = ChatMessage(
        role="user", content=[{"type": "text", "text": "磨憨"}, {"type": "text", "text": "在哪？"}]
    )
    assert question_and_history([m]) == ("磨憨在哪？", [])


@pytest.mark.parametrize("roles", [["assistant"], ["user", "assistant"], ["system"]])
def test_the_last_message_must_be_the_users(roles) -> None:
    with pytest.raises(ApiError) as err:
        question_and_history(msgs(*[(r, "x") for r in roles]))
    assert err.value.status == 400 and err.value.param == "messages"


def test_a_request_needs_messages_and_accepts_openais_other_fields() -> None:
    req = ChatCompletionRequest.model_validate(
        {"model": "m", "messages": [{"role": "user", "content": "q"}], "temperature": 0.2,
         "max_tokens": 10, "stream": True, "stream_options": {"include_usage": True}}
    )  # fmt: skip
    assert req.stream and req.stream_options.include_usage
    with pytest.raises(ValueError):
        ChatCompletionRequest.model_validate({"model": "m", "messages": []})


def test_the_sources_list_names_title_publisher_date_file_and_span() -> None:
    footer = sources_footer(ANSWER)
    assert footer == (
        "\n\n来源：\n[1] 《关于园区的通知》（昆明发布，2024-05-12，notice.txt，字符 10–20）"
    )
    abstained = Answer("q", "抱歉，没有找到。", True, citations=[CITE], notice="大模型暂时不可用")
    assert sources_footer(abstained).startswith(
        "\n\n注意：大模型暂时不可用\n\n最接近的段落：\n[1] 《"
    )
    assert sources_footer(Answer("q", "a", True)) == ""


@pytest.mark.parametrize("notice", [None, "大模型暂时不可用（请求超时），\n已改为摘录。"])
@pytest.mark.parametrize("abstained", [False, True])
def test_the_sources_list_is_stripped_from_history(notice, abstained) -> None:
    ans = Answer("q", "园区签约项目14个。[1]", abstained, notice=notice, citations=[CITE, CITE])
    assert strip_footer(ans.answer + sources_footer(ans)) == ans.answer
    assert strip_footer((ans.answer + sources_footer(ans)).replace("\n", "\r\n")) == ans.answer


def test_text_that_only_mentions_sources_is_kept() -> None:
    text = "来源：\n[1] 《通知》是文件名。\n\n来源：见上文。"
    assert strip_footer(text) == text


def test_citations_travel_with_every_field_of_the_cli_plus_path_and_page() -> None:
    data = citation_json(CITE)
    assert data["path"] is None and data["page"] is None  # no structure, not paged
    assert citation_json(replace(CITE, page=2))["page"] == 2
    cited = replace(CITE, section="第三章 利益分享机制 › 第十条", page=3)
    data = citation_json(cited)
    assert data["path"] == data["section"] == "第三章 利益分享机制 › 第十条"
    assert {k: data[k] for k in cited.to_json()} == cited.to_json()  # as `ask --json` has them
    assert data["matched_terms"] == data["matched"]
    assert {"marker", "doc_id", "title", "source", "text", "start", "end", "published"} <= set(data)
    assert data["highlights"] == [[0, 9]] and data["published"] == "2024-05-12 21:12:41"


def test_a_completion_has_openais_shape_and_the_sources_on_the_message() -> None:
    body = completion("policy-qa", ANSWER, "签约了多少个项目？")
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    choice = body["choices"][0]
    assert choice["finish_reason"] == "stop"
    msg = choice["message"]
    assert msg["role"] == "assistant" and msg["content"].startswith(
        "园区签约项目14个。[1]\n\n来源："
    )
    assert msg["citations"][0]["doc_id"] == "d1" and msg["abstained"] is False
    u = body["usage"]
    assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"] > 0


def test_an_article_of_an_issued_document_is_listed_under_its_title() -> None:
    notice = "关于印发《青禾市人才公寓管理细则》的通知"
    c = replace(CITE, title=notice, section="第十条", cited_as="青禾市人才公寓管理细则")
    ans = Answer("q", "园区签约项目14个。[1]", False, citations=[c])
    footer = sources_footer(ans)
    assert footer == (
        "\n\n来源：\n[1] 《青禾市人才公寓管理细则》第十条（载于《关于印发〈青禾市人才公寓管理细则〉"
        "的通知》，昆明发布，2024-05-12，notice.txt，字符 10–20）"
    )
    assert strip_footer(ans.answer + footer) == ans.answer
    data = citation_json(c)
    assert data["title"] == notice and data["cited_as"] == "青禾市人才公寓管理细则"

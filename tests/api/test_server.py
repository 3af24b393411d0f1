"""The API on a real loopback server, driven by real clients: the official `openai` package
(streaming and not, with and without a key), LangChain's ChatOpenAI, the bundled corpus with the
real e5 embeddings, and `python -m knowledge serve` as a user starts it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import openai
import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langchain_openai import ChatOpenAI

from knowledge.api.server import running
from knowledge.models.chat import make_chat_model
from knowledge.settings import LLMSettings, Settings
from tests.api.conftest import QUESTION, fake_service
from tests.conftest import ROOT

MODEL = "policy-qa"
KEY = "sk-test-key"


def ask(base_url: str, key: str = "none", **kw):
    client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0, timeout=60)
    return client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], **kw
    )


def streamed(stream) -> tuple[str, object]:
    """The streamed content and the last chunk (finish_reason "stop" and the citations)."""
    text, final = "", None
    for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            if chunk.choices[0].finish_reason == "stop":
                final = chunk
    return text, final


@pytest.fixture(scope="module")
def base_url(corpus_service):
    with running(corpus_service) as url:
        yield url


@pytest.fixture(scope="module")
def keyed_url(corpus_service):
    settings = Settings.isolated(corpus_service.settings.store.path, api={"key": KEY})
    with running(corpus_service, settings) as url:
        yield url


# ---- the openai package ------------------------------------------------------------------------
def test_openai_client_lists_the_model(base_url) -> None:
    client = openai.OpenAI(base_url=base_url, api_key="none", max_retries=0)
    assert [m.id for m in client.models.list()] == [MODEL]


def test_openai_client_gets_an_answer_with_citations(base_url) -> None:
    completion = ask(base_url)
    msg = completion.choices[0].message
    assert "14个" in msg.content and "[1]" in msg.content and "\n\n来源：\n[1] 《" in msg.content
    citations = msg.model_extra["citations"]
    assert citations[0]["marker"] == 1 and "14个" in citations[0]["text"]
    assert completion.choices[0].finish_reason == "stop" and completion.usage.total_tokens > 0


def test_openai_client_streams_the_same_answer(base_url) -> None:
    whole = ask(base_url).choices[0].message
    text, final = streamed(ask(base_url, stream=True, stream_options={"include_usage": True}))
    assert text == whole.content
    assert final.model_extra["citations"] == whole.model_extra["citations"]


@pytest.mark.parametrize("stream", [False, True])
def test_openai_client_sees_openais_errors(base_url, stream) -> None:
    client = openai.OpenAI(base_url=base_url, api_key="none", max_retries=0)
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "q"}], stream=stream
        )
    assert err.value.code == "model_not_found"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model=MODEL, messages=[], stream=stream)
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "问" * 10_000}], stream=stream
        )
    assert "问题太长" in err.value.message


@pytest.mark.parametrize("stream", [False, True])
def test_openai_client_with_a_key(keyed_url, stream) -> None:
    for key in ("none", KEY + "x"):
        with pytest.raises(openai.AuthenticationError):
            ask(keyed_url, key, stream=stream)
    if stream:
        text, final = streamed(ask(keyed_url, KEY, stream=True))
        assert "14个" in text and final.model_extra["citations"]
    else:
        assert "14个" in ask(keyed_url, KEY).choices[0].message.content


# ---- LangChain ---------------------------------------------------------------------------------
def test_langchain_chat_openai_answers_and_follows_up(keyed_url) -> None:
    llm = ChatOpenAI(base_url=keyed_url, api_key=KEY, model=MODEL, max_retries=0, timeout=60)
    first = llm.invoke(QUESTION)
    assert "14个" in first.content and "来源：" in first.content
    follow = llm.invoke(
        [HumanMessage(QUESTION), AIMessage(first.content), HumanMessage("那投资了多少？")]
    )
    assert "103.7亿元" in follow.content
    assert "".join(c.content for c in llm.stream(QUESTION)) == first.content


def test_langchain_streams_a_chat_models_reply_piece_by_piece(tmp_path) -> None:
    svc = fake_service(tmp_path / "store")
    svc.ingest_bundled()
    reply = "磨憨沿边产业园签约项目14个[1]。"
    svc.chat_model = make_chat_model(LLMSettings(provider="fake"), [reply])
    with running(svc) as url:
        llm = ChatOpenAI(base_url=url, api_key="none", model=MODEL, max_retries=0)
        pieces = [c.content for c in llm.stream(QUESTION)]
    assert len([p for p in pieces if p]) > 5
    assert "".join(pieces).startswith(reply + "\n\n来源：")


# ---- the real embeddings -----------------------------------------------------------------------
def test_the_bundled_corpus_with_e5_answers_with_a_citation(mohan_service) -> None:
    with running(mohan_service) as url:
        msg = ask(url).choices[0].message
    assert "14个" in msg.content
    cites = msg.model_extra["citations"]
    assert cites and any("磨憨沿边产业园签约项目14个" in c["text"] for c in cites)
    assert all(c["published"] and c["doc_id"] for c in cites)


# ---- python -m knowledge serve -----------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_knowledge_serve_indexes_a_first_store_and_answers(tmp_path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_EMBEDDING__PROVIDER="fake", QA_ANSWER__REFUSAL_THRESHOLD="0", QA_API__KEY=KEY)
    cmd = [sys.executable, "-m", "knowledge", "serve", "--store", str(tmp_path / "s"),
           "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                answer = ask(url, KEY).choices[0].message.content
                break
            except openai.APIConnectionError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert "14个" in answer
        with pytest.raises(openai.AuthenticationError):
            ask(url, "wrong")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    log = proc.stderr.read()
    assert "正在索引自带语料" in log and "ready in" in log and proc.returncode == 0, log

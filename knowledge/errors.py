"""Every error a user can cause or meet: str() is the one message the UI, CLI and API show."""

from __future__ import annotations

import logging


class UserError(Exception):
    """Something the user can fix (a question, a file, a setting); str() is the message."""


class EmptyStoreError(UserError):
    """A question asked before any document was added."""


class LoadError(UserError):
    """A file that cannot be read as a document (format, size, encoding, damage)."""


class ScopeError(UserError):
    """A question scoped to documents (issuer, dates, 文种) that match none in the store."""


class StoreError(UserError):
    """The store cannot be opened or reached."""


class StaleStoreError(UserError):
    """The store's vectors were made by another embedder (or an older passage preparation)
    than the one configured: it is not answered from until it is re-embedded."""


class ReindexRunningError(UserError):
    """Another live process (or session) is re-embedding this store: one re-embedding at a time;
    the store answers again once it is done."""


class PartRemovalError(UserError):
    """A document a notice issues (a row 「<id>#2」) asked to be removed on its own."""


class LLMUnavailable(Exception):
    """The chat model gave no usable reply; str() is the notice (Chinese) shown with the
    extractive answer that replaces it."""


EMPTY_STORE = (
    "知识库是空的：请先添加文档，例如运行 `python -m ingest`（索引自带语料）"
    "或 `python -m ingest 文件或目录`，也可在应用侧边栏上传。"
)


NO_SCOPE_MATCH = (
    "没有符合范围条件（{}）的文档，无法回答。请放宽条件，或用 `python -m knowledge list` "
    "查看各文档的发文机关、文种和日期。"
)


PART_NOT_REMOVABLE = (
    "《{part}》是通知《{notice}》（{notice_id}）印发的文件之一，和通知存为同一个文档，不能单独删除。"
    "上传取代它的新版本（同名的新版，或写明「原《{part}》同时废止」的文件）后，它即列为已被替代，"
    "不再用来回答；要删除整个通知及其印发的全部文件，请删除 {notice_id}。"
)

PART_NOT_REPLACED = (
    "《{part}》是通知《{notice}》（{notice_id}）印发的文件之一，和通知存为同一个文档，不能单独替换。"
    "上传它的新版本时不必指定替换：同名的新版，或写明「原《{part}》同时废止」的文件，会让它列为已被替代；"
    "要替换整个通知，请替换 {notice_id}。"
)


REINDEX_COMMAND = "python -m knowledge reindex"


def stale_store_message(stored: str | None, current: str) -> str:
    """Why a store is not answered from, and the command that fixes it."""
    made = (
        f"由另一个嵌入模型生成（{stored}）"
        if stored
        else "没有记录由哪个嵌入模型生成（旧版本建立）"
    )
    return (
        f"知识库的向量{made}，与当前的嵌入模型（{current}）不一致，两者的向量不能混用。"
        f"请运行 `{REINDEX_COMMAND}` 用当前模型重新生成向量（文档不变），"
        "或改回原来的嵌入模型设置。"
        f" (The store was embedded by {stored or 'an unrecorded embedder'}, not {current}: run "
        f"`{REINDEX_COMMAND}`.)"
    )


def reindex_running_message(owner: str) -> str:
    """Why a second re-embedding does not start (`owner`: host:pid:start of the one running)."""
    host, _, rest = owner.partition(":")
    return (
        f"另一个进程（{host}，进程 {rest.partition(':')[0]}）正在重新生成这个知识库的向量，"
        "完成后即可使用；不必再次运行。"
        " (A re-embedding of this store is already running; it resumes by itself if that "
        "process dies and this is run again.)"
    )


def user_message(exc: BaseException) -> str:
    """The one line to show for an error: its own message when the user can act on it, else a
    generic note (the traceback goes to the log, never to the reader)."""
    if isinstance(exc, UserError):
        return str(exc)
    logging.getLogger("knowledge").error("unexpected error", exc_info=exc)
    return f"出现意外错误（{type(exc).__name__}），操作没有完成。请稍后重试；如果一直出现，请联系管理员。"


def reindex_waited_message(owner: str, waited_s: float) -> str:
    """Why a re-embedding that waited for another one gave up (QA_STORE__REINDEX_WAIT_S)."""
    host, _, rest = owner.partition(":")
    who = f"（{host}，进程 {rest.partition(':')[0]}）" if owner else ""
    return (
        f"等待另一个进程{who}重新生成向量已 {waited_s:.0f} 秒，"
        "仍未完成；它完成后即可使用，或稍后再运行。"
        f" (Waited {waited_s:.0f} s for another re-embedding of this store, which still runs; "
        "QA_STORE__REINDEX_WAIT_S sets how long to wait.)"
    )

"""The document endpoints: list, add (multipart upload, one result per file), remove, re-embed
the store (`/reindex`), and the status of an upload or re-embedding that runs in the
background."""

from __future__ import annotations

import uuid
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from knowledge.api.errors import ApiError, invalid
from knowledge.errors import reindex_running_message
from knowledge.schema import DocumentInfo, IngestResult
from knowledge.service import QAService

MAX_FILES = 100  # files in one upload request
FORM_SLACK = 1 << 20  # bytes of multipart framing allowed on top of the files themselves


def document_json(d: DocumentInfo) -> dict[str, Any]:
    return {"id": d.doc_id, "object": "document", **d.to_json(), "chars": d.chars}


def result_json(r: IngestResult) -> dict[str, Any]:
    """One file's outcome: status "added", "present" (same content already there) or "error"."""
    return {
        "file": r.source,
        "status": r.status,
        "doc_id": r.doc_id,
        "title": r.title,
        "chunks": r.chunks,
        "message": r.message,
    }


def job_json(job: Any) -> dict[str, Any]:
    """A job of `QAService.upload`: state queued → running → done; progress 0..1 (embedded
    chunks over the estimate, 1.0 once done); the file's result once done."""
    done = job.state == "done"
    return {
        "id": job.key,
        "object": "ingest.job",
        "file": job.name,
        "state": job.state,
        "progress": 1.0 if done else round(job.fraction, 3),
        "chunks_done": job.done,
        "chunks_estimate": job.estimate,
        "result": result_json(job.result) if done and job.result else None,
        "waiting": _waiting_json(getattr(job, "waiting", None)),
    }


def _waiting_json(other: Any) -> dict[str, Any] | None:
    """A re-embedding job waiting for another process's run: that run, as far as known."""
    if other is None:
        return None
    return {"owner": other.owner, "chunks_done": other.done, "chunks_total": other.total,
            "waited_s": round(other.waited_s, 1), "message": other.line()}  # fmt: skip


def upload_entry(job: Any) -> dict[str, Any]:
    """A file's line in the upload response: its result when it was added at once, else its
    job's state (poll GET /v1/documents/jobs/{job_id})."""
    if job.state == "done" and job.result is not None:
        return {**result_json(job.result), "job_id": job.key}
    return {"file": job.name, "status": job.state, "doc_id": None, "title": None,
            "chunks": 0, "message": "", "job_id": job.key}  # fmt: skip


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def documents_router(service: QAService) -> APIRouter:
    router = APIRouter(prefix="/v1/documents")
    limit = service.max_upload_bytes
    limit_mb = f"{limit / 2**20:g}"

    @router.get("")
    def list_documents() -> dict[str, Any]:
        docs = service.document_rows()  # as `list --json`: a notice's issued documents too
        return {"object": "list", "data": [document_json(d) for d in docs]}

    @router.post("")
    async def add_documents(request: Request) -> JSONResponse:
        """Multipart field `file` (repeat it for several files). Every file is checked before
        any is added: an unsupported type is a 400, one over the size limit a 413. Small files
        are added before the response (200); big ones run in the background (202, poll
        `job_id`). Form field `replace` (a doc_id, with one file): the file is a new version
        of that document, which stays listed as superseded by it."""
        length = int(request.headers.get("content-length") or 0)
        if length > limit * MAX_FILES + FORM_SLACK:
            raise ApiError(413, f"上传内容超过 {limit_mb} MB × {MAX_FILES} 个文件的上限。",
                           "file_too_large", "file")  # fmt: skip
        if "multipart/form-data" not in request.headers.get("content-type", ""):
            raise invalid("请用 multipart/form-data 上传，文件放在字段 `file` 中。", "file")
        form = await request.form(max_files=MAX_FILES)
        files = form.getlist("file")
        if not files or any(isinstance(f, str) for f in files):
            raise invalid("请在字段 `file` 中上传至少一个文件。", "file")
        replace = form.get("replace")
        if replace is not None and (not isinstance(replace, str) or len(files) != 1):
            raise invalid("字段 `replace`（要替换的文档 id）只能配一个文件。", "replace")
        # a row a notice issues (<id>#2) is known: its upload result says why it is not replaced
        if replace and not any(d.doc_id == replace for d in service.document_rows()):
            raise ApiError(404, f"没有这个文档 id：{replace}", "document_not_found", "replace")
        types = service.upload_types
        checked: list[tuple[str, bytes]] = []
        for f in files:
            name = PurePath(f.filename or "").name
            if _suffix(name) not in types:
                raise invalid(
                    f"不支持的文件类型：{name or '（没有文件名）'}。支持：{'、'.join(types)}。",
                    "file",
                    "unsupported_file",
                )
            data = await f.read(limit + 1)
            if len(data) > limit:
                raise ApiError(413, f"文件 {name} 超过 {limit_mb} MB 的上限。",
                               "file_too_large", "file")  # fmt: skip
            checked.append((name, data))
        jobs = []
        for name, data in checked:  # one at a time: the big ones only queue here
            extra = {"replace": replace} if replace else {}
            key = uuid.uuid4().hex
            jobs.append(await run_in_threadpool(service.upload, key, data, name, **extra))
        status = 200 if all(j.state == "done" for j in jobs) else 202
        body = {"object": "list", "data": [upload_entry(j) for j in jobs]}
        return JSONResponse(body, status_code=status)

    @router.post("/reindex")
    def reindex(wait: bool = True) -> JSONResponse:
        """Re-embed the store with the configured embedding model (a store made by another
        answers 409 `store_stale` until then): 200 when nothing is to do, else 202 with a job
        to poll at /v1/documents/jobs/{id} (progress in chunks). While another process
        re-embeds the store the job waits for it (its `waiting` says how far that run is) and
        ends with 0 chunks once it swapped, or takes over a dead run; `?wait=false`: 409
        `reindex_running` at once instead (a run starting after the request: the job fails)."""
        if not service.needs_reindex():
            return JSONResponse({"object": "reindex", "state": "current"}, status_code=200)
        if not wait and (other := service.running_reindex()) is not None:
            raise ApiError(409, reindex_running_message(other.owner), "reindex_running")
        job = service.reindex_in_background("wait" if wait else "refuse")
        return JSONResponse(job_json(job), status_code=202)

    @router.get("/jobs/{job_id}")
    def job_status(job_id: str) -> dict[str, Any]:
        job = service.job(job_id)
        if job is None:
            raise ApiError(404, f"没有这个上传任务：{job_id}", "job_not_found", "job_id")
        return job_json(job)

    @router.delete("/{doc_id}")
    def remove_document(doc_id: str) -> dict[str, Any]:
        if not service.remove_document(doc_id):
            raise ApiError(404, f"没有这个文档 id：{doc_id}", "document_not_found", "doc_id")
        return {"id": doc_id, "object": "document.deleted", "deleted": True}

    return router

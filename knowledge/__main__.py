"""CLI: python -m knowledge ask|list|remove|reindex|eval|serve|feedback — question the knowledge
base, manage it (reindex: re-embed it with the configured embedding model), serve it as an HTTP
API, or export readers' ratings as evaluation cases."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from knowledge.errors import UserError
from knowledge.schema import Answer, Citation, Scope
from knowledge.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question with citations")
    ask.add_argument("question")
    ask.add_argument("--top-k", type=int, default=None, help="passages considered")
    ask.add_argument("--issuer", help="only documents whose 发文机关 contains this")
    ask.add_argument("--since", type=_iso, help="only documents dated on or after YYYY-MM-DD")
    ask.add_argument("--until", type=_iso, help="only documents dated on or before YYYY-MM-DD")
    ask.add_argument("--type", dest="doc_type", help="only documents of this 文种 (办法, 通知 …)")
    ask.add_argument("--doc", action="append", dest="doc_ids", help="only this document id")
    lst = sub.add_parser("list", help="list the documents in the store")
    rm = sub.add_parser("remove", help="remove a document by id")
    rm.add_argument("doc_id")
    ri = sub.add_parser("reindex", help="re-embed the store with the configured embedding model")
    ri.add_argument(
        "--no-wait",
        action="store_true",
        help="if another process is re-embedding the store, say so and stop (default: wait)",
    )
    ev = sub.add_parser("eval", help="run a QA .jsonl file and score it")
    ev.add_argument("file", type=Path)
    srv = sub.add_parser("serve", help="serve the HTTP API (OpenAI-compatible chat, documents)")
    srv.add_argument("--host", help="address to listen on (overrides QA_API__HOST, 127.0.0.1)")
    srv.add_argument("--port", type=int, help="port (overrides QA_API__PORT, 8080)")
    fb = sub.add_parser("feedback", help="readers' 👍/👎 on answers")
    fb_sub = fb.add_subparsers(dest="action", required=True)
    exp = fb_sub.add_parser("export", help="write the ratings as eval cases (JSONL)")
    exp.add_argument("file", type=Path)
    exp.add_argument("--store", help="store folder (overrides QA_STORE__PATH)")
    for p in (ask, lst, rm, ri, ev, srv):
        p.add_argument("--store", help="store folder (overrides QA_STORE__PATH)")
        if p not in (rm, ri, srv):
            p.add_argument("--json", action="store_true", help="print one JSON object last")
    return parser


def _iso(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


WARM_COMMANDS = {"ask", "eval", "serve"}  # they answer: models load while the store opens


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from knowledge.service import build_service

    try:
        warm = args.command in WARM_COMMANDS
        service = build_service(Settings().with_store(args.store), warm=warm)
        return COMMANDS[args.command](service, args)
    except UserError as exc:
        if getattr(args, "json", False):
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_ask(service, args) -> int:
    scope = Scope(args.issuer, args.since, args.until, args.doc_type,
                  tuple(args.doc_ids) if args.doc_ids else None)  # fmt: skip
    ans = service.ask(args.question, top_k=args.top_k, scope=scope)
    if args.json:
        print(json.dumps(ans.to_json(), ensure_ascii=False))
    else:
        print(render_answer(ans))
    return 0


def render_answer(ans: Answer) -> str:
    lines = [ans.answer, ""]
    if ans.notice:
        lines.insert(0, f"注意: {ans.notice}\n")
    if ans.read_as:
        lines.insert(0, f"按文档用语理解: {ans.read_as_text()}\n")
    unsupported = [s for s in ans.sentences if not s.supported]
    for s in unsupported:
        lines.append(f"⚠ 未被引用来源证实的句子: {s.text}")
    lines.append("最接近的段落:" if ans.abstained else "来源:")
    for c in ans.citations:
        date = f"{c.date}, " if c.date else ""
        where = f"{c.label()} ({date}{c.source}, 字符 {c.start}–{c.end}{relevance(c)})"
        lines.append(f"[{c.marker}] {where}\n    {c.text.replace(chr(10), ' ')}")
    return "\n".join(lines)


def relevance(c: Citation) -> str:
    """「, 相关度 高, 匹配: 签约、项目」 (nothing for a citation not rated)."""
    if c.relevance is None:
        return ""
    return f", 相关度 {c.relevance}" + (f", 匹配: {'、'.join(c.matched)}" if c.matched else "")


def cmd_list(service, args) -> int:
    docs = service.document_rows()  # a notice issuing several documents: a row for each too
    if args.json:
        print(json.dumps([d.to_json() for d in docs], ensure_ascii=False))
        return 0
    if not docs:
        print("知识库是空的。运行 `python -m ingest` 导入自带语料。")
    for d, older in service.version_history(docs):
        print(f"    ├ {_doc_line(d)}" if d.part_of else _doc_line(d))
        for old in older:  # the versions it superseded, newest first
            print(f"    └ {old.status_label()}（已被 {old.superseded_by} 替代）  {_doc_line(old)}")
    return 0


def _doc_line(d) -> str:
    facts = [d.doc_type, d.doc_number, d.issuer, d.issued_on or d.published_on]
    extra = "  [" + " · ".join(f for f in facts if f) + "]" if any(facts) else ""
    return f"{d.doc_id}  {d.chunks:4d} chunks  {d.added_at}  {d.title}  ({d.source}){extra}"


def cmd_remove(service, args) -> int:
    if service.remove_document(args.doc_id):
        print(f"removed: {args.doc_id}")
        return 0
    print(
        f"error: 没有这个文档 id: {args.doc_id}（用 `python -m knowledge list` 查看）",
        file=sys.stderr,
    )
    return 1


def cmd_reindex(service, args) -> int:
    """Re-embed the store when it was made by another embedder (resumes an interrupted run)."""
    if not service.needs_reindex():
        print(f"知识库的向量已由当前嵌入模型生成（{service.embeddings.identity()}），无需重建。")
        return 0
    total, done, shown = max(service.chunk_count(), 1), 0, -1

    def progress(n: int) -> None:
        nonlocal done, shown
        done += n
        if (pct := min(100, done * 100 // total)) // 10 != shown // 10:
            shown = pct
            print(f"重新生成向量: {done}/{total} 段 ({pct}%)", file=sys.stderr, flush=True)

    said = [0.0]

    def waiting(other) -> None:  # another process's run: said at once, then every 10 s
        if not said[0] or other.waited_s - said[0] >= 10:
            said[0] = other.waited_s or 0.001
            print(other.line(), file=sys.stderr, flush=True)

    when = "refuse" if args.no_wait else "wait"  # sentence vectors too: the store is whole
    n = service.reindex(progress, wait=True, if_running=when, on_wait=waiting)
    if n == 0 and not service.needs_reindex():
        print(f"另一个进程已重新生成向量（{service.embeddings.identity()}），无需再做。")
        return 0
    print(f"reindexed: {n} chunks embedded by {service.embeddings.identity()}")
    return 0


def cmd_eval(service, args) -> int:
    from knowledge.evaluate import evaluate, load_qa

    report = evaluate(service, load_qa(args.file))
    for r in report["rows"]:
        mark = "PASS" if r["passed"] else "FAIL"
        why = "" if r["passed"] else f"  missing={r['missing_facts']} abstained={r['abstained']}"
        print(f"{mark} {r['id']} {r['question']}{why}")
    print(
        f"passed {report['passed']}/{report['total']}; facts {report['facts_present']}/"
        f"{report['answerable']}; evidence cited {report['evidence_cited']}/{report['answerable']}; "
        f"refusals right {report['refusals_right']}/{report['unanswerable']}"
    )
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0 if report["passed"] == report["total"] else 1


def cmd_serve(service, args) -> int:
    from knowledge.api.server import serve  # imported here: the other commands stay fast

    serve(service, host=args.host, port=args.port)
    return 0


def cmd_feedback(service, args) -> int:
    try:
        n = service.export_feedback(args.file)
    except OSError as exc:
        raise UserError(f"无法写入 {args.file}：{exc.strerror or exc}") from exc
    print(f"exported {n} rated answers to {args.file} (👎 ones have answerable null: fill them in)")
    return 0


COMMANDS = {
    "ask": cmd_ask,
    "list": cmd_list,
    "remove": cmd_remove,
    "reindex": cmd_reindex,
    "eval": cmd_eval,
    "serve": cmd_serve,
    "feedback": cmd_feedback,
}

if __name__ == "__main__":
    sys.exit(main())

"""Answers and conversations as text to take away (no Streamlit): Markdown for the export of a
conversation, plain text for copying one answer with its sources."""

from __future__ import annotations

from datetime import datetime

from knowledge.schema import Answer, Citation, book_title
from ui.conversations import Conversation

CLOSEST, SOURCES = "最接近的段落（仅供参考）", "来源"


def where(c: Citation) -> str:
    """「《标题》第十条第二款 · 文件 notice.txt · 第3页 · 相关度 高」"""
    parts = [c.label() if c.section or c.page else f"《{c.title or c.source}》"]
    if c.cited_as:
        parts.append(f"载于{book_title(c.title)}")  # the notice that issues the 办法 cited
    parts += [x for x in (c.publisher, c.date) if x]
    if c.source and c.source != c.title:
        parts.append(f"文件 {c.source}")
    if c.page and not c.section:
        parts.append(f"第{c.page}页")
    if c.relevance:
        parts.append(f"相关度 {c.relevance}")
    return " · ".join(parts)


def quoted(c: Citation) -> str:
    """The sentences the answer used (the whole passage when none is marked), one line."""
    used = [c.text[s:e] for s, e in c.highlights if 0 <= s < e <= len(c.text)]
    return " … ".join(" ".join(u.split()) for u in (used or [c.text]))


def answer_text(ans: Answer) -> str:
    """One answer with its sources as plain text: what the copy button holds."""
    lines = [f"问：{ans.question}", f"答：{ans.answer}"]
    if ans.notice:
        lines.append(f"注意：{ans.notice}")
    if ans.citations:
        lines += ["", f"{CLOSEST if ans.abstained else SOURCES}："]
        lines += [f"[{c.marker}] {where(c)}\n    “{quoted(c)}”" for c in ans.citations]
    return "\n".join(lines)


def _md(text: str) -> str:
    """Text safe in Markdown: characters that would format are escaped, lines kept."""
    out = text
    for ch in "\\`*_{}[]<>#|~":
        out = out.replace(ch, "\\" + ch)
    return out


def answer_markdown(ans: Answer) -> str:
    # the [n] markers stay readable as [n] (escaped so Markdown does not take them for links)
    lines = [_md(ans.answer), ""]
    if ans.notice:
        lines[:0] = [f"> 注意：{_md(ans.notice)}", ""]
    if ans.citations:
        lines.append(f"**{CLOSEST if ans.abstained else SOURCES}：**")
        lines.append("")
        for c in ans.citations:
            lines.append(f"- \\[{c.marker}\\] {_md(where(c))}")
            lines.append(f"  > {_md(quoted(c))}")
        lines.append("")
    return "\n".join(lines)


def conversation_markdown(conv: Conversation, now: datetime | None = None) -> str:
    """The whole conversation as a Markdown document: each question, its answer with the [n]
    markers, and the sources with their quoted passages, document, section and page."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    out = [f"# {_md(conv.title)}", "", f"政策文件问答 · 对话记录 · 导出于 {stamp}", ""]
    for i, ex in enumerate(conv.exchanges, 1):
        out += [f"## 问题 {i}：{_md(ex.question)}", "", answer_markdown(ex.answer)]
    return "\n".join(out).rstrip() + "\n"

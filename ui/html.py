"""Safe HTML for the app: document text is always shown as text, never interpreted (no Streamlit)."""

from __future__ import annotations

import re
import string

from knowledge.schema import Answer, Citation

_HTML = {ord(c): f"&#{ord(c)};" for c in string.punctuation} | {ord("\n"): "<br>", ord("\r"): ""}
_MD = {ord(c): "\\" + c for c in string.punctuation} | {ord("\n"): " "}
_MARKER = re.compile(r"\[(\d+)\]")
FULL_TEXT_WINDOW = 8000  # characters shown either side of a passage in very long documents
CSS = """<style>
.doc-text{white-space:pre-wrap;line-height:1.75}
.doc-box{border-left:3px solid #d0d7de;padding:.3rem .8rem;margin:.2rem 0 .6rem 0}
.full-text{max-height:60vh;overflow-y:auto;border:1px solid #d0d7de;border-radius:6px;padding:.6rem .9rem}
.full-text summary{cursor:pointer;color:#57606a}
mark.chunk{background:#fff3bf;padding:0} mark.hl{background:#ffd43b;padding:0;font-weight:600}
.cite{color:#1971c2;font-weight:600;font-size:.85em;margin:0 .1em}
.unsupported{background:#fff5f5;border-bottom:2px dashed #e03131}
</style>"""


def esc(text: str) -> str:
    """Inert HTML for any text: every ASCII punctuation mark an entity, newlines <br>."""
    return text.translate(_HTML)


def md(text: str | None) -> str:
    """Text for Markdown-rendering labels (expander, caption, alert): punctuation escaped."""
    return (text or "").translate(_MD)


def marked(text: str, layers: list[tuple[int, int, str]]) -> str:
    """Escaped `text` with <mark class=...> over the spans; later layers win where they overlap."""
    cuts = sorted(
        {0, len(text)} | {max(0, min(len(text), p)) for s, e, _ in layers for p in (s, e)}
    )
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cls = next((c for s, e, c in reversed(layers) if s <= a and b <= e), "")
        out.append(f'<mark class="{cls}">{esc(text[a:b])}</mark>' if cls else esc(text[a:b]))
    return "".join(out)


def cite_tag(n: int | str) -> str:
    return f'<span class="cite">&#91;{n}&#93;</span>'


def with_markers(text: str) -> str:
    parts = _MARKER.split(text)
    return "".join(esc(p) if i % 2 == 0 else cite_tag(p) for i, p in enumerate(parts))


def answer_html(ans: Answer) -> str:
    if all(s.supported for s in ans.sentences):
        return with_markers(ans.answer)
    out = []
    for s in ans.sentences:
        shown = {int(m) for m in _MARKER.findall(s.text)}
        body = with_markers(s.text) + "".join(cite_tag(m) for m in s.citations if m not in shown)
        if not s.supported:
            body = f'<span class="unsupported" title="原文中没有找到依据">⚠ {body}</span>'
        out.append(body)
    return "".join(out)


def passage_in_document(text: str, c: Citation, window: int = FULL_TEXT_WINDOW) -> tuple[str, str]:
    """The document around a cited passage as safe HTML (the passage and its highlighted
    sentences marked, earlier text folded), and the note explaining the view."""
    start, end = c.start, c.end
    if text[start:end] != c.text:  # the store changed under an old answer: find the passage
        found = text.find(c.text)
        start, end = (found, found + len(c.text)) if found >= 0 else (0, 0)
    lo, hi = max(0, start - window), min(len(text), end + window)
    note = "引用的段落以浅黄色标出，答案所用的句子加深显示；点击“前文”可展开之前的内容。"
    if (lo, hi) != (0, len(text)):
        note += f"文档较长，只显示引用位置前后各约 {window} 字。"
    body = ""
    if start > lo:
        before = ("…" if lo else "") + esc(text[lo:start])
        body = f"<details><summary>前文（{start - lo} 字）</summary>{before}</details>"
    layers = [(0, end - start, "chunk")] + [(s, e, "hl") for s, e in c.highlights]
    body += marked(text[start:hi], layers) + ("…" if hi < len(text) else "")
    return body, note

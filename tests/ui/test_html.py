"""Safe HTML for the app: text always shown as text, unsupported sentences marked."""

from __future__ import annotations

import re

from knowledge.schema import Answer, Sentence
from ui.html import answer_html, esc, marked, md, passage_in_document


def test_answer_html_escapes_text_and_marks_unsupported_sentences():
    ans = Answer(
        "q",
        "有依据[1]<b>无依据</b>[2]",
        False,
        sentences=[Sentence("有依据", (1,)), Sentence("<b>无依据</b>", (2,), supported=False)],
    )
    out = answer_html(ans)
    assert "<b>" not in out and "&#60;b&#62;" in out
    assert out.count('class="cite"') == 2 and 'class="unsupported"' in out and "⚠" in out
    assert answer_html(Answer("q", "全部有依据[1]", False)).endswith("&#91;1&#93;</span>")


def test_escaping_helpers_neutralise_markup():
    evil = "<script>x</script> **b** $m$ :red[r] `c` [l](http://x) # h"
    bare = re.sub(r"&#\d+;", "", esc(evil))
    assert not set(bare) & set("<>*$[]`#:&()") and bare.split() == [
        "scriptxscript",
        "b",
        "m",
        "redr",
        "c",
        "lhttpx",
        "h",
    ]
    assert esc("a\nb") == "a<br>b"
    assert md("**x**") == "\\*\\*x\\*\\*"
    layered = marked("abcdef", [(1, 5, "chunk"), (2, 3, "hl")])
    assert (
        layered
        == 'a<mark class="chunk">b</mark><mark class="hl">c</mark><mark class="chunk">de</mark>f'
    )


def test_a_passage_is_shown_in_its_document_even_after_the_store_changed() -> None:
    from knowledge.schema import Citation

    text = "第一段。" * 10 + "引用的<句子>。" + "最后一段。" * 10
    start = text.index("引用")
    c = Citation(1, "d", "t", "s", "d:0", "引用的<句子>。", start, start + 8, 1.0, ((0, 2),))
    body, note = passage_in_document(text, c, window=8)
    assert '<mark class="hl">引用</mark>' in body and "&#60;句子&#62;" in body
    assert "<details><summary>前文（8 字）</summary>…" in body and body.endswith("…")
    assert "前后各约 8 字" in note
    moved = Citation(1, "d", "t", "s", "d:0", c.text, 0, 8, 1.0)  # old offsets, text still there
    assert (
        '<mark class="chunk">引用的&#60;句子&#62;。</mark>' in passage_in_document(text, moved)[0]
    )

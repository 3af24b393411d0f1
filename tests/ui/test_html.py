"""Safe HTML for the app: text always shown as text, unsupported sentences marked."""

from __future__ import annotations

import re

from knowledge.schema import Answer, Sentence
from ui.html import answer_html, esc, marked, md


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

"""A question as the user typed it: the checks that turn a bad one into one clear message."""

from __future__ import annotations

from knowledge.errors import UserError
from knowledge.text.normalise import has_content

MAX_QUESTION_CHARS = 1000


def check_question(question: str) -> str:
    """The question trimmed; UserError when it is empty, too long or has no words."""
    q = (question or "").strip()
    if not q:
        raise UserError("问题是空的，请输入一个问题。")
    if len(q) > MAX_QUESTION_CHARS:
        raise UserError(f"问题太长（{len(q)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内。")
    if not has_content(q):
        raise UserError("问题里没有文字内容（只有符号或表情），请用文字提问。")
    return q

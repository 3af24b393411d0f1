"""A model's reply as text to check: citation markers unified, thinking dropped, sentences split."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import MARKER, strip_markers
from knowledge.text.normalise import has_content
from knowledge.text.sentences import split_sentences

_BRACKETS = str.maketrans({"【": "[", "】": "]", "［": "[", "］": "]"})
_GROUP = re.compile(r"\[(\d{1,3}(?:\s*[,，、;；]\s*\d{1,3})+)\]")
_SEP = re.compile(r"\s*[,，、;；]\s*")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)
_BULLET = re.compile(
    r"^[ \t]*(?:[-*•·]\s+|#+\s+|\d{1,2}(?:\.(?=\s)|[、）)])\s*|[（(]\d{1,2}[)）]\s*)", re.M
)
_LEAD = re.compile(r"^(?:\s*\[\d{1,3}\])+")


def unify_markers(text: str) -> str:
    """Citation brackets in one form: 【1】 -> [1], [1, 2] -> [1][2]."""
    text = text.translate(_BRACKETS)
    return _GROUP.sub(lambda m: "".join(f"[{n}]" for n in _SEP.split(m.group(1))), text)


def clean_reply(reply: str) -> str:
    """The reply without <think> blocks, with unified markers, trimmed."""
    return unify_markers(_THINK.sub("", reply)).strip()


def reply_sentences(reply: str) -> list[str]:
    """Sentences of a cleaned reply, each with its markers; markers after a full stop stay with
    the sentence before; list bullets and bold marks are dropped."""
    text = _BULLET.sub("", reply.replace("**", ""))
    out: list[str] = []
    for s, e in split_sentences(text):
        piece = text[s:e]
        lead = _LEAD.match(piece)
        if lead and out:
            out[-1] += lead.group().strip()
            piece = piece[lead.end() :].strip()
        if has_content(strip_markers(piece)):
            out.append(piece)
    return out


def renumbering(reply: str, n_passages: int) -> dict[int, int]:
    """Passage number given to the model -> citation number, in order of first valid use."""
    used = [int(m) for m in MARKER.findall(reply) if 1 <= int(m) <= n_passages]
    return {old: new for new, old in enumerate(dict.fromkeys(used), 1)}


def rewrite_markers(text: str, mapping: dict[int, int]) -> str:
    """Markers renumbered; markers outside `mapping` (out of range) removed."""
    return MARKER.sub(lambda m: f"[{mapping[int(m[1])]}]" if int(m[1]) in mapping else "", text)


class MarkerStream:
    """Renumbers markers in a streamed reply as it arrives (same numbers as the final answer)."""

    _PARTIAL = re.compile(r"[\[【［][\d\s,，、;；]*$")
    _TAGS = ("<think>", "</think>")

    def __init__(self, n_passages: int) -> None:
        self.n = n_passages
        self.mapping: dict[int, int] = {}
        self.buffer = ""
        self.thinking = False

    def feed(self, piece: str) -> str:
        self.buffer += piece
        cut = self._holdback(self.buffer)
        ready, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return self._emit(ready)

    def _holdback(self, text: str) -> int:
        """Where an unfinished marker or <think> tag at the end begins (else the end)."""
        cut = self._PARTIAL.search(text)
        tag = text.rfind("<")
        if tag >= 0 and any(t.startswith(text[tag:]) for t in self._TAGS):
            return min(tag, cut.start()) if cut else tag
        return cut.start() if cut else len(text)

    def flush(self) -> str:
        ready, self.buffer = self.buffer, ""
        return self._emit(ready)

    def _emit(self, text: str) -> str:
        text, self.thinking = _drop_thinking(text, self.thinking)
        text = unify_markers(text)
        for m in MARKER.findall(text):
            if 1 <= int(m) <= self.n and int(m) not in self.mapping:
                self.mapping[int(m)] = len(self.mapping) + 1
        return rewrite_markers(text, self.mapping)


def _drop_thinking(text: str, thinking: bool) -> tuple[str, bool]:
    out = []
    while text:
        tag = "</think>" if thinking else "<think>"
        head, found, text = text.partition(tag)
        if not thinking:
            out.append(head)
        thinking = thinking != bool(found)
    return "".join(out), thinking

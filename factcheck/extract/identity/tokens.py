"""Words of one sentence with their offsets and a coarse part of speech, read from word lists
and shapes (no tagger): enough to find the words attached to a figure — the noun it counts,
the verb it is the subject or object of, the name it belongs to."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..temporal.verbs import AUXILIARIES, guess_lemma, lemma

# letters of any script ("Kahramanmaraş", "Türkiye"): a word is [^\W\d_] runs joined by
# apostrophes, dots, ampersands and hyphens (runs of them: "rock-'n'-roll")
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019.&-]+[^\W\d_]+)*|\d(?:[,.:]?\d)*|[^\s\w]|_")

DETERMINERS = frozenset("the a an this that these those its their his her our my your some "
                        "each every all both any no another such".split())
PREPOSITIONS = frozenset("of in on at by for from to with into onto over under after before "
                         "during since until against among between per via about around across "
                         "aboard near off through within without beneath below above along "
                         "including excluding inside outside towards toward than like as".split())
CONJUNCTIONS = frozenset("and or but nor while whereas although though because if when where "
                         "which who whom whose that so yet".split())
PRONOUNS = frozenset("he she it they we i you him her them us me this these those there "
                     "who which what one".split())
#: Words that never start a name even when capitalised at a sentence's start.
NOT_NAMES = frozenset("The A An This That These Those It He She They We I You There Here In On "
                       "At By For From To With After Before During Since Until And But Or As "
                       "If When While Of Its Their His Her Our Some All Both Each Every No "
                       "Yesterday Today Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday January February March April May June July August September "
                       "October November December Mr Mrs Ms Dr".split())
HARD_BREAKS = frozenset(";:()[]\u2014\u2013\u201c\u201d\"|<>=")


class Token(NamedTuple):
    """A word, number or mark: a tuple, so that a sentence's thousands are cheap to make."""

    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def verb(self) -> str | None:
        """The verb lemma, when the word is a known verb form (or an "-ed" form)."""
        if not self.is_word:
            return None
        base = lemma(self.low)
        if base is None and self.low.endswith("ed") and len(self.low) > 4:
            base = guess_lemma(self.low)
        return base

    def predicate(self, table: dict[str, str]) -> str | None:
        """The entry of ``table`` (keyed by verb lemmas) this word is a form of: "fined" ->
        "fine", "killing" -> "kill", "died" -> "die"."""
        if not self.is_word:
            return None
        w = self.low
        for cand in (w, lemma(w), guess_lemma(w), *_stems(w)):
            if cand and cand in table:
                return cand
        return None

    @property
    def auxiliary(self) -> bool:
        return self.is_word and (lemma(self.low) in AUXILIARIES or self.low in
                                 ("been", "being", "will", "would", "could", "should", "may",
                                  "might", "must", "can", "still", "now", "already", "also",
                                  "reportedly", "initially", "later", "then", "not"))


def _stems(w: str) -> tuple[str, ...]:
    if w.endswith("ied"):
        return (w[:-3] + "y",)
    if w.endswith("ed"):
        return (w[:-1], w[:-2], w[:-3] if len(w) > 5 and w[-3] == w[-4] else w[:-2])
    if w.endswith("ing"):
        return (w[:-3], w[:-3] + "e", w[:-4] if len(w) > 6 and w[-4] == w[-5] else w[:-3])
    if w.endswith("es"):
        return (w[:-2], w[:-1])
    if w.endswith("s"):
        return (w[:-1],)
    return ()


class Sentence:
    """The tokens of ``text[lo:hi]`` and a lookup from character offsets to tokens."""

    def __init__(self, text: str, lo: int, hi: int, capitalised: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.capitalised = capitalised  # words the document capitalises mid-sentence
        self.lo, self.hi = lo, hi
        new = tuple.__new__  # Token(...) without its Python-level __new__: thousands per sentence
        self.tokens = [new(Token, (m.start(), m.end(), g, g.lower()))
                       for m in _TOKEN.finditer(text, lo, hi) for g in (m.group(),)]
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]
        self._lower: str | None = None
        self._raw: str | None = None
        self._words: frozenset[str] | None = None

    @property
    def raw(self) -> str:
        """The sentence's text, sliced once."""
        if self._raw is None:
            self._raw = self.text[self.lo:self.hi]
        return self._raw

    @property
    def words(self) -> frozenset[str]:
        """The sentence's words in lower case, as a set made once."""
        if self._words is None:
            self._words = frozenset(t.low for t in self.tokens)
        return self._words

    @property
    def lower(self) -> str:
        """The sentence in lower case, made once however many figures it holds."""
        if self._lower is None:
            self._lower = self.text[self.lo:self.hi].lower()
        return self._lower

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[i, j)`` covering characters ``[start, end)``."""
        return bisect_right(self._ends, start), bisect_left(self._starts, end)

    def word(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def sentence_initial(self, i: int) -> bool:
        """True when token ``i`` opens the sentence (or a line, a quote, a bracket)."""
        if i == 0:
            return True
        prev = self.tokens[i - 1].text
        return prev in "\"\u201c(-\u2014\u2013:" or "\n" in self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def is_name(self, i: int) -> bool:
        t = self.word(i)
        if t is None or not t.is_word or not t.capitalised:
            return False
        if t.text in NOT_NAMES and (self.sentence_initial(i) or t.text not in ("May",)):
            return False
        if self.sentence_initial(i):
            # A capitalised first word is a name only when the next word is one too, or it is
            # all capitals ("NASA"), or it is followed by a possessive.
            nxt = self.word(i + 1)
            return t.text.isupper() or t.low.endswith(("'s", "\u2019s")) or t.low in self.capitalised or \
                bool(nxt and nxt.is_word and nxt.capitalised and nxt.text not in NOT_NAMES)
        return True

    def name_left(self, j: int) -> tuple[int, str] | None:
        """The capitalised name ending just before token ``j`` ("the Conservatives", "Meta",
        "Ethiopian Airlines"), as (first index, text)."""
        i = j - 1
        while i >= 0 and (self.is_name(i) or (self.tokens[i].low in ("of", "&", "de")
                                               and i > 0 and self.is_name(i - 1) and i < j - 1)):
            i -= 1
        if i == j - 1:
            return None
        first = i + 1
        return first, self.text[self.tokens[first].start:self.tokens[j - 1].end]

    def name_right(self, i: int) -> tuple[int, str] | None:
        """The capitalised name starting at token ``i``, as (end index, text)."""
        j = i
        while j < len(self.tokens) and (self.is_name(j) or (
                self.tokens[j].low in ("of", "&", "de") and j > i and self.is_name(j + 1))):
            j += 1
        if j == i:
            return None
        return j, self.text[self.tokens[i].start:self.tokens[j - 1].end]

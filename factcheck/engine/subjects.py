"""One key per holder whatever the spelling: outlets write the same name in slightly different
ways ("Arquata" and "Arquato", "Grettel Landrove" and "Grettel Landrovell") or with a kind of
place after it ("Linwood" and "Linwood Masjid mosque"), as a possessive ("New York City's") or
by its initials ("NYC", "MP" for Madhya Pradesh). Subjects that differ only so are given
one key for the run, so that their figures are compared; subjects that differ otherwise stay
apart (a missing subject is never taken for a match)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

#: Kinds of place a name may be followed by without naming another holder.
_PLACE_KINDS = frozenset("mosque masjid ave avenue street st road hotel tower school airport "
                         "station church bridge district province city county state village town "
                         "region area resort stadium".split())


#: Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d",
                       "ð": "d", "þ": "th", "’": "'"})

#: Titles and roles written before a person's name: "President Recep Tayyip Erdoğan" is
#: "Recep Tayyip Erdogan", "PC Keith Palmer" is "Keith Palmer". Only leading words are
#: dropped, and only when a name of two words or more follows.
_TITLES = frozenset("president vice prime minister pm premier chancellor mr mrs ms miss mx dr "
                    "prof professor sir dame lord lady pc sgt sergeant officer constable detective "
                    "det lt lieutenant capt captain cpt col colonel gen general maj major cpl "
                    "corporal pvt private adm admiral gov governor sen senator rep representative "
                    "judge justice mayor sheriff deputy chief inspector superintendent commissioner "
                    "rev reverend father fr sister brother imam rabbi pastor bishop king queen "
                    "prince princess former late candidate presidential marine soldier nurse "
                    "suspect gunman victim accused defendant pilot co-pilot engineer "
                    "driver".split())


def _fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" and "Erdogan", "Kılıçdaroğlu" and "Kilicdaroglu"
    are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(subject: str) -> tuple[str, ...]:
    words = tuple(_fold(subject).replace("-", " ").split())
    if words and words[-1].endswith("'s") and len(words[-1]) > 2:
        words = (*words[:-1], words[-1][:-2])  # "New York City's deadliest fire": the city
    lead = 0
    while lead < len(words) - 2 and words[lead] in _TITLES:
        lead += 1
    return words[lead:]


def _within(a: str, b: str, limit: int) -> bool:
    """True when ``a`` and ``b`` are at most ``limit`` edits apart (insert, delete, replace)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def same_holder(a: str, b: str) -> bool:
    """Whether two subjects name one holder: the same words; a name and the name followed by a
    kind of place ("Linwood", "Linwood Masjid mosque"); or one misspelt word of a long name
    (one edit in a single word of six letters or more, two in a word of eight or more when the
    other words agree)."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    if len(short) == 1 and 2 <= len(long_) <= 5 and short[0] == _initials(long_):
        return True  # "NYC" and "New York City", "MP" and "Madhya Pradesh"
    if len(short) < len(long_):
        if len(short) >= 2 and long_[len(short):len(short) + 1] == ("of",) \
                and long_[:len(short)] == short:
            return True  # "devin kelley of new braunfels": a name and where the person is from
        if len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1] \
                and len(long_) <= len(short) + 2 and _in_order(short, long_):
            return True  # "ian long", "ian david long": a name with and without a middle name
        return long_[:len(short)] == short and all(w in _PLACE_KINDS for w in long_[len(short):])
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if len(wa) == 1:
        return min(len(x), len(y)) >= 6 and _within(x, y, 1)
    return min(len(x), len(y)) >= 5 and _within(x, y, 2 if min(len(x), len(y)) >= 8 else 1)


def _initials(words: tuple[str, ...]) -> str:
    """The initials of a name of several words ("new york city" -> "nyc")."""
    return "".join(w[0] for w in words if w)


def _in_order(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether every word of ``short`` is in ``long_``, in the same order."""
    rest = iter(long_)
    return all(w in rest for w in short)


def canonical_holders(subjects: Iterable[str]) -> dict[str, str]:
    """For each subject that names the same holder as another, the key they share (the most
    often written spelling, then the shortest). Subjects are only compared within small buckets
    (by their first word, and by the rest of their words), so the work stays near linear."""
    counts: dict[str, int] = defaultdict(int)
    for s in subjects:
        counts[s] += 1
    names = sorted(counts)
    parent = {s: s for s in names}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    buckets: dict[tuple, list[str]] = defaultdict(list)
    for s in names:
        w = _words(s)
        if not w:
            continue
        buckets[("first", w[0])].append(s)
        if len(w) > 1:
            buckets[("rest", w[1:])].append(s)
            if len(w) <= 5:
                buckets[("initials", _initials(w))].append(s)
        else:
            buckets[("one", w[0][:3])].append(s)
            buckets[("initials", w[0])].append(s)
    for members in buckets.values():
        if len(members) > 200:
            continue  # a bucket this large is not one name spelt many ways
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if find(a) != find(b) and same_holder(a, b):
                    parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in names:
        groups[find(s)].append(s)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        key = min(members, key=lambda s: (-counts[s], len(s), s))
        for s in members:
            if s != key:
                out[s] = key
    return out


def _person_core(subject: str) -> tuple[str, ...]:
    """A person's name without where they are from: "ernest foss of paradise" is "ernest foss"."""
    words = _words(subject)
    return words[:words.index("of")] if "of" in words[1:] else words


def same_people(subjects: Iterable[str]) -> dict[str, str]:
    """For the holders of people's figures (ages), the key a surname or a name with a place
    after it shares with the person's full name: "wiley", "carl wiley" and "carl wiley of
    magalia" are one person when the run names only one person whose name ends "wiley". Two
    full names that end alike (a family's victims) leave the surname alone, with neither."""
    names = sorted(set(subjects))
    by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for s in names:
        core = _person_core(s)
        if len(core) >= 2:
            by_last[core[-1]].add(core)
    out: dict[str, str] = {}
    for s in names:
        core = _person_core(s)
        if not core:
            continue
        fulls = by_last.get(core[-1], set())
        if len(fulls) != 1:
            continue
        (full,) = fulls
        if core == full[-1:] or core == full:
            key = " ".join(full)
            if s != key:
                out[s] = key
    return out


#: Words of an office a speaker may be named by instead of by name ("the chief minister").
_OFFICE_WORDS = frozenset("chief prime deputy vice minister president governor mayor premier "
                          "chancellor secretary commissioner director general sheriff".split())
_OFFICE_HEADS = frozenset("minister president governor mayor premier chancellor secretary "
                          "commissioner director sheriff".split())
_BEFORE_OFFICE = frozenset("the a state city county regional provincial federal".split())


def _bare_office(raw: str) -> str | None:
    """The office a speaker is named by alone ("the Chief Minister" -> "chief minister"), or None
    when the speaker has a name or is not an office."""
    words = [w.strip(".,'’").lower() for w in raw.split()]
    while words and words[0] in _BEFORE_OFFICE:
        words = words[1:]
    if words and words[-1] in _OFFICE_HEADS and all(w in _OFFICE_WORDS for w in words):
        return " ".join(words)
    return None


def _office_of_named(raw: str) -> str | None:
    """The office written before a name ("West Bengal Chief Minister Mamata Banerjee" -> "chief
    minister"), or None."""
    words = raw.split()
    for i in range(len(words) - 1):
        if words[i].strip(".,").lower() in _OFFICE_HEADS and words[i + 1][:1].isupper() \
                and words[i + 1].strip(".,").lower() not in _OFFICE_WORDS:
            start = i
            while start > 0 and words[start - 1].strip(".,").lower() in _OFFICE_WORDS:
                start -= 1
            return " ".join(w.strip(".,").lower() for w in words[start:i + 1])
    return None


def office_holders(speakers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For speakers named by an office alone ("the chief minister said"), the key of the one
    person the run names with that office ("Chief Minister Mamata Banerjee"): one speaker, not
    two bodies in dispute. ``speakers`` are (as written, key) pairs. An office the run gives to
    no one, or to two people, leaves the speaker as it is."""
    pairs = set(speakers)  # one per claim: the run repeats a few speakers many times
    holders: dict[str, set[str]] = defaultdict(set)
    for raw, key in pairs:
        office = _office_of_named(raw)
        if office:
            holders[office].add(key)
    out: dict[str, str] = {}
    for raw, key in pairs:
        office = _bare_office(raw)
        if office and len(holders.get(office, ())) == 1:
            out[raw] = next(iter(holders[office]))
    return out

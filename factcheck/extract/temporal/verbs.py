"""A small English verb lexicon: recognise verb forms and lemmatize them, without a tagger.

Irregular forms come from a table; regular ones ("announced", "visits", "meeting") from
suffix rules checked against a list of common news verbs so that nouns stay nouns.
"""

from __future__ import annotations

from functools import lru_cache

IRREGULAR = {
    "met": "meet", "held": "hold", "took": "take", "taken": "take", "began": "begin",
    "begun": "begin", "said": "say", "went": "go", "gone": "go", "came": "come",
    "made": "make", "gave": "give", "given": "give", "won": "win", "left": "leave",
    "told": "tell", "saw": "see", "seen": "see", "got": "get", "gotten": "get",
    "became": "become", "brought": "bring", "bought": "buy", "sold": "sell", "sent": "send",
    "spent": "spend", "struck": "strike", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "flew": "fly", "flown": "fly", "spoke": "speak", "spoken": "speak",
    "wrote": "write", "written": "write", "ran": "run", "led": "lead", "paid": "pay",
    "found": "find", "thought": "think", "kept": "keep", "knew": "know", "known": "know",
    "drove": "drive", "driven": "drive", "broke": "break", "broken": "break", "chose": "choose",
    "chosen": "choose", "hit": "hit", "cut": "cut", "put": "put", "set": "set", "quit": "quit",
    "shut": "shut", "let": "let", "lost": "lose", "stood": "stand", "understood": "understand",
    "withdrew": "withdraw", "withdrawn": "withdraw", "sought": "seek", "fought": "fight",
    "swore": "swear", "sworn": "swear", "forgot": "forget", "froze": "freeze", "frozen": "freeze",
    "overtook": "overtake", "undertook": "undertake", "arose": "arise", "shook": "shake", "shaken": "shake",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
    "has": "have", "had": "have", "does": "do", "did": "do", "done": "do",
    "goes": "go", "dies": "die", "died": "die",
    "built": "build", "grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw",
    "showed": "show", "shown": "show", "threw": "throw", "thrown": "throw", "hid": "hide",
    "hidden": "hide", "ate": "eat", "eaten": "eat", "taught": "teach", "caught": "catch",
    "dealt": "deal", "meant": "mean", "felt": "feel", "heard": "hear", "laid": "lay",
    "bore": "bear", "borne": "bear", "wore": "wear", "worn": "wear", "tore": "tear",
    "torn": "tear", "woke": "wake", "woken": "wake", "slid": "slide", "shot": "shoot",
    "fled": "flee", "bled": "bleed", "fed": "feed", "sped": "speed", "spun": "spin",
    "hung": "hang", "sank": "sink", "sunk": "sink", "sprang": "spring", "swept": "sweep",
    "slept": "sleep", "wept": "weep", "lent": "lend", "bent": "bend", "rebuilt": "rebuild",
    "rang": "ring", "rung": "ring", "sang": "sing", "sung": "sing", "forgave": "forgive",
    "forgiven": "forgive", "overcame": "overcome", "undid": "undo", "upheld": "uphold",
    "blew": "blow", "blown": "blow", "burst": "burst", "spread": "spread", "stole": "steal",
    "stolen": "steal", "dug": "dig", "lit": "light", "rode": "ride", "ridden": "ride",
    "beat": "beat", "beaten": "beat", "stuck": "stick", "swung": "swing", "flung": "fling",
    "leapt": "leap", "crept": "creep", "knelt": "kneel", "shone": "shine", "shrank": "shrink",
    "overran": "overrun", "overthrew": "overthrow", "overthrown": "overthrow", "withheld": "withhold",
    "withstood": "withstand", "mistook": "mistake", "mistaken": "mistake", "foresaw": "foresee",
    "swam": "swim", "swum": "swim", "split": "split", "shed": "shed", "cast": "cast",
    "strode": "stride", "slew": "slay", "slain": "slay", "sprung": "spring", "stung": "sting",
    "wrung": "wring", "dove": "dive", "forbade": "forbid", "forbidden": "forbid",
}

#: Base forms of verbs common in news; regular inflections are derived from these.
BASES = frozenset("""
accept accuse act add address create state locate indicate estimate operate adopt agree aim allow announce appear apply approve arrest arrive
ask attack attend back ban begin block boost call cancel capture celebrate change charge claim
close collapse come commemorate complete conclude confirm consider continue cut decide declare
decline deliver demand deny deploy die discuss drop elect end enter escalate expand expect
expire extend face file finish follow form gather go grow halt hand happen hold host impose
increase introduce invade issue join kill land launch lead leave lift make mark meet move name
negotiate occur open order pass pay plan pledge present promise propose publish raise reach
receive record reduce release remain report resign resume retaliate return rise rule say see
seize sign speak start step strike submit suspend take talk tell threaten travel unveil visit
vote warn win withdraw arrive attend tour inspect honor honour mourn agree sue settle tell hike
slash reject respond fly talk send stage enact implement postpone delay delay boycott trigger stop
""".split())

AUXILIARIES = frozenset("be have do will would shall should can could may might must".split())


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str | None:
    """The base form of a verb form ("announced" -> "announce"), or None if not a known verb."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in BASES:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: -len(suffix)] + repl
            if stem in BASES:
                return stem
            # a doubled final consonant: "stopped", "planning"
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in BASES:
                return stem[:-1]
    return None


def is_past(word: str) -> bool:
    """A past-tense or participle form ("visited", "met"), not a base form."""
    w = word.lower()
    if w in ("was", "were", "had", "did"):
        return True
    if w in IRREGULAR and IRREGULAR[w] != w and w not in ("is", "are", "am", "has", "does", "goes", "dies"):
        return True
    return w.endswith("ed") and lemma(w) is not None


@lru_cache(maxsize=1 << 16)
def guess_lemma(word: str) -> str | None:
    """A base form for an unknown "-ed"/"-ing" verb form ("questioned" -> "question",
    "created" -> "create"), or None when the word does not look inflected."""
    w = word.lower()
    known = lemma(w)
    if known:
        return known
    if "-" in w:
        return None  # "state-owned" is an adjective
    if w.endswith("eed") and len(w) >= 5:
        return w[:-1]  # "guaranteed", "agreed", "freed"
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if stem[-1] == stem[-2] and stem[-1] not in "ls":
                return stem[:-1]  # "stopped", "planning"
            if stem.endswith("ell") and len(stem) > 5:
                return stem[:-1]  # British doubling: "levelled", "cancelled" (not "smelled")
            vowels = "aeiou"
            if stem[-1] == "k" and stem[-2] in vowels and stem[-3] in vowels:
                return stem  # "leaked", "looked", "soaked": no silent e after two vowels and k
            if (stem[-1] in "vzcsgk" and stem[-2] in vowels) or stem[-1] in "vz" or stem[-2:] in ("rg", "dg") or \
                    (stem[-1] in "rt" and stem[-2] in "aiou" and stem[-3] not in vowels):
                return stem + "e"  # "fired", "created", "voted", "caused"
            return stem
    return None

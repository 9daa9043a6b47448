"""Source groups: copies of one story (syndication) share a group, so they never confirm or
contradict each other.

Each document's article text (its main ranges) becomes a set of word 5-shingles and a MinHash
signature; locality-sensitive hashing over bands of the signature proposes candidate pairs in
time linear in the corpus, and each candidate is confirmed on the exact shingle sets. Pairs that
share most of the shorter text's shingles (containment, so a trimmed copy still matches) are
joined with union-find; a group is named after its smallest document id.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from ..models import Document

SHINGLE = 5
PERMUTATIONS = 64  # signature length: one bin per value of the top 6 hash bits
BANDS = 16  # 16 bands of 4 rows: pairs with Jaccard above ~0.5 almost always meet in a bucket
#: Share of the shorter text's shingles the longer one must contain to count as a copy.
CONTAINMENT = 0.8
#: Below this many shingles a text is too short to call "nearly the same": only exact copies.
MIN_SHINGLES = 20
#: Above this many shingles a text is sampled (see :func:`shingles`).
MAX_SHINGLES = 4096

_WORD = re.compile(r"\w+")
_VALUE_BITS = 64 - 6  # 64 bins: the top 6 bits of a 64-bit hash pick the bin
_VALUE_MASK = (1 << _VALUE_BITS) - 1


def article_text(doc: Document) -> str:
    """The text that counts for syndication: the main ranges, or the body when there are none."""
    if doc.main:
        return "\n".join(doc.text[lo:hi] for lo, hi in doc.main)
    return doc.text[doc.body_start:]


def shingles(text: str) -> set[int]:
    """Hashed word 5-shingles. Long texts keep only hashes whose low bits are zero (a fixed,
    content-defined sample, the same in every copy), so a book-length file costs no more than
    about ``MAX_SHINGLES`` hashes in the signature."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {_hash(" ".join(words))} if words else set()
    items = {_hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}
    return _sample(items, max(0, (len(items) // MAX_SHINGLES).bit_length()))


def _sample(items: set[int], bits: int) -> set[int]:
    mask = (1 << bits) - 1
    return items if not bits else {x for x in items if not x & mask}


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def signature(items: set[int]) -> tuple[int, ...]:
    """One-permutation MinHash: the hash space is cut into ``PERMUTATIONS`` bins by the top
    bits, each bin keeps its smallest value, and empty bins borrow from the next full one
    (rotation densification), so the signature costs one pass over the shingles."""
    bins: list[int | None] = [None] * PERMUTATIONS
    for x in items:
        b = x >> _VALUE_BITS
        v = x & _VALUE_MASK
        if bins[b] is None or v < bins[b]:
            bins[b] = v
    if not items:
        return tuple([0] * PERMUTATIONS)
    # One backward pass over the bins twice round: the next full bin at or after each bin.
    out = [0] * PERMUTATIONS
    nearest = 0
    for i in range(2 * PERMUTATIONS - 1, -1, -1):
        if bins[i % PERMUTATIONS] is not None:
            nearest = i
        if i < PERMUTATIONS:
            # The distance is folded in so a borrowed value never equals a bin's own minimum.
            out[i] = bins[nearest % PERMUTATIONS] + ((nearest - i) << _VALUE_BITS)
    return tuple(out)


def assign_groups(documents: list[Document]) -> list[Document]:
    """The documents, sorted by id, with ``group`` set so that copies of one article share it."""
    docs = sorted(documents, key=lambda d: d.id)
    if len(docs) < 2:  # nothing to be a copy of: spare a long article its shingles
        return [d if d.group == d.id else d.model_copy(update={"group": d.id}) for d in docs]
    sets = [shingles(article_text(d)) for d in docs]
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    rows = PERMUTATIONS // BANDS
    for i, items in enumerate(sets):
        if not items:
            continue
        sig = signature(items)
        for band in range(BANDS):
            buckets[(band, sig[band * rows:(band + 1) * rows])].append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for j in members[1:]:
            i = members[0]
            # Comparing each member with the bucket's first keeps the work linear; union-find
            # makes the groups transitive anyway.
            if (i, j) in checked or find(i) == find(j):
                continue
            checked.add((i, j))
            if is_copy(sets[i], sets[j]):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    out = []
    for i, doc in enumerate(docs):
        group = docs[find(i)].id
        out.append(doc if group == doc.group else doc.model_copy(update={"group": group}))
    return out


def is_copy(a: set[int], b: set[int]) -> bool:
    # Compare at the coarser of the two samples so both sets hold the same kind of hashes.
    bits = max(_bits(a), _bits(b))
    a, b = _sample(a, bits), _sample(b, bits)
    small = min(len(a), len(b))
    if small < MIN_SHINGLES:
        return a == b
    return len(a & b) / small >= CONTAINMENT


def _bits(items: set[int]) -> int:
    """Low zero bits every hash in a sampled set shares (0 for an unsampled set)."""
    if len(items) < MAX_SHINGLES // 2:
        return 0
    combined = 0
    for x in items:
        combined |= x
    return (combined & -combined).bit_length() - 1 if combined else 0

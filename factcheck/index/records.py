"""What the index stores for a document, computed where the extraction runs (in workers):
compressed text and claims, MinHash band hashes for syndication, and the blocking keys of
every cross-source rule. Also the rule-set fingerprint the keys belong to."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import TypeAdapter

from ..dsl.rules import RuleSet
from ..engine import items_for, select
from ..ingest.groups import BANDS, PERMUTATIONS, article_text, shingles, signature
from ..models import Claim, Document

#: Bump when the way keys are computed changes, so that old keys are rebuilt.
KEYS_VERSION = 2
_CLAIM = TypeAdapter(Claim)


@dataclass
class DocRecord:
    doc_id: str
    info: str
    body_start: int
    text: bytes
    claims: bytes
    n_claims: int
    bands: list[int]
    keys: list[tuple[int, int, int]]  # (rule number, key hash, claim ordinal)


def int64(data: str) -> int:
    """A stable signed 64-bit hash (SQLite integers are signed)."""
    return int.from_bytes(hashlib.blake2b(data.encode(), digest_size=8).digest(), "little", signed=True)


def keyed_rules(ruleset: RuleSet) -> list[tuple[int, object]]:
    """The rules whose candidates come from the archive (numbered by their place in the set).
    Rules within one document and against facts only look at the draft's own claims."""
    return [(i, r) for i, r in enumerate(ruleset.rules) if r.compare == "across_sources"]


def key_hash(rule, item) -> int:
    """The claim's block of a rule, without its subject: a figure that names no subject is
    compared with the one subject its block names (engine.blocks_of), so the index hands back
    the whole family and the engine decides."""
    return int64(repr(tuple(item.get(k) for k in rule.keys if k != "subject")))


def fingerprint(ruleset: RuleSet) -> str:
    """What the keys depend on: each rule's selection and keys, and the lexicons that make
    measures, subjects and events canonical."""
    data = {
        "v": KEYS_VERSION,
        "rules": [[r.id, r.compare, r.select_text, list(r.keys), r.outside_main] for r in ruleset.rules],
        "aliases": {k: list(v.phrases) for k, v in sorted(ruleset.aliases.items())},
        "measures": {k: [m.dimension, list(m.lexicon.phrases)] for k, m in sorted(ruleset.measures.items())},
        "events": {k: list(v.phrases) for k, v in sorted(ruleset.events.items())},
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def document_keys(ruleset: RuleSet, doc: Document, claims: list[Claim]) -> list[tuple[int, int, int]]:
    items = items_for(ruleset, [doc], claims)
    ordinal = {id(it.claim): n for n, it in enumerate(items)}
    out = []
    for no, rule in keyed_rules(ruleset):
        for it in select(rule, items):
            out.append((no, key_hash(rule, it), ordinal[id(it.claim)]))
    return out


def band_keys(doc: Document) -> list[int]:
    items = shingles(article_text(doc))
    if not items:
        return []
    sig = signature(items)
    rows = PERMUTATIONS // BANDS
    return [int64(repr((band, sig[band * rows:(band + 1) * rows]))) for band in range(BANDS)]


def make_record(ruleset: RuleSet, doc: Document, claims: list[Claim]) -> DocRecord:
    return DocRecord(
        doc_id=doc.id, info=doc.model_dump_json(), body_start=doc.body_start,
        text=zlib.compress(doc.text.encode("utf-8"), 1),
        claims=zlib.compress(b"\n".join(_CLAIM.dump_json(c) for c in claims), 1), n_claims=len(claims),
        bands=band_keys(doc), keys=document_keys(ruleset, doc, claims))


def load_document(info: str, body_start: int, text: bytes, group: str) -> Document:
    doc = Document.model_validate_json(info)
    return doc.model_copy(update={"text": zlib.decompress(text).decode("utf-8"),
                                  "body_start": body_start, "group": group})


def load_claims(blob: bytes, ordinals: Iterable[int] | None = None) -> list[Claim]:
    """A document's claims, or only those at ``ordinals``. Claims are stored one JSON object
    a line, so a check parses only the lines it uses."""
    lines = zlib.decompress(blob).split(b"\n")
    if lines == [b""]:
        return []
    picked = range(len(lines)) if ordinals is None else sorted(i for i in ordinals if i < len(lines))
    return [_CLAIM.validate_json(lines[i]) for i in picked]

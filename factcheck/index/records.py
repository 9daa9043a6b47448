"""What the index stores for a document, computed where the extraction runs (in workers):
compressed text and claims, MinHash band hashes for syndication, and the blocking keys of
every cross-source rule. Also the rule-set fingerprint the keys belong to."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError

from ..dsl.rules import RuleSet
from ..engine import items_for, select
from ..errors import InputError
from ..ingest.groups import BANDS, PERMUTATIONS, article_text, shingles, signature
from ..models import Claim, Diagnostic, Document
from .schema import from_db

#: Bump when the way keys are computed changes, so that old keys are rebuilt.
KEYS_VERSION = 2
_CLAIM = TypeAdapter(Claim)
_DOCUMENT = TypeAdapter(Document)


class DamagedRecord(InputError):
    """A stored document or claims record that cannot be read back (a bad compressed blob,
    JSON of the wrong shape, fewer claims than the index says)."""


def damaged(db: object, doc_id: str, exc: DamagedRecord) -> Diagnostic:
    """The documented damaged-index message for one record, as a located diagnostic: the run
    goes on without that document."""
    return Diagnostic(severity="error", code="X903", path=str(db),
                      message=f"damaged or unreadable index (the record of {doc_id}: {exc}); "
                              "delete it and run factcheck index again",
                      hint="the other documents were read; this one was left out")


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
        doc_id=doc.id, info=_dump_document(doc), body_start=doc.body_start,
        text=zlib.compress(doc.text.encode("utf-8", "surrogatepass"), 1),
        claims=zlib.compress(b"\n".join(_dump_claim(c) for c in claims), 1), n_claims=len(claims),
        bands=band_keys(doc), keys=document_keys(ruleset, doc, claims))


# A file name that is not UTF-8 reaches us with its bytes as lone surrogates ("caf\udce9.txt"),
# which pydantic's JSON cannot write: such records are written as ASCII JSON with \u escapes,
# which the standard json module reads back.
def _dump_document(doc: Document) -> str:
    try:
        return doc.model_dump_json()
    except PydanticSerializationError:
        return json.dumps(doc.model_dump(mode="json"))


def _dump_claim(claim: Claim) -> bytes:
    try:
        return _CLAIM.dump_json(claim)
    except PydanticSerializationError:
        return json.dumps(_CLAIM.dump_python(claim, mode="json")).encode("ascii")


def _validate(model, data: str | bytes, what: str):
    """``model`` read from JSON; the standard library's reader for escaped surrogates."""
    try:
        return model.validate_json(data)
    except ValidationError:
        try:
            return model.validate_python(json.loads(data))
        except (ValueError, RecursionError, ValidationError) as exc:
            raise DamagedRecord(f"{what}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()
    return " ".join(text[:2])[:200] if text else type(exc).__name__


def load_document(info: str, body_start: int, text: bytes, group: str | bytes) -> Document:
    """A stored document; raises :class:`DamagedRecord` when the record cannot be read."""
    try:
        body = zlib.decompress(text).decode("utf-8", "surrogatepass")
    except (zlib.error, TypeError, UnicodeDecodeError) as exc:
        raise DamagedRecord(f"text: {_reason(exc)}") from None
    doc = _validate(_DOCUMENT, info, "metadata") if isinstance(info, (str, bytes)) else None
    if not isinstance(doc, Document) or not isinstance(body_start, int) or not 0 <= body_start <= len(body):
        raise DamagedRecord("metadata: not a document record")
    return doc.model_copy(update={"text": body, "body_start": body_start, "group": from_db(group)})


def load_claims(blob: bytes, ordinals: Iterable[int] | None = None, expected: int | None = None,
                doc_id: str | None = None) -> list[Claim]:
    """A document's claims, or only those at ``ordinals``. Claims are stored one JSON object
    a line, so a check parses only the lines it uses. ``expected`` (the stored count) and
    ``doc_id`` are checked: a record that holds fewer claims, or another document's, is
    damaged, never silently short. Raises :class:`DamagedRecord`."""
    try:
        data = zlib.decompress(blob)
    except (zlib.error, TypeError) as exc:
        raise DamagedRecord(f"claims: {_reason(exc)}") from None
    lines = data.split(b"\n") if data else []
    if expected is not None and len(lines) != expected:
        raise DamagedRecord(f"claims: {len(lines)} stored, the index lists {expected}")
    picked = range(len(lines)) if ordinals is None else sorted(set(ordinals))
    if picked and picked[-1] >= len(lines):
        raise DamagedRecord(f"claims: claim {picked[-1] + 1} is listed, {len(lines)} stored")
    out = []
    for i in picked:
        claim = _validate(_CLAIM, lines[i], f"claims: claim {i + 1}")
        if doc_id is not None and claim.doc != doc_id:
            raise DamagedRecord(f"claims: claim {i + 1} belongs to another document")
        out.append(claim)
    return out

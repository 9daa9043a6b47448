"""Score the shipped rule packs on the real-news benchmark (bench/data/news/, labels written
before the tool ran on it). Each event folder is checked on its own, as an editor would check
the coverage of one story.

    python bench/news_eval.py                   # the development part
    python bench/news_eval.py --split heldout   # the held-out part (score once, blind)
    python bench/news_eval.py --list            # also every finding, miss and flagged look-alike
    python bench/news_eval.py --event dev/beirut-explosion --list

Per rule and overall: findings; precision (findings that match a must_fire label / findings;
unlabelled findings count against it and are listed with --list); recall of must_fire labels;
look-alikes flagged (must_not_fire labels that a finding matches); and the share of agree pairs
whose two claims some rule puts in one block, the keys the engine compares after it names the
story's event for claims that name none (the tool sees one figure).
Time rules (the dates pack) and quantity rules are also reported apart.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import factcheck  # noqa: E402
from factcheck.engine import blocks_of, items_for, why_not_selected  # noqa: E402
from news_labels import Event, Pair, Side, events  # noqa: E402
from factcheck.models import QuantityValue  # noqa: E402
from factcheck.units import conversion  # noqa: E402


@dataclass
class Scored:
    finding: factcheck.Finding
    event: str
    status: str  # true | lookalike | agree | unlabelled
    labels: list[str] = field(default_factory=list)
    closure: str = ""  # the status with the labels' closure (see _figures)


def _file_of(path: str) -> str:
    return Path(path).name


class _Copies:
    """Claims that stand for one another: a finding names one copy of a syndicated story (one
    source group), and a label may name another copy's claim of the same words."""

    def __init__(self, documents, claims) -> None:
        self.group = {Path(d.path).name: d.group for d in documents}
        self.claims = claims
        self.docs = {d.id: d for d in documents}

    def covers(self, ref, side: Side) -> bool:
        if _file_of(ref.path) == side.file:
            if ref.start < side.end and side.start < ref.end:
                return True
            # the article gives the same figure again elsewhere: the finding cites the outlet's
            # figure, whichever of its mentions it quotes
            return any(_same_figure(c.value, ref.value) and c.measure == ref.measure
                       for c in _claims_at(side, self.claims, self.docs))
        if self.group.get(_file_of(ref.path)) != self.group.get(side.file):
            return False
        return any(c.text == ref.text for c in _claims_at(side, self.claims, self.docs))


def _same_figure(a, b) -> bool:
    """One figure written twice in one article: the same value, or the same value in another
    unit ("25 miles (40 kilometers)", "about 820km (510 miles)"), within the rounding of a
    conversion (1.5%). A figure with another hedge is not the same: a label may rest on its
    hedge ("at least 20" overlaps 21; "20 dead" does not)."""
    if a == b:
        return True
    if not (isinstance(a, QuantityValue) and isinstance(b, QuantityValue)) or a.hedge != b.hedge \
            or a.unit == b.unit:
        return False
    x = a.exact if a.exact is not None else (a.low if a.low == a.high else None)
    y = b.exact if b.exact is not None else (b.low if b.low == b.high else None)
    factor = conversion(a.unit, b.unit)
    if x is None or y is None or factor is None or not y:
        return False
    return abs(x * factor - y) <= 0.015 * abs(y)


def _figures(pairs: list[Pair]) -> dict[Side, frozenset[Side]]:
    """The labels' closure: the sides that agree pairs join stand for one figure (the readers
    said "the same figure about the same thing"), so a must_fire or must_not_fire label between
    two figures holds for every mention of each. "A agrees with C, A contradicts B" gives
    "C contradicts B": an inference from the labels alone, not a judgement of ours."""
    parent: dict[Side, Side] = {}

    def find(x: Side) -> Side:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        find(p.a), find(p.b)
        if p.label == "agree":
            parent[find(p.a)] = find(p.b)
    members: dict[Side, set[Side]] = defaultdict(set)
    for x in parent:
        members[find(x)].add(x)
    return {x: frozenset(members[find(x)]) for x in parent}


def _matches(finding: factcheck.Finding, pair: Pair, copies: _Copies,
             figures: dict[Side, frozenset[Side]] | None = None) -> bool:
    """Whether the finding opposes the pair's two sides (with ``figures``: any mention the
    labels' closure joins to each side)."""
    sides_a = figures.get(pair.a, frozenset((pair.a,))) if figures else (pair.a,)
    sides_b = figures.get(pair.b, frozenset((pair.b,))) if figures else (pair.b,)

    def covers(ref, sides) -> bool:
        return any(copies.covers(ref, side) for side in sides)

    claims = finding.claims
    if len(claims) == 1:  # a claim wrong on its own ("Thursday (September 15)"): both sides in it
        return covers(claims[0], sides_a) and covers(claims[0], sides_b)
    groups = finding.details.get("value groups", "").split(",")
    grouped = len(groups) == len(claims)
    for i, x in enumerate(claims):
        if i and not grouped:
            break  # a claim and those that contradict it: only the first is set against each other one
        for k, y in enumerate(claims[i + 1:], start=i + 1):
            if grouped and (groups[i] == groups[k] or "*" in (groups[i], groups[k])):
                continue  # listed as agreeing with each other (or with every value, "*"): not opposed
            if (covers(x, sides_a) and covers(y, sides_b)) or (covers(x, sides_b) and covers(y, sides_a)):
                return True
    return False


def _status(labels: set[str]) -> str:
    return ("true" if "must_fire" in labels else "lookalike" if "must_not_fire" in labels
            else "agree" if "agree" in labels else "unlabelled")


def score_event(event: Event, rules) -> tuple[list[Scored], dict]:
    corpus = factcheck.load_corpus([str(event.folder)])
    documents = corpus.documents
    claims = factcheck.extract(documents)
    report = factcheck.check(corpus, rules, claims=claims)
    scored = []
    copies = _Copies(documents, claims)
    hit: dict[str, list[str]] = defaultdict(list)  # label id -> rules whose findings match it
    closure_hit: dict[str, list[str]] = defaultdict(list)
    figures = _figures(event.pairs)
    for f in report.findings:
        matched = [p for p in event.pairs if _matches(f, p, copies)]
        for p in matched:
            hit[p.id].append(f.rule)
        joined = [p for p in event.pairs if p.label != "agree" and _matches(f, p, copies, figures)]
        for p in joined:
            closure_hit[p.id].append(f.rule)
        scored.append(Scored(f, event.name, _status({p.label for p in matched}), [p.id for p in matched],
                             _status({p.label for p in matched} | {p.label for p in joined})))
    keys = _agree_keys(event, rules, documents, claims)
    return scored, {"hit": hit, "closure_hit": closure_hit, "keys": keys, "claims": claims,
                    "documents": documents}


def _claims_at(side: Side, claims, docs_by_id) -> list:
    return [c for c in claims if _file_of(docs_by_id[c.doc].path) == side.file
            and c.start < side.end and side.start < c.end]


def _agree_keys(event: Event, rules, documents, claims) -> dict[str, str]:
    """For every pair: 'same keys: RULE' when some rule selects a claim at each side with equal
    keys, else the reason they would not be compared."""
    docs = {d.id: d for d in documents}
    all_items = items_for(rules, documents, claims)
    items = {it.claim.id: it for it in all_items}
    # the keys the engine compares: a rule's block key, after it names the story's event and
    # its occurrence for claims that name none ("the incident occurred at 1:30"); a claim the
    # engine leaves out of every block (a figure of several named holders) has none
    block_key: dict[tuple[str, str], tuple] = {}
    # rules that pair claims; a rule that checks each claim alone (a weekday against its
    # date) compares no two claims, so its empty key is no evidence of one figure
    pairing = [r for r in rules.rules if r.compare not in ("against_facts", "each")]
    for rule in pairing:
        chosen = [it for it in all_items if not why_not_selected(rule, it)]
        for key, members in blocks_of(rule, chosen).items():
            for it in members:
                block_key[rule.id, it.claim.id] = key
    out = {}
    for pair in event.pairs:
        a_claims = _claims_at(pair.a, claims, docs)
        b_claims = _claims_at(pair.b, claims, docs)
        if not a_claims or not b_claims:
            out[pair.id] = "not extracted: " + " and ".join(
                s.figure for s, cs in ((pair.a, a_claims), (pair.b, b_claims)) if not cs)
            continue
        reasons = []
        verdict = None
        for rule in pairing:
            for ca in a_claims:
                for cb in b_claims:
                    ia, ib = items[ca.id], items[cb.id]
                    wa, wb = why_not_selected(rule, ia), why_not_selected(rule, ib)
                    if wa or wb:
                        continue
                    ka = block_key.get((rule.id, ca.id))
                    kb = block_key.get((rule.id, cb.id))
                    if ka is None or kb is None:
                        reasons.append(f"{rule.id} leaves out "
                                       + " and ".join(c.text for c, k in ((ca, ka), (cb, kb)) if k is None)
                                       + " (the story's event not clear, or a figure of several holders)")
                        continue
                    if ka == kb:
                        verdict = f"same keys: {rule.id}"
                        break
                    diff = [f"{k}: {x!r} vs {y!r}" for k, x, y in zip(rule.keys, ka, kb) if x != y]
                    reasons.append(f"{rule.id} keys differ ({'; '.join(diff)})")
                if verdict:
                    break
            if verdict:
                break
        if verdict or reasons:
            out[pair.id] = verdict or reasons[0]
        else:  # what the claims were read as, so a reader sees which measure no rule compares
            read = " vs ".join(repr(cs[0].measure if cs[0].kind == "quantity" else cs[0].kind)
                               for cs in (a_claims, b_claims))
            out[pair.id] = f"no rule selects both claims (read as {read})"
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def summarise(all_scored: list[Scored], labelled: list[Pair], hits: dict, keys: dict,
              only_rules=None) -> dict:
    scored = [s for s in all_scored if only_rules is None or only_rules(s.finding.rule)]
    classes = None if only_rules is None else {"quantity", "time"}
    must = [p for p in labelled if p.label == "must_fire"]
    mnf = [p for p in labelled if p.label == "must_not_fire"]
    agree = [p for p in labelled if p.label == "agree"]

    def hit_by(p: Pair) -> bool:
        return any(only_rules is None or only_rules(r) for r in hits.get((p.event, p.id), []))

    true = sum(s.status == "true" for s in scored)
    return {
        "findings": len(scored), "true": true,
        "lookalike_findings": sum(s.status == "lookalike" for s in scored),
        "agree_findings": sum(s.status == "agree" for s in scored),
        "unlabelled_findings": sum(s.status == "unlabelled" for s in scored),
        "precision": _ratio(true, len(scored)),
        "must_fire": len(must), "found": sum(hit_by(p) for p in must),
        "recall": _ratio(sum(hit_by(p) for p in must), len(must)),
        "must_not_fire": len(mnf), "lookalikes_flagged": sum(hit_by(p) for p in mnf),
        "lookalike_rate": _ratio(sum(hit_by(p) for p in mnf), len(mnf)),
        "agree": len(agree),
        "agree_same_keys": sum(keys.get((p.event, p.id), "").startswith("same keys") for p in agree),
        "agree_key_rate": _ratio(sum(keys.get((p.event, p.id), "").startswith("same keys")
                                     for p in agree), len(agree)),
        "agree_flagged": sum(hit_by(p) for p in agree),
        "_classes": classes,
    }


def _table(rows: list[tuple[str, dict]]) -> str:
    head = ("| part | findings | true | precision | must_fire found | recall | look-alikes flagged "
            "| agree same keys |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    for name, s in rows:
        lines.append(f"| {name} | {s['findings']} | {s['true']} | {s['precision']} | "
                     f"{s['found']}/{s['must_fire']} | {s['recall']} | "
                     f"{s['lookalikes_flagged']}/{s['must_not_fire']} ({s['lookalike_rate']}) | "
                     f"{s['agree_same_keys']}/{s['agree']} ({s['agree_key_rate']}) |")
    return "\n".join(lines)


def _short(f: factcheck.Finding) -> str:
    where = " ~ ".join(f"{_file_of(c.path)}:{c.line} {c.text!r}" for c in f.claims[:3])
    return f"{f.rule}: {where}"


def _uncommitted(folder: Path) -> bool:
    """True when the event's files differ from what git has committed: labels must be committed
    before the tool is run on them (see bench/data/news/README.md)."""
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--", str(folder)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False  # not a git checkout: nothing to enforce
    return bool(out.strip())


def run(split: str, which: list[str] | None, listing: bool, as_json: bool,
        allow_uncommitted: bool = False) -> int:
    loaded = events(which) if which else [e for e in events() if e.split == split]
    if not allow_uncommitted:
        skipped = [e for e in loaded if _uncommitted(e.folder)]
        for e in skipped:
            print(f"skipped {e.name}: its files are not committed (commit the labels before "
                  f"running the tool on them, or pass --allow-uncommitted)", file=sys.stderr)
        loaded = [e for e in loaded if e not in skipped]
    problems = [p for e in loaded for p in e.problems]
    if problems:
        for p in problems:
            print(f"label problem: {p}", file=sys.stderr)
        return 2
    if not loaded:
        print(f"no events in bench/data/news/{split}/", file=sys.stderr)
        return 2
    rules = factcheck.load_rules()
    started = time.perf_counter()
    all_scored: list[Scored] = []
    hits: dict = {}
    closure_hits: dict = {}
    keys: dict = {}
    labelled: list[Pair] = []
    per_event = []
    for event in loaded:
        scored, info = score_event(event, rules)
        all_scored += scored
        labelled += event.pairs
        for pid, rs in info["hit"].items():
            hits[event.name, pid] = rs
        for pid, rs in info["closure_hit"].items():
            closure_hits[event.name, pid] = rs
        for pid, why in info["keys"].items():
            keys[event.name, pid] = why
        per_event.append((event, scored, info))
    elapsed = time.perf_counter() - started

    def by_pack(pack):
        return lambda rule: rule.split(".", 1)[0] == pack

    def time_rules(rule):
        return rule.startswith("dates.") or rule == "reference.date"

    def quantity_rules(rule):
        return not time_rules(rule)

    time_pairs = [p for p in labelled if p.cls == "time"]
    qty_pairs = [p for p in labelled if p.cls == "quantity"]
    rows = [("all", summarise(all_scored, labelled, hits, keys)),
            ("quantity rules / quantity labels", summarise(all_scored, qty_pairs, hits, keys, quantity_rules)),
            ("time rules / time labels", summarise(all_scored, time_pairs, hits, keys, time_rules))]
    joined = [replace(s, status=s.closure) for s in all_scored]
    rows += [("all, labels' closure", summarise(joined, labelled, closure_hits, keys)),
             ("quantity, labels' closure", summarise(joined, qty_pairs, closure_hits, keys, quantity_rules)),
             ("time, labels' closure", summarise(joined, time_pairs, closure_hits, keys, time_rules))]
    rule_ids = sorted({s.finding.rule for s in all_scored})
    for rid in rule_ids:
        cls_pairs = time_pairs if time_rules(rid) else qty_pairs
        rows.append((rid, summarise(all_scored, cls_pairs, hits, keys, lambda r, rid=rid: r == rid)))
    if as_json:
        print(json.dumps({name: {k: v for k, v in s.items() if not k.startswith("_")}
                          for name, s in rows}, indent=2))
        return 0
    n_files = sum(len(info["documents"]) for _, _, info in per_event)
    counts = Counter(p.label for p in labelled)
    print(f"{split if not which else ', '.join(which)}: {len(loaded)} events, {n_files} articles, "
          f"{len(labelled)} labelled pairs (must_fire {counts['must_fire']}, must_not_fire "
          f"{counts['must_not_fire']}, agree {counts['agree']}); {elapsed:.1f} s\n")
    print(_table(rows))
    print("\nrecall per rule is of the labels of its class (time or quantity) that the rule's findings match.")
    print("labels' closure: a finding also counts against a label when it opposes mentions the readers "
          "labelled agree with the label's sides (the same figure); the rows above it count the "
          "labelled mentions only.")
    if listing:
        _listing(per_event, hits, keys)
    return 0


def _listing(per_event, hits, keys) -> None:
    for event, scored, info in per_event:
        print(f"\n## {event.name}: {event.title}")
        for s in scored:
            tag = {"true": "TRUE      ", "lookalike": "LOOK-ALIKE", "agree": "AGREE!    ",
                   "unlabelled": "UNLABELLED"}[s.status]
            if s.closure != s.status:
                tag = tag.strip() + f" (closure: {s.closure})"
            print(f"  {tag} {_short(s.finding)}  [{', '.join(s.labels)}]")
            if s.status != "true":
                print(f"             {s.finding.message[:220]}")
        for p in event.pairs:
            key = keys.get((event.name, p.id), "")
            found = hits.get((event.name, p.id))
            if p.label == "must_fire" and not found:
                print(f"  MISSED     {p.id} [{p.cls}] {p.what}: {p.a.file} {p.a.figure!r} vs "
                      f"{p.b.file} {p.b.figure!r} -- {key}")
            elif p.label == "agree" and not key.startswith("same keys"):
                print(f"  KEYS DIFF  {p.id} [{p.cls}] {p.what}: {p.a.figure!r} vs {p.b.figure!r} -- {key}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--event", action="append", help="an event folder under bench/data/news (repeatable)")
    ap.add_argument("--list", action="store_true", help="list every finding, miss and key mismatch")
    ap.add_argument("--json", action="store_true", help="figures as JSON")
    ap.add_argument("--allow-uncommitted", action="store_true",
                    help="score events whose labels are not committed yet")
    args = ap.parse_args(argv)
    return run(args.split, args.event, args.list, args.json, args.allow_uncommitted)


if __name__ == "__main__":
    sys.exit(main())

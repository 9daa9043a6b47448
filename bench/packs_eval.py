"""Precision and recall of the shipped rule packs on a labelled set of document pairs written
for the project (bench/data/labelled_pairs.yaml; none of them is a rule test case).

    python bench/packs_eval.py            # summary, per rule, and every miss or false alarm
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck import Document, check, load_rules  # noqa: E402
from factcheck.ingest.mainbody import detect_main  # noqa: E402


def document(pair_id: str, side: str, raw: dict) -> Document:
    doc_id = f"{pair_id}/{side}"
    published = raw.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Document(id=doc_id, path=doc_id, source=raw.get("source"), published=published,
                    group=str(raw.get("group", doc_id)), text=raw["text"], main=detect_main(raw["text"]))


def evaluate(path: Path = ROOT / "bench" / "data" / "labelled_pairs.yaml") -> dict:
    pairs = yaml.safe_load(path.read_text())["pairs"]
    rules = load_rules()
    tp = fp = fn = tn = 0
    per_rule: Counter = Counter()
    problems = []
    for pair in pairs:
        docs = [document(pair["id"], side, pair[side]) for side in ("a", "b")]
        fired = {f.rule for f in check(docs, rules).findings}
        expected = set() if pair["expect"] == "none" else {pair["expect"]}
        for rule in fired & expected:
            tp += 1
            per_rule[rule, "tp"] += 1
        for rule in fired - expected:
            fp += 1
            per_rule[rule, "fp"] += 1
            problems.append(f"false alarm  {pair['id']}: {rule}")
        for rule in expected - fired:
            fn += 1
            per_rule[rule, "fn"] += 1
            problems.append(f"missed       {pair['id']}: {rule}")
        if not fired and not expected:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": len(pairs), "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision,
            "recall": recall, "per_rule": per_rule, "problems": problems}


def main() -> None:
    r = evaluate()
    print(f"{r['pairs']} labelled pairs: {r['tp']} true findings, {r['fp']} false alarms, "
          f"{r['fn']} missed, {r['tn']} correctly silent")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    rules = sorted({rule for rule, _ in r["per_rule"]})
    for rule in rules:
        print(f"  {rule:28} tp {r['per_rule'][rule, 'tp']:2}  fp {r['per_rule'][rule, 'fp']:2}  fn {r['per_rule'][rule, 'fn']:2}")
    for p in r["problems"]:
        print("  " + p)


if __name__ == "__main__":
    main()

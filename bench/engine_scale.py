"""Rule evaluation scales linearly: time and pairs for 10k, 100k and 1M synthetic claims.

Claims are generated (no extraction): 8 per document, 40 measures, 12 periods, and one subject
per 25 claims (a larger archive covers more stories), so a block holds a handful of figures
whatever the size, as in real news. Run:

    python bench/engine_scale.py            # 10k, 100k, 1M
    python bench/engine_scale.py 10000      # one size
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.dsl import load_rules  # noqa: E402
from factcheck.engine import candidates, evaluate, items_for, select  # noqa: E402
from factcheck.models import Claim, Document, QuantityValue  # noqa: E402

PACK = """
rule bench.cross-source {
  title: "figures differ"
  severity: warning
  compare: pairs across sources
  select: kind = quantity and measure and modality = actual
  same: measure, dimension, subject, period
  expect: overlap within 5%
  message: "{a.value} vs {b.value}"
}
"""
NOUNS = [f"measure{i}" for i in range(40)]


def synthetic(n: int, seed: int = 7) -> tuple[list[Document], list[Claim]]:
    rng = random.Random(seed)
    docs, claims = [], []
    per_doc = 8
    subjects = max(1, n // 25)
    for d in range(n // per_doc):
        doc_id = f"doc{d}"
        text = "x" * 80
        docs.append(Document.model_construct(id=doc_id, path=doc_id, source=f"outlet{d % 50}",
                                             published=dt.date(2025, 1, 1) + dt.timedelta(days=d % 300),
                                             title=None, url=None, group=doc_id, format="txt", main=[],
                                             text=text, body_start=0))
        for k in range(per_doc):
            noun = rng.choice(NOUNS)
            value = rng.choice([1000, 1200, 5000, 54000])
            claims.append(Claim.model_construct(
                id=f"{doc_id}:{k}", doc=doc_id, start=0, end=10, line=1, col=1, text="x", kind="quantity",
                value=QuantityValue.model_construct(low=value, high=value, unit=noun, exact=value, hedge=None, base=None),
                measure=noun, subject=f"subject{rng.randrange(subjects)}", speaker=None, modality="actual",
                negated=False, event=None, period=str(2014 + rng.randrange(12)), main=True, sentence=(0, 10), notes=[]))
    return docs, claims


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.fc"
        path.write_text(PACK)
        rules = load_rules([path])
    docs, claims = synthetic(n)
    rule = rules.rules[0]
    t0 = time.perf_counter()
    items = items_for(rules, docs, claims)
    t1 = time.perf_counter()
    selected = select(rule, items)
    pairs = sum(1 for _ in candidates(rule, selected, rules))
    t2 = time.perf_counter()
    findings = evaluate(rules, docs, claims)
    t3 = time.perf_counter()
    return {"claims": len(claims), "pairs": pairs, "findings": len(findings),
            "views_s": t1 - t0, "pairing_s": t2 - t1, "evaluate_s": t3 - t2,
            "us_per_claim": (t3 - t2) / len(claims) * 1e6,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    from factcheck.units import registry

    registry()  # pint's one-off start-up (about 1 s) is not part of evaluation
    print(f"{'claims':>9} {'pairs':>9} {'findings':>9} {'evaluate s':>11} {'µs/claim':>9} {'peak RSS MB':>12}")
    for n in sizes:
        r = run(n)
        print(f"{r['claims']:>9,} {r['pairs']:>9,} {r['findings']:>9,} {r['evaluate_s']:>11.2f} "
              f"{r['us_per_claim']:>9.1f} {r['peak_rss_mb']:>12.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])

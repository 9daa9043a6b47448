"""Score the temporal tagger on TempEval-3 training data (TimeBank + AQUAINT) and time it.

TempEval-3 definitions: strict span F1 (exact offsets), relaxed span F1 (overlap), value F1 =
relaxed F1 x share of relaxed matches whose normalized value is right. Each document's DCT is
the publication date. dateparser's ``search_dates`` runs on the same sentences when installed.

    .venv/bin/python bench/temporal_eval.py [--data DIR] [--no-dateparser] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import platform
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.dates import find_dates  # noqa: E402
from factcheck.extract.sentences import sentences  # noqa: E402
from factcheck.extract.temporal import DocState, tag  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "tempeval3-train"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[Gold]


def load(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', raw, re.S)
    if m:
        dct = dt.date.fromisoformat(m.group(1))
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, gold, pos, open_timex = [], [], 0, None
    length = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) == "TIMEX3":
            if t.group(1) == "":
                open_timex = (length, dict(_ATTR.findall(t.group(3))))
            elif open_timex:
                start, attrs = open_timex
                gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", "")))
                open_timex = None
    out.append(html.unescape(body[pos:]))
    return Doc(path.stem, "".join(out), dct, gold)


def docs(data: Path) -> list[Doc]:
    return [load(p) for p in sorted(data.glob("*/*.tml"))]


def ours(doc: Doc, document_context: bool = True) -> list[tuple[int, int, str]]:
    found = []
    state = DocState() if document_context else None
    for lo, hi in sentences(doc.text):
        # anniversaries date an event ("the 80th anniversary of X"): no TIMEX3 in TimeML
        found += [(t.start, t.end, t.value.timex) for t in tag(doc.text, lo, hi, doc.dct, state)
                  if t.form != "anniv"]
    return found


def with_dateparser(doc: Doc) -> list[tuple[int, int, str]]:
    from dateparser.search import search_dates
    base = dt.datetime.combine(doc.dct, dt.time()) if doc.dct else None
    found = []
    for lo, hi in sentences(doc.text):
        sent = doc.text[lo:hi]
        try:
            hits = search_dates(sent, languages=["en"], settings={"RELATIVE_BASE": base} if base else None) or []
        except Exception:  # dateparser raises on odd input; count it as nothing found
            hits = []
        cursor = 0
        for phrase, when in hits:
            i = sent.find(phrase, cursor)
            if i < 0:
                continue
            cursor = i + len(phrase)
            found.append((lo + i, lo + cursor, when.date().isoformat()))
    return found


def score(all_docs: list[Doc], system, lenient_value: bool = False, errors: list | None = None) -> dict:
    n_sys = n_gold = strict = relaxed_sys = relaxed_gold = value_ok = 0
    for doc in all_docs:
        found = system(doc)
        n_sys += len(found)
        n_gold += len(doc.gold)
        matched_gold = set()
        for s, e, v in found:
            hit = next((i for i, g in enumerate(doc.gold) if g.start < e and s < g.end and i not in matched_gold), None)
            if hit is None:
                if errors is not None:
                    errors.append(("FP", doc.name, doc.text[s:e], v, ""))
                continue
            g = doc.gold[hit]
            matched_gold.add(hit)
            relaxed_sys += 1
            strict += (s, e) == (g.start, g.end)
            good = _same(v, g.value) or (lenient_value and g.value[:4].isdigit() and v.startswith(g.value))
            value_ok += good
            if errors is not None and not good:
                errors.append(("VAL", doc.name, doc.text[s:e], v, f"{doc.text[g.start:g.end]}={g.value} dct={doc.dct}"))
            elif errors is not None and (s, e) != (g.start, g.end):
                errors.append(("SPAN", doc.name, doc.text[s:e], v, doc.text[g.start:g.end]))
        relaxed_gold += len(matched_gold)
        if errors is not None:
            for i, g in enumerate(doc.gold):
                if i not in matched_gold:
                    errors.append(("FN", doc.name, doc.text[g.start:g.end], g.value, g.type))

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    rp, rr = relaxed_sys / max(n_sys, 1), relaxed_gold / max(n_gold, 1)
    accuracy = value_ok / max(relaxed_sys, 1)
    return {"gold": n_gold, "system": n_sys, "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": f1(rp, rr), "value_acc": accuracy,
            "value_f1": f1(rp, rr) * accuracy}


def _week(v: str) -> str:
    return re.sub(r"-W0(\d)", r"-W\1", v)


def _same(ours: str, gold: str) -> bool:
    """Equal values; week numbers compare without zero padding (the corpus writes both)."""
    return ours == gold or _week(ours) == _week(gold)


def speed(all_docs: list[Doc], repeat: int = 3) -> dict:
    """MB/s per core of the tagger alone and of find_dates (events and order included)."""
    text = "\n\n".join(d.text for d in all_docs)
    spans = sentences(text)
    size = len(text.encode("utf-8")) / 1e6
    out = {}
    for name, fn in (("tag", tag), ("find_dates", find_dates)):
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            for lo, hi in spans:
                fn(text, lo, hi, dt.date(1998, 1, 8))
            best = min(best, time.process_time() - t0)
        out[name] = size / best
    t0 = time.process_time()
    sentences(text)
    out["sentences"] = size / (time.process_time() - t0)
    out["mb"] = size
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TEMPEVAL3_DIR", DEFAULT_DATA)))
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of our tagger")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: no TempEval-3 data at {args.data}")
        return 0
    all_docs = docs(args.data)
    print(f"{len(all_docs)} documents, {sum(len(d.gold) for d in all_docs)} gold TIMEX3 "
          f"({platform.processor() or platform.machine()}, Python {platform.python_version()})")
    errors: list = []
    dp_speed = None
    rows = [("factcheck (document context)", score(all_docs, ours, errors=errors)),
            ("factcheck (sentence only, no DocState)",
             score(all_docs, lambda d: ours(d, document_context=False)))]
    if not args.no_dateparser:
        try:
            import dateparser  # noqa: F401
        except ImportError:
            print("dateparser not installed: comparison skipped")
        else:
            t0 = time.process_time()
            rows.append(("dateparser search_dates", score(all_docs, with_dateparser, lenient_value=True)))
            dp_speed = sum(len(d.text) for d in all_docs) / 1e6 / (time.process_time() - t0)
    print("| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | value F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['strict_p']:.3f} | {r['strict_r']:.3f} | {r['strict_f1']:.3f} | "
              f"{r['relaxed_p']:.3f} | {r['relaxed_r']:.3f} | {r['relaxed_f1']:.3f} | "
              f"{r['value_acc']:.3f} | {r['value_f1']:.3f} |")
    sp = speed(all_docs)
    print(f"speed over {sp['mb']:.2f} MB, one core: tag {sp['tag']:.2f} MB/s, find_dates "
          f"{sp['find_dates']:.2f} MB/s (sentence splitting alone {sp['sentences']:.1f} MB/s)"
          + (f"; dateparser search_dates {dp_speed:.3f} MB/s" if dp_speed else ""))
    for err in errors[: args.errors]:
        print(*err, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

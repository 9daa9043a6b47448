"""Labels of the real-news benchmark (bench/data/news/): load them, locate every labelled figure
in its file, and check them without running factcheck.

    python bench/news_labels.py                 # check every event; exit 1 on a problem
    python bench/news_labels.py dev/beirut      # one event (a folder under bench/data/news)
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "bench" / "data" / "news"
LABELS = ("must_fire", "must_not_fire", "agree")
CLASSES = ("quantity", "time")
MANIFEST_COLUMNS = ["file", "source", "published", "url", "title"]


@dataclass(frozen=True)
class Side:
    file: str
    quote: str
    figure: str
    start: int  # offsets of the figure in the file's text
    end: int


@dataclass(frozen=True)
class Pair:
    event: str  # folder under bench/data/news, e.g. "dev/beirut"
    id: str
    label: str
    cls: str
    what: str
    why: str
    a: Side
    b: Side


@dataclass
class Event:
    name: str
    folder: Path
    title: str
    pairs: list[Pair]
    problems: list[str]

    @property
    def split(self) -> str:
        return self.name.split("/", 1)[0]


def events(which: list[str] | None = None) -> list[Event]:
    """Every event folder (``dev/*``, ``heldout/*``), or those named, loaded and checked."""
    if which:
        folders = [NEWS / w for w in which]
    else:
        folders = sorted(p.parent for p in NEWS.glob("*/*/labels.yaml"))
    return [load_event(f) for f in folders]


def load_event(folder: Path) -> Event:
    name = folder.relative_to(NEWS).as_posix()
    problems: list[str] = []
    texts = _texts(folder, problems)
    _check_manifest(folder, texts, problems)
    try:
        raw = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        return Event(name, folder, "", [], [f"{name}/labels.yaml: {exc}"])
    pairs: list[Pair] = []
    seen: Counter = Counter()
    for i, entry in enumerate(raw.get("pairs") or []):
        where = f"{name}/labels.yaml pair {i + 1} ({entry.get('id', '?')})"
        seen[entry.get("id")] += 1
        pair = _pair(name, entry, texts, where, problems)
        if pair is not None:
            pairs.append(pair)
    problems += [f"{name}/labels.yaml: id {k!r} used {n} times" for k, n in seen.items() if n > 1]
    return Event(name, folder, str(raw.get("event", name)), pairs, problems)


def _texts(folder: Path, problems: list[str]) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            try:
                texts[path.name] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(f"{path}: {exc}")
    if len(texts) < 5:
        problems.append(f"{folder.name}: {len(texts)} article files; an event needs at least 5 outlets")
    return texts


def _check_manifest(folder: Path, texts: dict[str, str], problems: list[str]) -> None:
    path = folder / "sources.csv"
    try:
        rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
        header = next(csv.reader(path.open(encoding="utf-8", newline="")))
    except (OSError, StopIteration) as exc:
        problems.append(f"{path}: {exc}")
        return
    if header != MANIFEST_COLUMNS:
        problems.append(f"{path}: header must be {','.join(MANIFEST_COLUMNS)}")
    listed = {r["file"] for r in rows}
    for name in texts:
        if name not in listed:
            problems.append(f"{path}: no row for {name}")
    for r in rows:
        if r["file"] not in texts:
            problems.append(f"{path}: row for missing file {r['file']}")
        if not r.get("url", "").startswith("http"):
            problems.append(f"{path}: {r['file']} has no URL")
        if not r.get("published"):
            problems.append(f"{path}: {r['file']} has no publication date")


def _pair(event: str, entry: dict, texts: dict[str, str], where: str,
          problems: list[str]) -> Pair | None:
    bad = []
    if entry.get("label") not in LABELS:
        bad.append(f"label must be one of {', '.join(LABELS)}")
    if entry.get("class") not in CLASSES:
        bad.append(f"class must be one of {', '.join(CLASSES)}")
    for key in ("id", "what", "why"):
        if not entry.get(key):
            bad.append(f"missing {key}")
    sides = [_side(entry.get(s), texts, s, bad) for s in ("a", "b")]
    if sides[0] and sides[1] and (sides[0].file, sides[0].start) == (sides[1].file, sides[1].start):
        bad.append("a and b are the same figure")
    if bad:
        problems.extend(f"{where}: {b}" for b in bad)
        return None
    return Pair(event, str(entry["id"]), entry["label"], entry["class"], str(entry["what"]),
                str(entry["why"]), sides[0], sides[1])


def _side(raw, texts: dict[str, str], name: str, bad: list[str]) -> Side | None:
    if not isinstance(raw, dict) or not {"file", "quote", "figure"} <= raw.keys():
        bad.append(f"{name} needs file, quote and figure")
        return None
    file, quote, figure = raw["file"], str(raw["quote"]), str(raw["figure"])
    text = texts.get(file)
    if text is None:
        bad.append(f"{name}: no file {file}")
        return None
    count = text.count(quote)
    if count != 1:
        bad.append(f"{name}: quote {quote!r} occurs {count} times in {file} (must be once)")
        return None
    at = quote.find(figure)
    if at < 0:
        bad.append(f"{name}: figure {figure!r} is not in the quote {quote!r}")
        return None
    start = text.index(quote) + at
    return Side(file, quote, figure, start, start + len(figure))


def main(argv: list[str]) -> int:
    if any(a.startswith("-") for a in argv):
        print(__doc__.strip() if __doc__ else "usage: news_labels.py [dev/<event> | heldout/<event> ...]")
        return 0 if set(argv) <= {"-h", "--help"} else 2
    missing = [a for a in argv if not (NEWS / a / "labels.yaml").is_file()]
    if missing:
        for a in missing:
            print(f"error: no labels.yaml in {NEWS / a} (name an event folder as dev/<event> "
                  "or heldout/<event>)", file=sys.stderr)
        return 2
    loaded = events(argv or None)
    problems = [p for e in loaded for p in e.problems]
    for e in loaded:
        counts = Counter((p.label, p.cls) for p in e.pairs)
        files = len([p for p in e.folder.iterdir() if p.suffix in (".txt", ".md", ".html")])
        summary = ", ".join(f"{lab}/{cls} {counts[lab, cls]}" for lab in LABELS for cls in CLASSES
                            if counts[lab, cls])
        print(f"{e.name}: {files} files, {len(e.pairs)} pairs ({summary})")
    for p in problems:
        print(f"problem: {p}")
    return 1 if problems or not loaded else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

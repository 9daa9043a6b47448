"""Write docs/rules-reference.md from the shipped packs: every rule with its title, severity,
explanation, what it selects and compares, and its test cases (never edit the page by hand)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck import testing  # noqa: E402
from factcheck.dsl import load_rules  # noqa: E402
from factcheck.dsl.rules import CLAIM_FIELDS  # noqa: E402

_COMPARE = {"across_sources": "pairs across sources", "in_document": "pairs within document",
            "against_facts": "claims against facts", "each": "each claim on its own"}


def render() -> str:
    rules_dir = ROOT / "rules"
    ruleset = load_rules([rules_dir])
    cases = testing.load_cases(testing.test_files([rules_dir]), ruleset, [])
    out = ["# Rule reference", "",
           "Generated from the shipped packs by `python scripts/gen_rules_docs.py`; do not edit.", ""]
    for pack in sorted({r.pack for r in ruleset.rules}):
        out += [f"## Pack `{pack}`", ""]
        for r in (r for r in ruleset.rules if r.pack == pack):
            mine = [c for c in cases if c.rule == r.id]
            where = Path(r.span.path).resolve().relative_to(ROOT).as_posix() if r.span else "?"
            out += [f"### `{r.id}` — {r.title}", "",
                    f"- severity: **{r.severity}**; file: `{where}`",
                    f"- compares: {_COMPARE[r.compare]}",
                    f"- selects: `{r.select_text or 'every claim'}`",
                    f"- same: {', '.join(f'`{k}`' for k in r.keys) or '(no keys)'}",
                    f"- expects: {r.expect.kind.replace('_', ' ')}"
                    + (f" within {r.expect.tolerance}" if r.expect.tolerance else ""),
                    f"- tags: {', '.join(r.tags) or '-'}", ""]
            if r.explanation:
                out += [" ".join(r.explanation.split()), ""]
            if r.link:
                out += [f"More: <{r.link}>", ""]
            fire = [c.name for c in mine if c.expect]
            silent = [c.name for c in mine if not c.expect]
            out += [f"Must fire ({len(fire)}): " + ("; ".join(fire) or "none") + ".", "",
                    f"Must stay silent ({len(silent)}): " + ("; ".join(silent) or "none") + ".", ""]
    out += ["## Claim fields", "", "| field | what it holds |", "|---|---|"]
    out += [f"| `{name}` | {desc} |" for name, desc in CLAIM_FIELDS.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    (ROOT / "docs" / "rules-reference.md").write_text(render(), encoding="utf-8")

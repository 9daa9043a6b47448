"""Baseline files: findings an editor has checked and accepted, keyed on stable fingerprints
(``--baseline FILE``, ``--write-baseline FILE``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .engine.suppress import BaselineEntry
from .errors import InputError
from .models import Diagnostic, Finding

BASELINE_SCHEMA = "factcheck.baseline/1"
_SUPPORTED = {BASELINE_SCHEMA}


def read_baseline(path: str) -> list[BaselineEntry]:
    def fail(message: str, hint: str) -> InputError:
        return InputError(message, [Diagnostic(severity="error", code="B001", path=path, message=message, hint=hint)])

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise fail("baseline file not found", "create one with --write-baseline FILE") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read baseline: {exc}", "check the path and permissions") from None
    except json.JSONDecodeError as exc:
        raise fail(f"baseline is not valid JSON (line {exc.lineno}, column {exc.colno})",
                   "restore it from version control, or rewrite it with --write-baseline") from None
    if not isinstance(data, dict) or "schema" not in data:
        raise fail("not a factcheck baseline (no 'schema')", f"a baseline starts with \"schema\": \"{BASELINE_SCHEMA}\"")
    if data["schema"] not in _SUPPORTED:
        raise fail(f"baseline schema '{data['schema']}' is not supported by this version (reads {BASELINE_SCHEMA})",
                   "upgrade factcheck, or rewrite the baseline with --write-baseline")
    entries = []
    for i, item in enumerate(data.get("findings", [])):
        try:
            expires = item.get("expires")
            entries.append(BaselineEntry(fingerprint=str(item["fingerprint"]), rule=str(item["rule"]),
                                         reason=item.get("reason"),
                                         expires=dt.date.fromisoformat(expires) if expires else None))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise fail(f"baseline entry {i + 1} is malformed (needs fingerprint and rule; expires as YYYY-MM-DD)",
                       "fix the entry or rewrite the baseline with --write-baseline") from None
    return entries


def baseline_json(findings: list[Finding], previous: list[BaselineEntry] | None = None) -> str:
    """A baseline accepting ``findings``; reasons and expiry dates of entries already in
    ``previous`` are kept."""
    kept = {e.fingerprint: e for e in previous or []}
    items = []
    for f in sorted(findings, key=lambda f: (f.rule, f.fingerprint)):
        old = kept.get(f.fingerprint)
        item = {"fingerprint": f.fingerprint, "rule": f.rule, "message": f.message,
                "claims": [f"{c.path}:{c.line}:{c.col} {c.text}" for c in f.claims],
                "reason": (old.reason if old else None) or "accepted by --write-baseline"}
        if old and old.expires:
            item["expires"] = old.expires.isoformat()
        items.append(item)
    return json.dumps({"schema": BASELINE_SCHEMA, "findings": items}, indent=2, ensure_ascii=False) + "\n"

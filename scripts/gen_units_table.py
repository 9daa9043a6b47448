"""Regenerate factcheck/units_table.json: what pint says about every unit, and about the units
the extractor writes (tests/test_units_table.py fails when the table is stale).

    python scripts/gen_units_table.py
"""

from __future__ import annotations

import json

from factcheck.extract.units_text import UNITS
from factcheck.units import TABLE_PATH, build_table


def main() -> None:
    table = build_table(sorted(set(UNITS.values())))
    TABLE_PATH.write_text(json.dumps(table, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {TABLE_PATH}: {len(table['units'])} units, {len(table['prefixes'])} prefixes, "
          f"{len(table['compounds'])} compound units, {len(table['conversions'])} conversions (pint {table['pint']})")


if __name__ == "__main__":
    main()

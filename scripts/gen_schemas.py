"""Write the JSON Schemas of the output contracts into docs/schema/ (run after changing models)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.models import ClaimsReport, Report  # noqa: E402

SCHEMAS = {"claims.schema.json": ClaimsReport, "report.schema.json": Report}


def render(model) -> str:
    schema = model.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main() -> int:
    out = Path(__file__).resolve().parents[1] / "docs" / "schema"
    out.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (out / name).write_text(render(model), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The JSON writers take pydantic's fast serializer and give exactly the bytes of the standard
library's ``json.dumps(indent=2, ensure_ascii=False)``, falling back where the two would differ."""

from __future__ import annotations

import json
import typing

import pydantic

from factcheck import models
from factcheck.models import ClaimsReport, QuantityValue, Report
from factcheck.render import json as json_render
from factcheck.render import sarif


def _with_value(report: Report, value: QuantityValue) -> Report:
    f = report.findings[0]
    claims = [f.claims[0].model_copy(update={"value": value}), *f.claims[1:]]
    return report.model_copy(update={"findings": [f.model_copy(update={"claims": claims}), *report.findings[1:]]})


def test_json_is_byte_identical_to_the_reference_writer(corpus, corpus_claims, small, keyed, hostile_names):
    for report in (corpus, corpus_claims, small, keyed, hostile_names):
        assert json_render.render(report) == json_render.reference(report)


def test_json_of_tiny_and_infinite_floats_is_still_the_reference(small):
    for x in (1e-05, 3.2e-07, float("inf")):
        report = _with_value(small, QuantityValue(low=x, high=x, unit="kilogram"))
        out = json_render.render(report)
        assert out == json_render.reference(report)
    assert '"low": 1e-05' in json_render.render(_with_value(small, QuantityValue(low=1e-05, high=1, unit="gram")))


def test_json_of_a_file_name_that_is_not_utf8_is_still_the_reference(small):
    # Undecodable bytes of a file name arrive as lone surrogates (os.fsdecode); pydantic refuses them.
    name = "caf\udce9.txt"
    doc = small.documents[0].model_copy(update={"path": name})
    report = small.model_copy(update={"documents": [doc, *small.documents[1:]]})
    assert json_render.render(report) == json_render.reference(report)
    assert name in json_render.render(report)


def test_sarif_dumps_like_the_standard_library(corpus, hostile_names):
    for report in (corpus, hostile_names):
        out = sarif.render(report)
        assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert json_render.dumps({"a": 1e-05, "b": [1.5, None, True]}) == \
        json.dumps({"a": 1e-05, "b": [1.5, None, True]}, indent=2) + "\n"
    assert json_render.dumps({1: "int key"}) == json.dumps({1: "int key"}, indent=2) + "\n"


def _floats(annotation, seen) -> set[str]:
    out = set()
    for arg in typing.get_args(annotation) or ():
        out |= _floats(arg, seen)
    if annotation is float:
        out.add("float")
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel) and annotation not in seen:
        seen.add(annotation)
        for name, field in annotation.model_fields.items():
            if field.exclude:
                continue
            out |= {f"{annotation.__name__}.{name}" if x == "float" else x for x in _floats(field.annotation, seen)}
    return out


def test_floats_appear_only_in_quantity_values():
    # render.json checks only QuantityValue's floats before taking the fast path; a float field
    # anywhere else in a report must be added to that check.
    found = _floats(Report, set()) | _floats(ClaimsReport, set())
    assert found == {"QuantityValue.low", "QuantityValue.high", "QuantityValue.exact"}
    assert models.QuantityValue is QuantityValue

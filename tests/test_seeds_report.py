"""The shipped packs on the real pages in ../shared/seeds: the one real contradiction and nothing
else (docs/worked-example.md explains each silence). Skipped when the seeds are absent."""

from __future__ import annotations

import json

from factcheck.cli import main


def test_the_seeds_report_only_the_order_of_the_iwo_jima_visit_and_the_talks(seeds, capsys):
    code = main(["check", str(seeds), "--format", "json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 1
    assert [(f["rule"], sorted(c["doc"].rsplit("/", 1)[-1][:3] for c in f["claims"])) for f in report["findings"]] \
        == [("dates.order", ["002", "004"])]
    assert "004_78a3d82b68bb5380.txt: warning: I009 no publication date found" in err


def test_the_seeds_syndicated_copies_form_one_group(seeds, capsys):
    main(["extract", str(seeds), "--format", "json"])
    docs = {d["id"].rsplit("/", 1)[-1][:3]: d for d in json.loads(capsys.readouterr().out)["documents"]}
    assert docs["002"]["group"] == docs["003"]["group"]
    assert len({d["group"] for d in docs.values()}) == 4
    assert docs["000"]["published"] == "2025-03-26" and docs["002"]["published"] == "2025-03-31"
    assert docs["004"]["published"] is None

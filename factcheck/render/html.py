"""One self-contained HTML page an editor opens in a browser: summary, then findings side by side."""

from __future__ import annotations

from html import escape

from .. import valuefmt
from ..models import ClaimRef, ClaimsReport, Diagnostic, Document, Finding, Report
from . import _shared

# Every string from an article, a manifest or a rule goes through _e (html.escape); the page has
# no script and its Content-Security-Policy forbids one, so even a missed escape could not run.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_CSS = """
:root { --error: #b3261e; --warning: #8a5300; --info: #1f5fa8; --line: #d8dbe0; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f;
       margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: #fafafa; }
h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
h2 { margin: 2rem 0 .75rem; font-size: 1.25rem; border-bottom: 1px solid var(--line); }
h3 { margin: 0 0 .25rem; font-size: 1.1rem; }
header.summary { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
ul.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .5rem 0; }
ul.counts li { border: 1px solid var(--line); border-radius: 999px; padding: .15rem .8rem; background: #fff; }
ul.counts .n { font-weight: 700; }
.sev-error { --sev: var(--error); } .sev-warning { --sev: var(--warning); } .sev-info { --sev: var(--info); }
ul.counts li[class^="sev-"] .n, .badge { color: var(--sev); }
.badge { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
         border: 1px solid currentColor; border-radius: 4px; padding: 0 .35rem; margin-right: .4rem;
         vertical-align: middle; }
article.finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--sev, var(--muted));
                  border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
article.finding.suppressed { opacity: .8; border-left-color: var(--muted); }
.rule-id, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
.rule-id { color: var(--muted); }
.quotes { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: .75rem 0; }
figure.quote { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; background: #fcfcfd; }
figure.quote figcaption { font-size: .9rem; color: var(--muted); }
figure.quote figcaption .source { font-weight: 700; color: #1f1f1f; }
blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
mark { background: #ffe082; padding: 0 .1em; border-radius: 2px; }
.value strong, .difference strong { font-variant-numeric: tabular-nums; }
.difference { font-size: 1.05rem; }
.explanation { color: #333; }
details { margin-top: .5rem; color: var(--muted); }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.details dt { font-weight: 600; } dl.details dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
nav.contents { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin-top: 1rem;
                padding: .5rem 1.25rem; font-size: .92rem; }
nav.contents ol { margin: .25rem 0; padding-left: 1.5rem; }
nav.contents li { margin: .15rem 0; }
nav.contents a { color: inherit; text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
div.same { margin: .6rem 0 0; font-size: .92rem; }
div.same .label { font-weight: 700; margin-right: .4rem; }
div.same ul { display: inline; list-style: none; padding: 0; margin: 0; }
div.same li { display: inline; }
div.same li + li::before { content: " · "; color: var(--muted); }
div.same .key { color: var(--muted); }
div.same .words { color: var(--muted); overflow-wrap: anywhere; }
p.more { color: var(--muted); margin: 0 0 .5rem; }
"""


def _e(text: object) -> str:
    # Control characters and bidirectional overrides show as escapes: they would reorder or hide
    # what the editor reads (html.escape leaves them).
    return escape(_shared.visible(str(text), keep_space=True), quote=True)


def _n(name: str) -> str:
    """A file name, escaped with its line breaks shown: a path is one line, whatever it holds."""
    return escape(_shared.visible(name), quote=True)


def _link(label: str, url: str | None, cls: str = "") -> str:
    """An <a> for http(s) URLs only; anything else (javascript:, data:) stays plain text."""
    attr = f' class="{cls}"' if cls else ""
    safe = _shared.web_url(url)
    if not safe:
        return f"<span{attr}>{_e(label)}</span>"
    return f'<a{attr} href="{_e(safe)}" rel="noreferrer noopener">{_e(label)}</a>'


def _page(title: str, body: list[str]) -> str:
    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="color-scheme" content="light">',
            f'<title>{_e(title)}</title>', f'<style>{_CSS}</style>', '</head>', '<body>']
    foot = [f'<footer>Generated by factcheck {_e(_shared.version())}.</footer>', '</body>', '</html>']
    return "\n".join(head + body + foot) + "\n"


def render(report: Report | ClaimsReport) -> str:
    if isinstance(report, ClaimsReport):
        return _claims_page(report)
    counts = _shared.severity_counts(report)
    total = sum(counts.values())
    body = [_summary(report, counts, total), _contents(_shared.active(report)), "<main>", '<section id="findings">',
            f"<h2>Findings ({total})</h2>"]
    findings = _shared.active(report)
    if not findings:
        body.append('<p class="none">No discrepancies found.</p>')
    body += [_finding(f"f{n}", f, report) for n, f in enumerate(findings, 1)]
    body.append("</section>")
    accepted = _shared.suppressed(report)
    if accepted:
        body += ['<section id="suppressed">', f"<h2>Accepted findings, suppressed ({len(accepted)})</h2>"]
        body += [_finding(f"s{n}", f, report) for n, f in enumerate(accepted, 1)]
        body.append("</section>")
    if report.diagnostics:
        body += _diagnostics(report.diagnostics)
    body.append("</main>")
    return _page(f"factcheck report: {_shared.plural(total, 'finding')}", body)


def _summary(report: Report, counts: dict[str, int], total: int) -> str:
    s = report.summary
    items = [f'<li class="sev-{_e(sev)}"><span class="n">{n}</span> {_e(sev)}</li>' for sev, n in counts.items()]
    items.append(f'<li class="suppressed"><span class="n">{_shared.suppressed_count(report)}</span> suppressed</li>')
    docs = "".join(_doc_row(d) for d in report.documents)
    return "\n".join([
        '<header class="summary">', "<h1>factcheck report</h1>",
        f'<p class="total"><strong>{_shared.plural(total, "finding")}</strong> to review.</p>',
        f'<ul class="counts">{"".join(items)}</ul>',
        f"<p>Checked {_shared.plural(s.documents, 'document')}, {_shared.plural(s.claims, 'claim')} "
        f"and {_shared.plural(s.rules, 'rule')}.</p>",
        f"<details><summary>Documents checked ({len(report.documents)})</summary>",
        "<table><thead><tr><th>source</th><th>file</th><th>published</th><th>title</th></tr></thead>",
        f"<tbody>{docs}</tbody></table></details>", "</header>"])


def _contents(findings: list[Finding]) -> str:
    """A jump list, so an editor sees every finding at a glance and goes to one in a click."""
    if not findings:
        return ""
    items = "".join(f'<li class="sev-{_e(f.severity)}"><a href="#f{n}"><span class="badge">{_e(f.severity)}</span>'
                    f"{_e(f.message)}</a></li>" for n, f in enumerate(findings, 1))
    return f'<nav class="contents" aria-label="Findings"><ol>{items}</ol></nav>'


def _doc_row(d: Document) -> str:
    published = d.published.isoformat() if d.published else ""
    return (f"<tr><td>{_link(d.source or d.path, d.url)}</td><td><code>{_n(d.path)}</code></td>"
            f"<td>{_e(published)}</td><td>{_e(d.title or '')}</td></tr>")


def _finding(ident: str, f: Finding, report: Report) -> str:
    rule = _shared.rule_info(report, f)
    cls = f"finding sev-{_e(f.severity)}" + (" suppressed" if f.suppression else "")
    out = [f'<article class="{cls}" id="{ident}">',
           f'<h3><span class="badge">{_e(f.severity)}</span>{_e(rule.title)}</h3>',
           f'<p class="message">{_e(f.message)}</p>']
    if f.suppression:
        s = f.suppression
        where = f" at <code>{_e(s.location)}</code>" if s.location else ""
        why = f": {_e(s.reason)}" if s.reason else " (no reason given)"
        out.append(f'<p class="suppression">Accepted by {_e(s.kind)} suppression{where}{why}</p>')
    same = _same(f)
    if same:
        out.append(same)
    out.append('<div class="quotes">' + "".join(_quote(c) for c in f.claims) + "</div>")
    more = _shared.not_listed(f)
    if more:
        out.append(f'<p class="more">… and {_shared.plural(more, "more claim")} not listed.</p>')
    diff = f.details.get("difference")
    if diff:
        tol = f.details.get("tolerance")
        extra = f" (tolerance {_e(tol)})" if tol else ""
        out.append(f'<p class="difference">Difference: <strong>{_e(diff)}</strong>{extra}</p>')
    out.append(_rule(rule.id, rule.explanation, rule.link))
    if f.details:
        rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in f.details.items())
        fp = f"<dt>fingerprint</dt><dd><code>{_e(f.fingerprint)}</code></dd>" if f.fingerprint else ""
        out.append(f'<details><summary>How it was computed</summary><dl class="details">{rows}{fp}</dl></details>')
    out.append("</article>")
    return "\n".join(out)


def _same(f: Finding) -> str:
    """The keys that made the claims one figure, each with the words it was read from, shown
    just above the quotes so a wrong pairing is dismissed at a glance."""
    items, unstated = [], []
    for k in _shared.keys(f):
        if k.value is None:
            unstated.append(_e(k.name))
            continue
        words = ""
        if k.words:
            words = ' <span class="words">(read from ' + " / ".join(
                f"<q>{_e(w)}</q>" for w in k.words.split(" / ")) + ")</span>"
        items.append(f'<li><span class="key">{_e(k.name)}</span> <strong>{_e(k.value)}</strong>{words}</li>')
    if unstated:
        items.append(f'<li class="unstated"><span class="key">none stated</span> {", ".join(unstated)}</li>')
    if not items:
        return ""
    return f'<div class="same"><span class="label">Same figure:</span><ul>{"".join(items)}</ul></div>'


def _quote(c: ClaimRef) -> str:
    before, claim, after = _shared.excerpt_parts(c)
    published = f" · {_e(c.published.isoformat())}" if c.published else ""
    who = " · ".join(_e(x) for x in (c.speaker and f"said by {c.speaker}", c.modality != "actual" and c.modality) if x)
    return ('<figure class="quote">'
            f'<figcaption>{_link(_shared.source_name(c), c.url, "source")}{published} · '
            f"<code>{_n(c.path)}:{c.line}:{c.col}</code>{' · ' + who if who else ''}</figcaption>"
            f"<blockquote>{_e(before)}<mark>{_e(claim)}</mark>{_e(after)}</blockquote>"
            f'<p class="value">Value: <strong>{_e(valuefmt.readable(c.value))}</strong></p>'
            "</figure>")


def _rule(rule_id: str, explanation: str | None, link: str | None) -> str:
    parts = [f'<p class="rule">Rule <span class="rule-id">{_e(rule_id)}</span></p>']
    if explanation:
        parts.append(f'<p class="explanation">{_e(" ".join(explanation.split()))}</p>')
    if _shared.web_url(link):
        parts.append(f"<p>{_link('About this rule', link)}</p>")
    return "".join(parts)


def _diagnostics(diagnostics: list[Diagnostic]) -> list[str]:
    rows = [f"<li><code>{_e(d.format().splitlines()[0])}</code></li>" for d in diagnostics]
    return ['<section id="diagnostics">', f"<h2>Problems with the input ({len(rows)})</h2>",
            "<ul>", *rows, "</ul>", "</section>"]


def _claims_page(report: ClaimsReport) -> str:
    paths = {d.id: d.path for d in report.documents}
    rows = [f"<tr><td><code>{_n(paths.get(c.doc, c.doc))}:{c.line}:{c.col}</code></td><td>{_e(c.kind)}</td>"
            f"<td><mark>{_e(c.text)}</mark></td><td>{_e(valuefmt.readable(c.value))}</td>"
            f"<td>{_e(c.measure or '')}</td><td>{_e(c.subject or '')}</td><td>{_e(c.speaker or '')}</td></tr>"
            for c in report.claims]
    body = ['<header class="summary">', "<h1>factcheck claims</h1>",
            f"<p>{_shared.plural(len(report.claims), 'claim')} in "
            f"{_shared.plural(len(report.documents), 'document')}.</p>", "</header>", "<main>",
            "<table><thead><tr><th>where</th><th>kind</th><th>text</th><th>value</th><th>measure</th>"
            "<th>subject</th><th>speaker</th></tr></thead>", f"<tbody>{''.join(rows)}</tbody></table>", "</main>"]
    if report.diagnostics:
        body += _diagnostics(report.diagnostics)
    return _page("factcheck claims", body)

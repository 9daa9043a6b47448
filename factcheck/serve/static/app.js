// factcheck editor's desk: sends the draft to /api/check, shows the findings in place and in a
// list, opens one in a side panel, accepts it into the baseline, exports the report.
// Every text from the draft or the sources goes into the page as a text node, never as markup.
"use strict";

const $ = (id) => document.getElementById(id);
const CSRF = document.querySelector('meta[name="csrf-token"]').content;
const CAN_ACCEPT = document.querySelector('meta[name="can-accept"]').content === "yes";
const RECHECK_MS = 900;
const DETAIL_LABELS = { a: "First value", b: "Second value", difference: "Difference", tolerance: "Tolerance" };
const HIDDEN_DETAILS = new Set(["condition", "keys"]);

const state = { report: null, text: "", draftId: null, items: [], current: -1, seq: 0, timer: null, controller: null,
  notice: "" };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function draftRequest() {
  const body = { text: $("text").value, name: $("name").value.trim() || "draft.md" };
  if ($("format").value) body.format = $("format").value;
  if ($("published").value) body.published = $("published").value;
  if ($("source").value.trim()) body.source = $("source").value.trim();
  return body;
}

async function post(url, body, headers) {
  const response = await fetch(url, {
    method: "POST", body: JSON.stringify(body), signal: (headers && headers.signal) || undefined,
    headers: Object.assign({ "Content-Type": "application/json" }, (headers && headers.extra) || {}),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const error = (await response.json()).error;
      message = error.message + (error.hint ? `\nhint: ${error.hint}` : "")
        + (error.diagnostics && error.diagnostics.length ? "\n" + error.diagnostics.join("\n") : "");
    } catch (_) { /* not JSON: keep the status line */ }
    throw new Error(message);
  }
  return response;
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

function setStatus(text) { $("status").textContent = text; }

// -- checking ----------------------------------------------------------------------------------
async function check() {
  clearTimeout(state.timer);
  const body = draftRequest();
  if (!body.text.trim()) { setStatus("Paste or upload a draft to check it."); return; }
  if (state.controller) state.controller.abort();
  state.controller = new AbortController();
  const seq = ++state.seq;
  setStatus("Checking…");
  try {
    const response = await post("/api/check", body, { signal: state.controller.signal });
    const report = await response.json();
    if (seq !== state.seq) return;
    showError("");
    show(report, body.text, body.name);
    const s = report.summary;
    setStatus(`Checked at ${new Date().toLocaleTimeString()}: ${s.claims} claims in ${s.documents} documents.`
      + (state.notice ? ` ${state.notice}` : ""));
  } catch (error) {
    if (error.name === "AbortError" || seq !== state.seq) return;
    setStatus("Not checked.");
    showError(error.message);
  }
}

function scheduleCheck() {
  clearTimeout(state.timer);
  setStatus("Will check when you stop typing…");
  state.timer = setTimeout(check, RECHECK_MS);
}

function draftClaims(finding) {
  return finding.claims.filter((c) => c.doc === state.draftId);
}

function show(report, text, name) {
  state.report = report;
  state.text = text;
  const doc = report.documents.find((d) => d.path === name) || report.documents.find((d) => d.id === name);
  state.draftId = doc ? doc.id : name;
  const items = report.findings.map((finding, index) => ({ finding, index, claims: draftClaims(finding) }))
    .filter((item) => item.claims.length);
  items.sort((x, y) => x.claims[0].start - y.claims[0].start || x.index - y.index);
  state.items = items;
  const previous = state.current >= 0 && state.current < items.length ? state.current : -1;
  renderList();
  renderView();
  renderDiagnostics(report.diagnostics || []);
  const s = report.summary;
  $("counts").textContent = `(${s.findings} open` + (s.suppressed ? `, ${s.suppressed} accepted` : "") + ")";
  if (!$("detail").hidden) {
    const fp = $("detail").dataset.fingerprint;
    const again = items.findIndex((item) => item.finding.fingerprint === fp);
    if (again >= 0) openDetail(again, false); else closeDetail();
  } else if (previous >= 0) {
    select(previous, false);
  }
}

function severityClass(finding) {
  return `sev-${finding.severity}` + (finding.suppression ? " is-accepted" : "");
}

function renderList() {
  const list = $("findings");
  list.replaceChildren();
  if (!state.items.length) {
    list.append(el("li", { class: "empty", text: "No findings: nothing in the draft contradicts the sources." }));
    return;
  }
  state.items.forEach((item, i) => {
    const f = item.finding, c = item.claims[0];
    const li = el("li", { class: severityClass(f), tabindex: "0", id: `finding-${i}`, "data-item": String(i),
      "aria-label": `${f.suppression ? "accepted " : ""}${f.severity} on line ${c.line}: ${f.message}` },
      el("span", { class: "badge", text: f.severity }),
      f.suppression ? el("span", { class: "badge accepted", text: "accepted" }) : null,
      el("span", { class: "where", text: `line ${c.line}:${c.col}` }),
      f.message,
      el("span", { class: "rule", text: f.rule }));
    li.addEventListener("click", () => openDetail(i));
    list.append(li);
  });
}

function renderView() {
  const view = $("view");
  view.replaceChildren();
  const chars = Array.from(state.text); // offsets in reports count code points
  const spans = [];
  state.items.forEach((item, i) => item.claims.forEach((c) => spans.push({ start: c.start, end: c.end, i })));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  const marks = new Map();
  for (const span of spans) {
    if (span.start < at) { // overlaps the previous mark: that mark stands for both findings
      const last = view.lastElementChild;
      if (last) last.dataset.items += " " + span.i;
      continue;
    }
    view.append(chars.slice(at, span.start).join(""));
    const f = state.items[span.i].finding;
    const mark = el("mark", { class: severityClass(f), tabindex: "-1", "data-items": String(span.i),
      "data-fingerprint": f.fingerprint, role: "button",
      "aria-label": `${f.suppression ? "accepted " : ""}${f.severity}: ${f.message}` },
      chars.slice(span.start, span.end).join(""));
    mark.addEventListener("click", () => openDetail(Number(mark.dataset.items.split(" ")[0])));
    mark.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); mark.click(); } });
    if (!marks.has(span.i)) marks.set(span.i, mark);
    view.append(mark);
    at = span.end;
  }
  view.append(chars.slice(at).join(""));
  state.marks = marks;
}

function renderDiagnostics(diagnostics) {
  const box = $("diagnostics-box"), list = $("diagnostics");
  list.replaceChildren(...diagnostics.map((d) => el("li", {
    text: `${d.path || "input"}${d.line ? ":" + d.line : ""}: ${d.severity}: ${d.code} ${d.message}${d.hint ? " (hint: " + d.hint + ")" : ""}`,
  })));
  box.hidden = !diagnostics.length;
}

// -- one finding -------------------------------------------------------------------------------
function select(i, focus = true) {
  if (!state.items.length) return;
  i = Math.max(0, Math.min(i, state.items.length - 1));
  state.current = i;
  document.querySelectorAll(".findings li[aria-current]").forEach((li) => li.removeAttribute("aria-current"));
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const li = $(`finding-${i}`);
  if (li) { li.setAttribute("aria-current", "true"); if (focus) li.focus(); }
  const mark = state.marks && state.marks.get(i);
  if (mark) { mark.classList.add("current"); mark.scrollIntoView({ block: "nearest" }); }
}

function quote(claim) {
  const chars = Array.from(claim.excerpt || claim.text);
  const start = claim.excerpt ? claim.excerpt_start : 0;
  const length = Array.from(claim.text).length;
  return el("blockquote", {}, chars.slice(0, start).join(""),
    el("mark", { class: "plain" }, chars.slice(start, start + length).join("")),
    chars.slice(start + length).join(""));
}

function valueText(value) {
  if (!value) return "";
  if ("low" in value) {
    const fmt = (n) => (n === null ? "open" : Number(n).toLocaleString("en-GB", { maximumFractionDigits: 6 }));
    const range = value.low === value.high ? fmt(value.low) : `${fmt(value.low)} to ${fmt(value.high)}`;
    return `${range} ${value.unit}` + (value.hedge ? ` (“${value.hedge}”)` : "");
  }
  if ("timex" in value) return value.timex + (value.start ? ` (${value.start} to ${value.end})` : "");
  return `${value.first} ${value.relation} ${value.second}` + (value.offset ? ` by ${value.offset}` : "");
}

function safeLink(url) {
  try { const u = new URL(url); return u.protocol === "https:" || u.protocol === "http:" ? u.href : null; }
  catch (_) { return null; }
}

function dl(entries) {
  const list = el("dl");
  for (const [term, value] of entries) list.append(el("dt", { text: term }), el("dd", { text: value }));
  return list;
}

function openDetail(i, focus = true) {
  select(i, false);
  const f = state.items[i].finding;
  const panel = $("detail"), body = $("detail-body");
  panel.dataset.fingerprint = f.fingerprint;
  $("detail-title").textContent = f.title || f.rule;
  body.replaceChildren(
    el("p", {}, el("span", { class: `badge sev-${f.severity}`, text: f.severity }),
      f.suppression ? el("span", { class: "badge accepted", text: "accepted" }) : null, el("code", { text: f.rule })),
    el("p", { class: "message", text: f.message }),
    el("h3", { text: "What each source says" }));
  f.claims.forEach((c) => {
    const url = c.url && safeLink(c.url);
    body.append(el("figure", {},
      el("figcaption", {}, el("strong", { text: c.source || c.path }),
        c.published ? ` · ${c.published}` : "", " · ", el("code", { text: `${c.path}:${c.line}:${c.col}` }),
        url ? " · " : null, url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: "original" }) : null),
      quote(c),
      dl([["Value", valueText(c.value)], ...(c.measure ? [["Measure", c.measure]] : []),
        ...(c.subject ? [["Subject", c.subject]] : []), ...(c.speaker ? [["Speaker", c.speaker]] : []),
        ["Modality", c.modality]])));
  });
  const details = Object.entries(f.details || {}).filter(([k]) => !HIDDEN_DETAILS.has(k));
  if (details.length) {
    body.append(el("h3", { text: "Values compared" }), dl(details.map(([k, v]) => [DETAIL_LABELS[k] || k.replace(/_/g, " "), v])));
  }
  const keys = Object.entries(f.keys || {});
  if (keys.length) body.append(el("h3", { text: "Why these were judged the same figure" }), dl(keys));
  if (f.explanation) body.append(el("h3", { text: "About this rule" }), el("p", { class: "explanation", text: f.explanation }));
  const link = f.link && safeLink(f.link);
  if (link) body.append(el("p", {}, el("a", { href: link, rel: "noopener noreferrer", target: "_blank", text: "More about this rule" })));
  if (f.suppression) {
    body.append(el("p", { class: "accepted-note" }, "Accepted",
      f.suppression.reason ? `: ${f.suppression.reason}` : "", f.suppression.location ? ` (${f.suppression.location})` : ""));
  }
  if (!f.suppression && !CAN_ACCEPT) {
    body.append(el("p", { class: "hint", text: "To accept findings, start the server with --baseline FILE." }));
  }
  const form = $("accept-form");
  form.hidden = Boolean(f.suppression) || !CAN_ACCEPT;
  $("accept-status").textContent = "";
  panel.hidden = false;
  if (focus) panel.focus();
}

function closeDetail() {
  const panel = $("detail");
  if (panel.hidden) return;
  panel.hidden = true;
  const li = $(`finding-${state.current}`);
  if (li) li.focus();
}

async function accept(event) {
  event.preventDefault();
  const who = $("who").value.trim(), reason = $("reason").value.trim();
  if (!who || !reason) {
    $("accept-status").textContent = !who ? "Give your name." : "Give a reason: why is this finding accepted?";
    (!who ? $("who") : $("reason")).focus();
    return;
  }
  const body = Object.assign(draftRequest(), { fingerprint: $("detail").dataset.fingerprint, reason, who });
  $("accept-status").textContent = "Recording…";
  try {
    const result = await (await post("/api/accept", body, { extra: { "X-CSRF-Token": CSRF } })).json();
    localStorage.setItem("factcheck.who", who);
    $("reason").value = "";
    $("accept-status").textContent = `Accepted in ${result.baseline}.`;
    await check();
  } catch (error) {
    $("accept-status").textContent = error.message;
  }
}

async function exportReport(format) {
  try {
    const response = await post(`/api/export?to=${encodeURIComponent(format)}`, draftRequest());
    const blob = await response.blob();
    const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
    const link = el("a", { href: URL.createObjectURL(blob), download: match ? match[1] : `report.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    setStatus(`Exported ${format}.`);
  } catch (error) {
    showError(error.message);
  }
}

// -- wiring ------------------------------------------------------------------------------------
function typing(target) {
  return target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.tagName === "SELECT");
}

document.addEventListener("DOMContentLoaded", () => {
  $("who").value = localStorage.getItem("factcheck.who") || "";
  $("draft-form").addEventListener("submit", (e) => { e.preventDefault(); check(); });
  $("text").addEventListener("input", () => { state.notice = ""; scheduleCheck(); });
  for (const id of ["published", "source", "format", "name"]) $(id).addEventListener("change", scheduleCheck);
  $("upload").addEventListener("change", () => {
    const file = $("upload").files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      // As `factcheck check` reads files: UTF-8, else Windows-1252, said out loud.
      let text;
      state.notice = "";
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(reader.result);
      } catch (_) {
        text = new TextDecoder("windows-1252").decode(reader.result);
        state.notice = `${file.name} is not UTF-8: it was read as Windows-1252; check its accented characters.`;
      }
      $("text").value = text.replace(/^\ufeff/, "");
      $("name").value = file.name;
      check();
    };
    reader.onerror = () => showError(`Cannot read ${file.name}.`);
    reader.readAsArrayBuffer(file);
  });
  $("accept-form").addEventListener("submit", accept);
  $("close").addEventListener("click", closeDetail);
  document.querySelectorAll("[data-export]").forEach((b) => b.addEventListener("click", () => exportReport(b.dataset.export)));
  $("findings").addEventListener("keydown", (e) => {
    const li = e.target.closest("li[data-item]");
    if (li && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); openDetail(Number(li.dataset.item)); }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); return; }
    if (e.key === "Escape") { closeDetail(); return; }
    if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.key === "j" || e.key === "ArrowDown" ? 1 : e.key === "k" || e.key === "ArrowUp" ? -1 : 0;
    if (!step || !state.items.length) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(state.current + step, state.items.length - 1));
    if ($("detail").hidden) select(next); else openDetail(next);
  });
});

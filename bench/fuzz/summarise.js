#!/usr/bin/env node
// Summarises a fuzz run: newman's JSON report per role and the application log, as Markdown on stdout.
// Usage: node summarise.js <run dir> <role>...   (reads <run dir>/newman-<role>.json, app.log, notes.txt)
'use strict';
const fs = require('fs');
const path = require('path');

const [runDir, ...roles] = process.argv.slice(2);
if (!runDir || roles.length === 0) {
  console.error('usage: node summarise.js <run dir> <role>...');
  process.exit(2);
}

const EXCERPT = 160;
const excerpt = (text, max = EXCERPT) => {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max) + '…' : flat;
};
// Markdown table cells: pipes and backticks would break the table.
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/`/g, "'");

function header(response, name) {
  const found = (response.header || []).find((h) => h.key.toLowerCase() === name);
  return found ? found.value : '';
}

function responseText(response) {
  const stream = response && response.stream;
  if (!stream || !Array.isArray(stream.data)) return '';
  return Buffer.from(stream.data).toString('utf8');
}

function sentUrl(request) {
  const url = request.url;
  const query = (url.query || []).filter((q) => !q.disabled).map((q) => `${q.key}=${q.value ?? ''}`);
  return '/' + url.path.join('/') + (query.length ? '?' + query.join('&') : '');
}

function sentHost(request) {
  return request.url.host.join('.');
}

// The documented path with its {variables}, from the collection item rather than the request sent.
function template(item) {
  const url = item.request.url;
  const segments = Array.isArray(url.path) ? url.path : String(url.raw || '').split('/');
  return '/' + segments.map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s)).join('/');
}

function bodyOf(request) {
  const body = request.body;
  if (!body) return '';
  if (body.mode === 'raw') return body.raw || '';
  if (body.mode === 'formdata' || body.mode === 'urlencoded') {
    return (body[body.mode] || []).filter((p) => !p.disabled).map((p) => `${p.key}=${p.type === 'file' ? '<file>' : p.value}`).join('&');
  }
  return body.mode ? `<${body.mode}>` : '';
}

// --- the application log: records start with a timestamp; stack traces belong to the record above them.
function logRecords(file) {
  if (!fs.existsSync(file)) return [];
  const records = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\d{4}-\d\d-\d\dT\S+\s+[A-Z]+\s/.test(line) || records.length === 0) {
      records.push({ first: line, rest: [] });
    } else {
      records[records.length - 1].rest.push(line);
    }
  }
  return records.map((r) => ({
    level: (r.first.match(/^\S+\s+([A-Z]+)\s/) || [])[1] || '',
    message: r.first.replace(/^.*?\s:\s/, ''),
    rootCause: rootCause(r.rest),
    firstOwnFrame: (r.rest.find((l) => /^\s+at org\.twinport\./.test(l)) || '').trim().replace(/^at /, '').replace(/ ~\[.*$/, ''),
  }));
}

function rootCause(traceLines) {
  const causes = traceLines.filter((l) => l.startsWith('Caused by: '));
  if (causes.length) return causes[causes.length - 1].slice('Caused by: '.length).trim();
  const thrown = traceLines.find((l) => /^[\w.$]+(Exception|Error|Throwable)\b/.test(l));
  return thrown ? thrown.trim() : '';
}

const records = logRecords(path.join(runDir, 'app.log'));
const failureByReference = new Map();
for (const r of records) {
  const ref = r.message.match(/reference ([0-9a-f-]{36})/);
  if (ref) failureByReference.set(ref[1], r);
}

// --- the newman reports
const classes = ['1xx', '2xx', '3xx', '4xx', '5xx'];
const rows = [];
const serverErrors = [];
const htmlOnApi = [];
const conflicts = [];
const traceLeaks = [];
const fuzzAccepted = [];
const foreignHosts = new Set();
const byPass = new Map();

for (const role of roles) {
  const file = path.join(runDir, `newman-${role}.json`);
  const row = { role, requests: 0, network: 0, failedAssertions: 0, counts: Object.fromEntries(classes.map((c) => [c, 0])) };
  rows.push(row);
  if (!fs.existsSync(file)) {
    row.missing = true;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const exec of report.run.executions) {
    row.requests++;
    row.failedAssertions += (exec.assertions || []).filter((a) => a.error).length;
    const request = exec.request;
    const host = sentHost(request);
    if (host !== '127.0.0.1') foreignHosts.add(host);
    const what = {
      role,
      trigger: (exec.item.name.match(/(\[(Fuzz|Mutation)\].*)$/) || [, 'as generated'])[1],
      pass: exec.cursor && exec.item ? passOf(report, exec) : '',
      name: exec.item.name,
      method: request.method,
      template: template(exec.item),
      url: sentUrl(request),
      body: bodyOf(request),
    };
    const passRow = byPass.get(what.pass) || { requests: 0, network: 0, counts: Object.fromEntries(classes.map((c) => [c, 0])) };
    byPass.set(what.pass, passRow);
    passRow.requests++;
    if (exec.requestError || !exec.response) {
      row.network++;
      passRow.network++;
      continue;
    }
    const response = exec.response;
    const statusClass = `${String(response.code)[0]}xx`;
    if (row.counts[statusClass] !== undefined) row.counts[statusClass]++;
    if (passRow.counts[statusClass] !== undefined) passRow.counts[statusClass]++;
    const text = responseText(response);
    const type = header(response, 'content-type');
    const answered = { ...what, status: response.code, type, answer: text };
    if (response.code >= 500) {
      const ref = (text.match(/"reference"\s*:\s*"([0-9a-f-]{36})"/) || [])[1];
      answered.reference = ref;
      answered.failure = ref ? failureByReference.get(ref) : undefined;
      serverErrors.push(answered);
    }
    if (what.url.startsWith('/api/') && /text\/html/i.test(type)) htmlOnApi.push(answered);
    if (response.code === 409) conflicts.push(answered);
    if (/\n\s+at [\w.$]+\(|\b(java|org\.springframework|org\.postgresql|tools\.jackson)\.[\w.]+(Exception|Error)\b/.test(text)) {
      traceLeaks.push(answered);
    }
    if (/\[Fuzz\]/.test(what.name) && response.code >= 200 && response.code < 300) fuzzAccepted.push(answered);
  }
}

// The folder at the top of the collection names the pass (documented, all-params, known-ids).
function passOf(report, exec) {
  const folderNames = report.collection && report.collection.item ? report.collection.item : [];
  const id = exec.item.id;
  for (const folder of folderNames) {
    if (contains(folder, id)) return folder.name;
  }
  return '';
}
function contains(node, id) {
  if (node.id === id) return true;
  return Array.isArray(node.item) && node.item.some((child) => contains(child, id));
}

// --- output
const out = [];
const total = { requests: 0, network: 0, failedAssertions: 0, counts: Object.fromEntries(classes.map((c) => [c, 0])) };
out.push('| role | requests | 1xx | 2xx | 3xx | 4xx | 5xx | network errors | failed contract assertions |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  if (row.missing) {
    out.push(`| ${row.role} | no report | | | | | | | |`);
    continue;
  }
  out.push(`| ${row.role} | ${row.requests} | ${classes.map((c) => row.counts[c]).join(' | ')} | ${row.network} | ${row.failedAssertions} |`);
  total.requests += row.requests;
  total.network += row.network;
  total.failedAssertions += row.failedAssertions;
  for (const c of classes) total.counts[c] += row.counts[c];
}
out.push(`| **all** | ${total.requests} | ${classes.map((c) => total.counts[c]).join(' | ')} | ${total.network} | ${total.failedAssertions} |`);
out.push('');
out.push('By pass, all roles together:', '');
out.push('| pass | requests | 1xx | 2xx | 3xx | 4xx | 5xx | network errors |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [pass, r] of byPass) out.push(`| ${pass} | ${r.requests} | ${classes.map((c) => r.counts[c]).join(' | ')} | ${r.network} |`);
out.push('');

const errorRecords = records.filter((r) => r.level === 'ERROR');
out.push(`Application log: ${errorRecords.length} ERROR lines, ${records.filter((r) => r.level === 'WARN').length} WARN lines.`);
if (foreignHosts.size) out.push(`**Requests went to hosts other than 127.0.0.1: ${[...foreignHosts].join(', ')}**`);
const notes = path.join(runDir, 'notes.txt');
if (fs.existsSync(notes) && fs.readFileSync(notes, 'utf8').trim()) {
  out.push('', 'Notes from the run:', '', ...fs.readFileSync(notes, 'utf8').trim().split('\n').map((l) => `- ${l}`));
}
out.push('');

out.push(`## 5xx answers (${serverErrors.length})`, '');
if (serverErrors.length) {
  const distinct = new Map();
  for (const e of serverErrors) {
    const cause = e.failure ? e.failure.rootCause : excerpt(e.answer, 120);
    const key = `${e.method} ${e.template} ${e.status} ${cause}`;
    const entry = distinct.get(key) || { ...e, cause, roles: new Set(), triggers: new Set(), times: 0 };
    entry.roles.add(e.role);
    entry.triggers.add(e.trigger);
    entry.times++;
    distinct.set(key, entry);
  }
  out.push(`Distinct (method, documented path, status, root cause): ${distinct.size}`, '');
  out.push('| method | path | status | times | roles | input | root cause in the app log | first Twinport frame |');
  out.push('|---|---|---:|---:|---|---|---|---|');
  for (const d of distinct.values()) {
    out.push(`| ${d.method} | \`${cell(d.template)}\` | ${d.status} | ${d.times} | ${[...d.roles].join(', ')} | ${cell(excerpt([...d.triggers].join(' '), 200))} | ${cell(excerpt(d.cause, 220))} | ${cell(d.failure ? d.failure.firstOwnFrame : '')} |`);
  }
  out.push('', 'Every 5xx request:', '');
  out.push('| role | pass | input | method | sent path | body excerpt | status | reference |');
  out.push('|---|---|---|---|---|---|---:|---|');
  for (const e of serverErrors) {
    out.push(`| ${e.role} | ${e.pass} | ${cell(excerpt(e.trigger, 90))} | ${e.method} | \`${cell(excerpt(e.url, 120))}\` | \`${cell(excerpt(e.body))}\` | ${e.status} | ${e.reference || cell(excerpt(e.answer, 80))} |`);
  }
  out.push('');
}

const upTo = (values, n) => values.slice(0, n).join(' ') + (values.length > n ? ` … (${values.length})` : '');

// Grouped by request and answer: the mutations send many inputs to one handler that answers the same way.
// byInputKind groups across paths instead, by the kind of input ("path = NUL character") and the answer.
function list(title, items, explain, byInputKind = false) {
  out.push(`## ${title} (${items.length})`, '');
  if (!items.length) return;
  const groups = new Map();
  for (const e of items) {
    let detail;
    try {
      detail = JSON.parse(e.answer).detail;
    } catch {
      detail = undefined;
    }
    const answer = excerpt(detail !== undefined ? detail : e.answer, 140);
    const inputKind = e.trigger.replace(/\]\[(body|query|path) \S+ = /, '][$1 … = ');
    const key = byInputKind ? `${e.status} ${inputKind} ${answer}` : `${e.method} ${e.template} ${e.status} ${answer}`;
    const group = groups.get(key) || { ...e, answer, paths: new Set(), roles: new Set(), triggers: new Set(), times: 0 };
    group.paths.add(`${e.method} ${e.template}`);
    group.roles.add(e.role);
    group.triggers.add(e.trigger);
    group.times++;
    groups.set(key, group);
  }
  out.push(explain, '');
  out.push('| requests (up to 3) | status | times | roles | inputs (up to 4) | example sent path | example body | answer |');
  out.push('|---|---:|---:|---|---|---|---|---|');
  for (const g of groups.values()) {
    out.push(`| ${cell(upTo([...g.paths], 3))} | ${g.status} | ${g.times} | ${[...g.roles].join(', ')} | ${cell(excerpt(upTo([...g.triggers], 4), 260))} | \`${cell(excerpt(g.url, 100))}\` | \`${cell(excerpt(g.body, 100))}\` | ${cell(g.answer)} |`);
  }
  out.push('');
}
list('HTML answers under /api', htmlOnApi, 'The API answers problem+json; an HTML page here is an error page from outside the API handlers.', true);
list('409 answers', conflicts, 'A 409 is right for a state conflict; for bad input the rule is a 400 naming the field.');
list('Answers that look like stack traces', traceLeaks, 'No stack traces to clients.');
list('Fuzzed requests answered 2xx', fuzzAccepted, 'Portman broke a documented constraint (required, minimum, maximum, length) and the API accepted it: the document or the validation is wrong.');

if (errorRecords.length) {
  const distinct = new Map();
  for (const r of errorRecords) {
    const key = `${r.message.replace(/reference [0-9a-f-]{36}/, 'reference …')} ← ${r.rootCause}`;
    distinct.set(key, (distinct.get(key) || 0) + 1);
  }
  out.push(`## ERROR lines in the application log (${errorRecords.length}, ${distinct.size} distinct)`, '');
  out.push('| times | message ← root cause |');
  out.push('|---:|---|');
  for (const [key, times] of distinct) out.push(`| ${times} | ${cell(excerpt(key, 300))} |`);
  out.push('');
}

process.stdout.write(out.join('\n') + '\n');

#!/usr/bin/env node
// Adds to portman's fuzzing what it does not vary: for each request of a collection, one copy per input (JSON body
// leaf, query parameter, path variable) and hostile value, the rest of the request left as portman made it.
// Usage: node mutate.js <portman collection> <out collection>
'use strict';
const fs = require('fs');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node mutate.js <portman collection> <out collection>');
  process.exit(2);
}

// Raw JSON literals: JavaScript numbers cannot hold Long.MAX_VALUE exactly, so the text goes in as written.
const BODY_VALUES = {
  string: [
    ['NUL character', '"fuzz\\u0000nul"'],
    ['year +999999999', '"+999999999-12-31"'],
    ['null', 'null'],
  ],
  // Amounts travel as strings ("12.50").
  decimalString: [
    ['decimal 1E+400', '"1E+400"'],
    ['null', 'null'],
  ],
  number: [
    ['Long.MAX_VALUE', '9223372036854775807'],
    ['1E+308', '1E+308'],
    ['null', 'null'],
  ],
  boolean: [['null', 'null']],
  array: [['[null]', '[null]']],
  object: [['null', 'null']],
};
const PARAMETER_VALUES = [
  ['NUL character', 'fuzz%00nul'],
  ['Long.MAX_VALUE', '9223372036854775807'],
  ['year +999999999', '%2B999999999-12-31'],
  ['empty', ''],
];

const collection = JSON.parse(fs.readFileSync(input, 'utf8'));
const mutations = [];
let serial = 0;

function requests(items, found = []) {
  for (const item of items) {
    if (item.item) requests(item.item, found);
    else if (!/\[Fuzz\]/.test(item.name)) found.push(item);
  }
  return found;
}

function copy(item, label, change) {
  const mutated = JSON.parse(JSON.stringify(item));
  mutated.id = `${item.id || 'request'}-mutation-${++serial}`;
  mutated.name = `${item.name}[Mutation][${label}]`;
  // Portman's contract tests expect the documented success: meaningless for hostile input.
  mutated.event = (mutated.event || []).filter((e) => e.listen !== 'test');
  delete mutated.response;
  change(mutated.request);
  mutations.push(mutated);
}

// Every leaf of a JSON value, with the path to it and the kind of its value; of an array only the first element.
function leaves(value, path = [], found = []) {
  const kind = Array.isArray(value) ? 'array'
    : value === null ? 'null'
      : typeof value === 'string' && /^-?\d+\.\d+$/.test(value) ? 'decimalString'
        : typeof value;
  if (path.length) found.push({ path, kind });
  if (kind === 'array' && value.length) leaves(value[0], [...path, 0], found);
  if (kind === 'object') Object.keys(value).forEach((k) => leaves(value[k], [...path, k], found));
  return found;
}

function withRaw(json, path, rawLiteral) {
  const marker = `__fuzz_raw_${serial}__`;
  const clone = JSON.parse(JSON.stringify(json));
  let parent = clone;
  for (const key of path.slice(0, -1)) parent = parent[key];
  parent[path[path.length - 1]] = marker;
  return JSON.stringify(clone, null, 2).replace(`"${marker}"`, rawLiteral);
}

for (const item of requests(collection.item)) {
  const request = item.request;
  const body = request.body;
  if (body && body.mode === 'raw' && body.raw) {
    let json;
    try {
      json = JSON.parse(body.raw);
    } catch {
      json = undefined;
    }
    if (json !== undefined && typeof json === 'object' && json !== null) {
      for (const leaf of leaves(json)) {
        for (const [label, literal] of BODY_VALUES[leaf.kind] || []) {
          copy(item, `body ${leaf.path.join('.')} = ${label}`, (r) => {
            r.body.raw = withRaw(json, leaf.path, literal);
          });
        }
      }
    }
  }
  (request.url.query || []).forEach((parameter, index) => {
    for (const [label, value] of PARAMETER_VALUES) {
      copy(item, `query ${parameter.key} = ${label}`, (r) => {
        r.url.query[index].value = value;
        r.url.query[index].disabled = false;
      });
    }
  });
  (request.url.variable || []).forEach((variable, index) => {
    for (const [label, value] of PARAMETER_VALUES.filter(([l]) => l !== 'empty')) {
      copy(item, `path ${variable.key} = ${label}`, (r) => {
        r.url.variable[index].value = value;
      });
    }
  });
}

collection.item = mutations;
fs.writeFileSync(output, JSON.stringify(collection));
console.error(`${mutations.length} mutated requests from ${requests(JSON.parse(fs.readFileSync(input, 'utf8')).item).length}`);

#!/usr/bin/env node
// Replaces the made-up request bodies of a portman collection with valid ones (seeds.json) where it has one.
// Usage: node seed.js <collection> <seeds.json>   (rewrites the collection in place; fuzz variations untouched)
'use strict';
const fs = require('fs');

const [file, seedsFile] = process.argv.slice(2);
const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
const seeds = JSON.parse(fs.readFileSync(seedsFile, 'utf8'));
let seeded = 0;

function visit(items) {
  for (const item of items) {
    if (item.item) {
      visit(item.item);
      continue;
    }
    if (/\[Fuzz\]/.test(item.name)) continue;
    const template = '/' + item.request.url.path.map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s)).join('/');
    const seed = seeds[`${item.request.method} ${template}`];
    if (seed && item.request.body && item.request.body.mode === 'raw') {
      item.request.body.raw = JSON.stringify(seed, null, 2);
      seeded++;
    }
  }
}
visit(collection.item);
fs.writeFileSync(file, JSON.stringify(collection));
console.error(`${seeded} requests seeded from ${Object.keys(seeds).filter((k) => !k.startsWith('_')).length} seeds`);

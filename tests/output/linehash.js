// primaryLocationLineHash of every line of a file, as github/codeql-action's
// fingerprints.ts computes it (Long arithmetic done here with BigInt mod 2^64),
// written independently of pooltrack's C code to check it.
// Usage: node linehash.js FILE  -> "line hash:n" per line
const fs = require("fs");
const M = (1n << 64n) - 1n, BLOCK = 100;
let firstMod = 1n;
for (let i = 0; i < BLOCK; i++) firstMod = (firstMod * 37n) & M;
const text = fs.readFileSync(process.argv[2], "utf8");
const win = Array(BLOCK).fill(0), lines = Array(BLOCK).fill(-1), counts = {};
let hash = 0n, index = 0, lineNo = 0, lineStart = true, prevCR = false;
const out = [];
function output() {
  const h = hash.toString(16);
  counts[h] = (counts[h] || 0) + 1;
  out.push(`${lines[index]} ${h}:${counts[h]}`);
  lines[index] = -1;
}
function update(cur) {
  const begin = win[index];
  win[index] = cur;
  hash = (37n * hash + BigInt(cur) - firstMod * BigInt(begin)) & M;
  if (hash < 0n) hash += 1n << 64n;
  index = (index + 1) % BLOCK;
}
function ch(cur) {
  if (cur === 32 || cur === 9 || (prevCR && cur === 10)) { prevCR = false; return; }
  if (cur === 13) { cur = 10; prevCR = true; } else prevCR = false;
  if (lines[index] !== -1) output();
  if (lineStart) { lineStart = false; lines[index] = ++lineNo; }
  if (cur === 10) lineStart = true;
  update(cur);
}
for (let i = 0; i < text.length; i++) ch(text.charCodeAt(i));
ch(65535);
for (let i = 0; i < BLOCK; i++) { if (lines[index] !== -1) output(); update(0); }
console.log(out.join("\n"));

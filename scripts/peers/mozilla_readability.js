#!/usr/bin/env node
// Runs Mozilla Readability (npm @mozilla/readability on jsdom) over pages for `storyline eval extraction`.
//
// Reads one path of a page (.html or .html.gz) per line on stdin; writes one JSON line per page on
// stdout: {"file": path, "text": extracted text or null, "seconds": CPU time spent extracting}. Only the
// extraction is timed, in process CPU time (wall time on a shared machine measures the neighbours), (jsdom parse + Readability.parse()), not reading the file. The modules are
// looked up in NODE_PATH (scripts/install-peers.sh puts them in .peers/node/node_modules).
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const readline = require("readline");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const quiet = new VirtualConsole(); // pages' CSS and script errors are not ours to print

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const path = line.trim();
    if (!path) continue;
    let raw = fs.readFileSync(path);
    if (path.endsWith(".gz")) raw = zlib.gunzipSync(raw);
    const start = process.cpuUsage();
    let text = null;
    try {
      const dom = new JSDOM(raw, { contentType: "text/html", virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.textContent ? article.textContent.trim() : null;
      dom.window.close();
    } catch (e) {
      text = null; // a page the peer cannot handle scores as empty output
    }
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    process.stdout.write(JSON.stringify({ file: path, text: text, seconds: seconds }) + "\n");
  }
}

main();

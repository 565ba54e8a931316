// Building the page. Everything that comes from articles is untrusted: it only ever enters the
// page as text (text nodes, textContent, attribute values set with setAttribute), never as markup.

export const $ = (id) => document.getElementById(id);
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(e, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A GET of the JSON API; an error carries the server's message and status. */
export async function api(path) {
  // a request that hangs shows as an error after 20 s, not as a page that never loads
  const r = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: AbortSignal.timeout(20000) });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON: fall through to the status */ }
  if (!r.ok) {
    const err = new Error((body && body.error) || ('HTTP ' + r.status));
    err.status = r.status;
    throw err;
  }
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else if (v !== null && v !== undefined && v !== '') q.append(k, v);
  }
  return q.toString();
}

export const day = (iso) => (iso ? String(iso).slice(0, 10) : '–');
export const time = (iso) => (iso ? String(iso).slice(0, 16).replace('T', ' ') : '–');
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const has = (v) => v !== null && v !== undefined && v !== '';

export function link(hash, ...children) {
  return el('a', { href: hash }, ...children);
}

export const storyLink = (id, text) => link('#/story/' + encodeURIComponent(id), text);
export const eventLink = (id, text) => link('#/event/' + encodeURIComponent(id), text);
export const articleLink = (id, text) => link('#/article/' + encodeURIComponent(id), text);

/** A link out to the article's own page, only for http(s) URLs (never javascript: or data:). */
export function outLink(url, text) {
  return url && /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text || url) : null;
}

export function errorBox(err) {
  return el('p', { class: 'error', role: 'alert' }, err.message);
}

/** A table that scrolls sideways on its own on a narrow screen, rather than the page. */
export function table(id, headers, rows) {
  return el('div', { class: 'table-wrap' }, el('table', { id },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

/** A list item that opens a link on click and on Enter, focusable with the keyboard. */
export function clickable(li, hash) {
  li.tabIndex = 0;
  li.addEventListener('click', (ev) => { if (!ev.target.closest('a')) location.hash = hash; });
  li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && !ev.target.closest('a')) location.hash = hash; });
  return li;
}

/** A string from the record, trying several field names (fields other stages add later included). */
export function pick(o, ...names) {
  for (const n of names) if (o && has(o[n])) return o[n];
  return null;
}

const REGIONS = typeof Intl !== 'undefined' && Intl.DisplayNames ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** A country's English name from its ISO 3166-1 alpha-2 code ("SY" → "Syria"), the code itself when unknown. */
export function countryName(code) {
  if (!code) return code;
  try { return (REGIONS && REGIONS.of(code)) || code; } catch (e) { return code; }
}

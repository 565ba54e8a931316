// Storyline's analyst page. Everything that comes from articles is untrusted: it is only ever put
// into the page as text (textContent, text nodes), never as markup.
'use strict';

const $ = (id) => document.getElementById(id);
let world = null;           // GeoJSON countries, loaded once
let listOffset = 0;
const PAGE = 50;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function day(iso) { return iso ? String(iso).slice(0, 10) : '–'; }

function showError(where, err) {
  where.replaceChildren(el('p', { class: 'error' }, err.message));
}

// ---- list of stories

async function loadCounts() {
  try {
    const c = await api('/api/counts');
    $('counts').textContent = `${c.articles} articles · ${c.stories} stories · ${c.events} events`;
  } catch (e) { $('counts').textContent = ''; }
}

async function loadStories(append) {
  if (!append) { listOffset = 0; $('items').replaceChildren(); }
  $('list-title').textContent = 'Stories';
  try {
    const page = await api(`/api/stories?offset=${listOffset}&limit=${PAGE}`);
    for (const s of page.items) {
      const li = el('li', { tabindex: '0', 'data-story': s.id },
        el('div', { class: 'item-title' }, s.title || '(untitled)'),
        el('div', { class: 'muted' }, `${day(s.first)} – ${day(s.last)} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`
          + (s.places.length ? ' · ' + s.places.slice(0, 3).join(', ') : '')));
      li.addEventListener('click', () => { location.hash = '#/story/' + encodeURIComponent(s.id); });
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') li.click(); });
      $('items').append(li);
    }
    listOffset += page.items.length;
    $('more').hidden = listOffset >= page.total;
    if (page.total === 0) $('items').append(el('li', {}, 'No stories yet: ingest some articles.'));
  } catch (e) { showError($('items'), e); }
}

// ---- a story

async function showStory(id) {
  const detail = $('detail');
  for (const li of document.querySelectorAll('#items li')) li.setAttribute('aria-current', String(li.dataset.story === id));
  try {
    const v = await api('/api/stories/' + encodeURIComponent(id));
    const s = v.story;
    const rows = v.articles.map((a) => {
      const link = el('a', { href: '#/article/' + encodeURIComponent(a.id) }, a.title || a.id);
      return el('tr', {}, el('td', {}, a.source || '–'), el('td', {}, day(a.published)),
        el('td', {}, link, a.duplicateOf ? el('span', { class: 'tag' }, 'copy') : null));
    });
    const events = v.events.map((e) => el('tr', {},
      el('td', {}, day(e.event_date)), el('td', {}, e.sub_event_type), el('td', {}, e.location || '–'),
      el('td', {}, [e.actor1, e.actor2].filter(Boolean).join(', ') || '–'),
      el('td', {}, e.fatalities === null || e.fatalities === undefined ? '' : String(e.fatalities)),
      el('td', {}, String(e.source_articles.length))));
    detail.replaceChildren(
      el('h2', { id: 'story-title' }, s.title || '(untitled)'),
      el('p', { class: 'muted' }, `${day(s.first)} – ${day(s.last)} · topic ${s.topic} · `
        + (s.entities.length ? s.entities.slice(0, 6).join(', ') : 'no named actors')),
      el('h3', {}, 'Places'),
      await storyMap(v.places),
      el('h3', {}, `Events (${v.events.length})`),
      v.events.length ? el('table', { id: 'events' }, el('thead', {}, el('tr', {},
        el('th', {}, 'Date'), el('th', {}, 'Type'), el('th', {}, 'Place'), el('th', {}, 'Actors'),
        el('th', {}, 'Killed'), el('th', {}, 'Sources'))), el('tbody', {}, ...events)) : el('p', { class: 'muted' }, 'No events found.'),
      el('h3', {}, `Articles (${v.articles.length})`),
      el('table', { id: 'articles' }, el('thead', {}, el('tr', {}, el('th', {}, 'Outlet'), el('th', {}, 'Date'), el('th', {}, 'Headline'))),
        el('tbody', {}, ...rows)));
  } catch (e) { showError(detail, e); }
}

// ---- map: equirectangular projection of the world outline, pins for places

async function countries() {
  if (!world) {
    const topo = await (await fetch('/map/countries-110m.json')).json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

function ringPath(ring) {
  let d = '';
  ring.forEach(([lon, lat], i) => { d += (i ? 'L' : 'M') + (lon + 180).toFixed(2) + ' ' + (90 - lat).toFixed(2); });
  return d + 'Z';
}

async function storyMap(places) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'map');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', places.length ? 'Map of ' + places.map((p) => p.name).join(', ') : 'World map');
  try {
    for (const f of (await countries()).features) {
      const g = f.geometry;
      if (!g) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('class', 'land');
      path.setAttribute('d', polys.map((p) => p.map(ringPath).join('')).join(''));
      svg.append(path);
    }
  } catch (e) { /* without outlines the pins still show */ }
  let minX = 360, minY = 180, maxX = 0, maxY = 0;
  for (const p of places) {
    const x = p.lon + 180, y = 90 - p.lat;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('class', 'pin');
    c.setAttribute('cx', x.toFixed(2)); c.setAttribute('cy', y.toFixed(2));
    c.setAttribute('r', (0.6 + Math.min(2, Math.sqrt(p.mentions) * 0.35)).toFixed(2));
    const title = document.createElementNS(NS, 'title');
    title.textContent = `${p.name} (${p.country}) · named ${p.mentions}×`;
    c.append(title);
    svg.append(c);
  }
  if (places.length) {
    const pad = 8, w = Math.max(24, maxX - minX + 2 * pad), h = Math.max(12, maxY - minY + 2 * pad);
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    const vw = Math.max(w, h * 2), vh = vw / 2;
    svg.setAttribute('viewBox', `${(cx - vw / 2).toFixed(2)} ${(cy - vh / 2).toFixed(2)} ${vw.toFixed(2)} ${vh.toFixed(2)}`);
  } else {
    svg.setAttribute('viewBox', '0 0 360 180');
  }
  return svg;
}

// ---- an article

async function showArticle(id) {
  const detail = $('detail');
  try {
    const a = await api('/api/article?id=' + encodeURIComponent(id));
    const people = [...new Set(a.entities.filter((e) => e.type !== 'LOCATION').map((e) => e.canonical))];
    detail.replaceChildren(
      el('h2', { id: 'article-title' }, a.title || a.id),
      el('p', { class: 'muted' }, `${a.source || 'unknown outlet'} · ${day(a.published)} · `,
        a.story ? el('a', { href: '#/story/' + encodeURIComponent(a.story) }, 'its story') : null),
      a.url && /^https?:\/\//i.test(a.url) ? el('p', {}, el('a', { href: a.url, rel: 'noopener noreferrer' }, a.url)) : null,
      el('p', {}, ...people.slice(0, 12).map((p) => el('span', { class: 'tag' }, p))),
      el('div', { class: 'article-text', id: 'article-text' }, a.text));
  } catch (e) { showError(detail, e); }
}

// ---- search

async function showSearch(q) {
  $('search-input').value = q;
  $('list-title').textContent = 'Search: ' + q;
  $('more').hidden = true;
  const items = $('items');
  items.replaceChildren();
  try {
    const page = await api('/api/search?limit=50&q=' + encodeURIComponent(q));
    if (!page.items.length) items.append(el('li', {}, 'No articles match.'));
    for (const h of page.items) {
      const snippet = el('div', { class: 'muted snippet' });
      let at = 0;
      for (const [s, e] of h.highlights) {
        snippet.append(h.snippet.slice(at, s), el('mark', {}, h.snippet.slice(s, e)));
        at = e;
      }
      snippet.append(h.snippet.slice(at));
      const li = el('li', { tabindex: '0' }, el('div', { class: 'item-title' }, h.title || h.id),
        el('div', { class: 'muted' }, `${h.source || '–'} · ${day(h.published)}`), snippet);
      li.addEventListener('click', () => { location.hash = '#/article/' + encodeURIComponent(h.id); });
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') li.click(); });
      items.append(li);
    }
  } catch (e) { showError(items, e); }
}

// ---- routing

async function route() {
  const [, kind, ...rest] = location.hash.split('/');
  let arg;
  try {
    arg = decodeURIComponent(rest.join('/'));
  } catch (e) { // a malformed link: show the list rather than nothing
    arg = '';
  }
  if (kind === 'search' && arg) return showSearch(arg);
  if (!$('items').children.length || $('list-title').textContent !== 'Stories') await loadStories(false);
  if (kind === 'story' && arg) return showStory(arg);
  if (kind === 'article' && arg) return showArticle(arg);
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('search-input').value.trim();
    if (q) location.hash = '#/search/' + encodeURIComponent(q);
  });
  $('more').addEventListener('click', () => loadStories(true));
  window.addEventListener('hashchange', route);
  loadCounts();
  route();
});

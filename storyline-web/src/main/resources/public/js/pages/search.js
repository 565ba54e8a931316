// Search: full text (Lucene syntax) with facets; the query and the chosen facet values live in the
// address (#/search?q=...&country=SY), so a search can be bookmarked and the back button works.
import { el, api, query, day, errorBox, clickable, plural, countryName } from '../dom.js';

const FACETS = [
  ['EVENT_TYPE', 'type', 'Event type'],
  ['COUNTRY', 'country', 'Country'],
  ['OUTLET', 'outlet', 'Outlet'],
  ['ENTITY', 'entity', 'Entity'],
];

export function searchHash(params) {
  return '#/search?' + query(params);
}

function readParams(qs) {
  const p = new URLSearchParams(qs || '');
  const out = { q: p.get('q') || '', from: p.get('from') || '', to: p.get('to') || '', offset: Number(p.get('offset') || 0) };
  for (const [, name] of FACETS) out[name] = p.getAll(name);
  return out;
}

function snippet(h) {
  const s = el('div', { class: 'muted snippet' });
  let at = 0;
  for (const [a, b] of h.highlights) {
    s.append(h.snippet.slice(at, a), el('mark', {}, h.snippet.slice(a, b)));
    at = b;
  }
  s.append(h.snippet.slice(at));
  return s;
}

export async function searchPage(view, qs) {
  const p = readParams(qs);
  document.getElementById('search-input').value = p.q;
  const go = (changes) => { location.hash = searchHash({ ...p, offset: 0, ...changes }); };
  const facetBox = el('div', { class: 'facets', id: 'facets' });
  const results = el('ol', { class: 'items', id: 'items' });
  const summary = el('p', { class: 'muted', id: 'search-summary' });
  const pager = el('div', { class: 'pager' });
  const from = el('input', { type: 'date', id: 'facet-from', value: p.from });
  const to = el('input', { type: 'date', id: 'facet-to', value: p.to });
  const dates = el('form', { class: 'dates', onsubmit: (ev) => { ev.preventDefault(); go({ from: from.value, to: to.value }); } },
    el('fieldset', {}, el('legend', {}, 'Dates'), el('label', { for: 'facet-from' }, 'From '), from,
      el('label', { for: 'facet-to' }, ' to '), to, el('button', { type: 'submit' }, 'Apply')));
  view.replaceChildren(el('section', { class: 'page search-page' },
    el('h1', { id: 'list-title' }, p.q ? 'Search: ' + p.q : 'Search'),
    el('div', { class: 'search-layout' },
      el('aside', { 'aria-label': 'Facets' }, dates, facetBox),
      el('div', {}, summary, results, pager))));
  const filtered = FACETS.some(([, n]) => p[n].length) || p.from || p.to;
  if (!p.q && !filtered) {
    summary.textContent = 'Type a query above (aleppo AND siege, title:"peace talks", entities:Kerry), or choose a filter.';
    return null;
  }
  try {
    const r = await api('/api/search?' + query({ ...p, limit: 20 }));
    summary.textContent = `${plural(r.total, 'article')}` + (filtered ? ' with the chosen filters' : '');
    if (!r.items.length) results.append(el('li', {}, 'No articles match.'));
    for (const h of r.items) {
      results.append(clickable(el('li', { 'data-article': h.id }, el('div', { class: 'item-title' }, h.title || h.id),
        el('div', { class: 'muted' }, `${h.source || '–'} · ${day(h.published)}`), snippet(h)), '#/article/' + encodeURIComponent(h.id)));
    }
    for (const [key, name, label] of FACETS) {
      const f = r.facets.find((x) => x.facet === key);
      const chosen = new Set(p[name]);
      const values = f ? f.values : [];
      for (const c of chosen) if (!values.some((v) => v.value === c)) values.push({ value: c, count: 0 });
      if (!values.length) continue;
      const list = el('ul', {});
      values.forEach((v, i) => {
        const cid = `facet-${name}-${i}`;
        const box = el('input', { type: 'checkbox', id: cid, 'data-facet': name, 'data-value': v.value, checked: chosen.has(v.value) });
        box.addEventListener('change', () => {
          const next = new Set(chosen);
          if (box.checked) next.add(v.value); else next.delete(v.value);
          go({ [name]: [...next] });
        });
        list.append(el('li', {}, box, el('label', { for: cid }, `${key === 'COUNTRY' ? countryName(v.value) : v.value} `, el('span', { class: 'muted' }, `(${v.count})`))));
      });
      facetBox.append(el('fieldset', { 'data-facet': name }, el('legend', {}, label), list));
    }
    if (r.offset > 0) pager.append(el('button', { type: 'button', onclick: () => go({ offset: Math.max(0, r.offset - r.limit) }) }, 'Previous'));
    if (r.offset + r.items.length < r.total) pager.append(el('button', { type: 'button', onclick: () => go({ offset: r.offset + r.limit }) }, 'Next'));
  } catch (e) { results.replaceChildren(errorBox(e)); }
  return null;
}

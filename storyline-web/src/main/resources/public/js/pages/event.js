// One event: what, when, where, who, and what each source says, with disagreements marked.
import { el, api, day, time, has, table, countryName, storyLink, articleLink, outLink, errorBox } from '../dom.js';
import { colour } from '../families.js';
import { placeMap } from '../worldmap.js';
import { paint } from './overview.js';

function fact(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

/** actor1 and actor2, each with its kind (state forces, rebels, ...) when known. */
function actors(e) {
  const list = [[e.actor1, e.actor1_kind], [e.actor2, e.actor2_kind]].filter(([name]) => name);
  return list.length
    ? list.map(([name, kind], i) => el('span', { class: 'tag' }, `${name} (${kind ? kind.toLowerCase().replaceAll('_', ' ') : 'actor ' + (i + 1)})`))
    : ['none named'];
}

/** How precise a GeoNames feature code places an event. */
function precisionOf(code) {
  if (!code) return null;
  if (code.startsWith('PCL')) return 'country';
  if (code === 'ADM1') return 'region';
  if (code.startsWith('ADM')) return 'district';
  if (code.startsWith('PPL')) return 'town or city';
  return code;
}

function place(e, sources) {
  const fromSource = sources.map((s) => s.placeFeature).find(Boolean);
  const precision = sources.map((s) => s.placePrecision).find(Boolean) || precisionOf(fromSource);
  return [e.location || 'unknown', e.country ? ` (${countryName(e.country)})` : '',
    has(e.latitude) ? ` · ${Number(e.latitude).toFixed(3)}, ${Number(e.longitude).toFixed(3)}` : '',
    has(precision) ? el('span', { class: 'tag' }, 'precision: ' + precision) : null];
}

/**
 * The cell of a figure; marked when the merged event says its sources conflict and this column's
 * values differ (one outlet's toll rising from 10 to 12 is an update, not a conflict).
 */
function figureCell(value, all, conflict) {
  const values = new Set(all.filter(has));
  const disputed = conflict && has(value) && values.size > 1;
  return el('td', { class: disputed ? 'num conflict' : 'num', title: disputed ? 'sources disagree' : null }, has(value) ? String(value) : '–');
}

export async function eventPage(view, id) {
  let v;
  try { v = await api('/api/events/' + encodeURIComponent(id)); } catch (e) { view.replaceChildren(errorBox(e)); return null; }
  const e = v.event;
  const conflict = e.conflict === true;
  const killed = v.sources.map((s) => s.killed);
  const injured = v.sources.map((s) => s.injured);
  const displaced = v.sources.map((s) => s.displaced);
  const rule = e.fatalities_rule;
  const rows = v.sources.map((s) => el('tr', {},
    el('td', {}, s.outlet || '–'), el('td', {}, time(s.published)),
    el('td', {}, articleLink(s.article, s.title || s.article)), figureCell(s.killed, killed, conflict), figureCell(s.injured, injured, conflict),
    figureCell(s.displaced, displaced, conflict)));
  const sentences = v.sources.map((s) => el('li', { class: 'source' },
    el('blockquote', {}, s.sentence || 'The article reports it, but its sentence was not found.'),
    el('div', { class: 'muted' }, `— ${s.outlet || 'unknown outlet'}, ${time(s.published)}, `,
      articleLink(s.article, s.title || s.article), s.story ? [' · ', storyLink(s.story, 'its story')] : null,
      outLink(s.url, ' · original') ? [' ', outLink(s.url, 'original')] : null)));
  const mapNode = has(e.latitude) ? await placeMap([{ name: e.location, lat: e.latitude, lon: e.longitude, country: e.country, mentions: 1 }]) : null;
  view.replaceChildren(el('article', { class: 'page event-page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Overview'), ' › event'),
    el('h1', { id: 'event-title' }, el('span', { class: 'swatch', 'data-colour': colour(e.event_type) }), `${e.sub_event_type} · ${e.location || 'place unknown'}`),
    el('div', { class: 'two' },
      el('dl', { class: 'facts' },
        fact('Type', `${e.sub_event_type} (${e.event_type})`),
        fact('Date', day(e.event_date)),
        fact('Place', ...place(e, v.sources)),
        fact('Actors', ...actors(e)),
        fact('Killed', has(e.fatalities) ? String(e.fatalities) : 'not stated', rule ? el('span', { class: 'muted' }, ` (${rule})`) : null,
          conflict ? el('span', { class: 'tag conflict', id: 'conflict' }, 'sources disagree') : null),
        fact('Injured', has(e.injured) ? String(e.injured) : 'not stated'),
        fact('Displaced', has(e.displaced) ? String(e.displaced) : 'not stated'),
        fact('Sources', (e.sources || []).join(', ') || '–')),
      mapNode),
    el('h2', {}, 'Figures per source'),
    table('sources', ['Outlet', 'Published', 'Headline', 'Killed', 'Injured', 'Displaced'], rows),
    el('h2', {}, 'What each source says'),
    el('ol', { class: 'sources', id: 'sentences' }, sentences)));
  paint(view);
  return null;
}

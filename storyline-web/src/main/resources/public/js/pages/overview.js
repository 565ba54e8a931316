// The overview: where (map) and when (timeline) events happened; brushing the timeline narrows
// the map and the list, a marker opens its event.
import { el, api, query, day, plural, clickable, errorBox, articleLink } from '../dom.js';
import { FAMILIES, colour } from '../families.js';
import { EventMap } from '../worldmap.js';
import { Timeline } from '../timeline.js';

const state = { from: null, to: null }; // kept across visits and live updates

function legend() {
  return el('ul', { class: 'legend', 'aria-label': 'Event families' },
    FAMILIES.map((f) => el('li', {}, el('span', { class: 'swatch', style: null, 'data-colour': colour(f) }), f)));
}

function eventItem(e) {
  const li = el('li', { 'data-event': e.event_id || e.id },
    el('div', { class: 'item-title' }, el('span', { class: 'swatch', 'data-colour': colour(e.event_type || e.family) }),
      (e.sub_event_type || e.type) + ' · ' + (e.location || 'place unknown')),
    el('div', { class: 'muted' }, day(e.event_date || e.date),
      (e.fatalities ? ` · ${e.fatalities} killed` : ''),
      (e.sources ? ` · ${plural(e.sources.length, 'source')}` : '')));
  return clickable(li, '#/event/' + encodeURIComponent(e.event_id || e.id));
}

export function articleItem(a) {
  return el('li', { 'data-article': a.id }, articleLink(a.id, a.title || a.id),
    el('div', { class: 'muted' }, `${a.source || '–'} · ${day(a.published)}`));
}

/** Colour swatches get their colour from a data attribute: the CSP forbids inline styles. */
export function paint(root) {
  for (const s of root.querySelectorAll('[data-colour]')) s.style.backgroundColor = s.dataset.colour;
}

export async function overview(view) {
  const list = el('ol', { id: 'event-list', class: 'items' });
  const listTitle = el('h2', { id: 'event-list-title' }, 'Events');
  const more = el('button', { type: 'button', id: 'more-events', hidden: true }, 'More');
  const latest = el('ol', { id: 'latest', class: 'items compact' });
  const note = el('p', { class: 'muted', id: 'map-note' });
  let offset = 0;

  const map = new EventMap({
    label: 'Map of events; clusters open or zoom in, markers open their event',
    onPick: (members) => showPicked(members),
  });
  const timeline = new Timeline({
    onBrush: (from, to) => { state.from = from; state.to = to; refreshFiltered(); },
  });

  view.replaceChildren(el('section', { class: 'overview' },
    el('div', { class: 'ov-main' }, el('h1', { class: 'visually-hidden' }, 'Overview'), legend(), map.node, note,
      el('h2', { class: 'small-title' }, 'Events over time'), timeline.node),
    el('aside', { class: 'ov-side', 'aria-label': 'Events and latest articles' }, listTitle, list, more,
      el('h2', {}, 'Latest articles'), latest)));
  paint(view);

  const filter = () => ({ from: state.from, to: state.to });

  async function loadList(append) {
    if (!append) { offset = 0; list.replaceChildren(); }
    const page = await api('/api/events?' + query({ ...filter(), offset, limit: 50 }));
    list.append(...page.items.map(eventItem));
    paint(list);
    offset += page.items.length;
    more.hidden = offset >= page.total;
    listTitle.textContent = `Events (${page.total})` + (state.from ? ` · ${state.from === state.to ? state.from : state.from + ' – ' + state.to}` : '');
    if (!page.total) list.append(el('li', { class: 'muted' }, state.from ? 'No events on these days.' : 'No events yet: ingest some articles.'));
  }

  function showPicked(members) {
    list.replaceChildren(...members.map(eventItem));
    paint(list);
    more.hidden = true;
    const places = [...new Set(members.map((m) => m.location).filter(Boolean))];
    listTitle.replaceChildren(`${plural(members.length, 'event')} at ${places.join(', ') || 'one place'} `,
      el('button', { type: 'button', class: 'link', onclick: () => loadList(false) }, 'show all'));
    list.querySelector('li')?.focus();
  }

  async function refreshFiltered() {
    try {
      const m = await api('/api/map?' + query(filter()));
      map.setMarkers(m.markers);
      note.textContent = `${plural(m.markers.length, 'event')} on the map` + (m.total > m.markers.length ? ` (${m.total - m.markers.length} without coordinates)` : '')
        + (m.truncated ? '; more than the map shows: choose fewer days' : '');
      await loadList(false);
    } catch (e) { list.replaceChildren(errorBox(e)); }
  }

  async function refreshAll(withLatest) {
    try {
      timeline.set(await api('/api/timeline'));
      if (state.from) timeline.select(state.from, state.to);
    } catch (e) { /* the map and list still load */ }
    await refreshFiltered();
    if (!withLatest) return;
    try {
      const page = await api('/api/articles?limit=1');
      const start = Math.max(0, page.total - 8);
      const recent = await api(`/api/articles?offset=${start}&limit=8`);
      latest.replaceChildren(...recent.items.reverse().map(articleItem));
    } catch (e) { latest.replaceChildren(errorBox(e)); }
  }

  more.addEventListener('click', () => loadList(true));
  await map.ready;
  await refreshAll(true);
  return {
    live(change) {
      for (const a of change.articles) {
        const li = articleItem(a);
        li.classList.add('new');
        latest.prepend(li);
      }
      while (latest.children.length > 12) latest.lastChild.remove();
      refreshAll(false);
    },
  };
}

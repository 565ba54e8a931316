// A person or organisation: its names, the events it acted in, what it said, and how often it
// was named over time.
import { el, api, day, plural, table, eventLink, articleLink, errorBox, svg } from '../dom.js';

function overTime(named) {
  if (!named.length) return el('p', { class: 'muted' }, 'No dated articles.');
  const max = Math.max(...named.map((d) => d.count));
  const w = Math.max(200, named.length * 14);
  const bars = named.map((d, i) => svg('rect', { x: i * 14 + 2, y: 60 - (d.count / max) * 56, width: 10, height: (d.count / max) * 56, class: 'bar' },
    svg('title', {}, `${d.day}: ${plural(d.count, 'article')}`)));
  return el('div', { class: 'over-time' },
    svg('svg', { viewBox: `0 0 ${w} 60`, class: 'sparkbars', role: 'img', 'aria-label': 'Articles naming it per day: '
      + named.map((d) => `${d.day} ${d.count}`).join(', ') }, bars),
    el('div', { class: 'axis muted' }, el('span', {}, named[0].day), el('span', {}, named[named.length - 1].day)));
}

export async function entityPage(view, id) {
  let v;
  try { v = await api('/api/entities/' + encodeURIComponent(id)); } catch (e) { view.replaceChildren(errorBox(e)); return null; }
  const who = v.entity;
  const events = v.events.map((e) => el('tr', {}, el('td', {}, day(e.event_date)), el('td', {}, eventLink(e.event_id, e.sub_event_type)),
    el('td', {}, e.location || '–'), el('td', {}, e.actor1 === who.name ? 'actor 1' : 'actor 2'),
    el('td', { class: 'num' }, e.fatalities ?? '')));
  const quotes = v.quotes.map((q) => el('li', {}, el('blockquote', {}, q.quote.text),
    el('div', { class: 'muted' }, '— ', q.quote.speaker ? q.quote.speaker.text : who.name, ', ',
      articleLink(q.article, q.title || q.article), ` · ${q.outlet || ''} · ${day(q.published)}`)));
  const articles = v.articles.map((a) => el('li', {}, articleLink(a.id, a.title || a.id), el('span', { class: 'muted' }, ` · ${a.source || '–'} · ${day(a.published)}`)));
  view.replaceChildren(el('article', { class: 'page entity-page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/entities' }, 'Entities'), ' › entity'),
    el('h1', { id: 'entity-name' }, who.name),
    el('p', { class: 'muted' }, `${who.type.toLowerCase()} · named in ${plural(v.articleCount, 'article')}` + (who.firstSeen ? ` · first seen ${day(who.firstSeen)}` : '')),
    el('p', { id: 'aliases' }, 'Written as: ', who.aliases.map((a) => el('span', { class: 'tag' }, a))),
    el('h2', {}, 'Named over time'), overTime(v.named),
    el('h2', {}, `Events as actor (${v.eventCount})`),
    events.length ? table('entity-events', ['Date', 'Type', 'Place', 'Role', 'Killed'], events) : el('p', { class: 'muted' }, 'No events with it as an actor.'),
    el('h2', {}, `Quotes (${v.quotes.length})`),
    quotes.length ? el('ol', { class: 'quotes', id: 'entity-quotes' }, quotes) : el('p', { class: 'muted' }, 'No quotes attributed to it.'),
    el('h2', {}, 'Latest articles naming it'), el('ul', {}, articles)));
  return null;
}

// One story: its summary, its events over time, its articles side by side, its places, figures
// and quotes, and the other stories of its topic.
import { el, api, day, time, has, plural, table, storyLink, eventLink, articleLink, errorBox } from '../dom.js';
import { colour } from '../families.js';
import { placeMap } from '../worldmap.js';
import { paint } from './overview.js';

/** The story's events on a line of days, one dot per event, coloured by family. */
function eventStrip(events) {
  const dated = events.filter((e) => e.event_date);
  if (!dated.length) return null;
  const days = dated.map((e) => Date.parse(e.event_date.length === 7 ? e.event_date + '-01' : e.event_date));
  const lo = Math.min(...days), hi = Math.max(...days), span = Math.max(1, hi - lo);
  const strip = el('ol', { class: 'strip', 'aria-label': 'The story\'s events by date' });
  dated.forEach((e, i) => {
    const dot = el('li', { class: 'dot' }, eventLink(e.event_id, el('span', { class: 'swatch', 'data-colour': colour(e.event_type) }),
      el('span', { class: 'visually-hidden' }, `${e.event_date} ${e.sub_event_type} ${e.location || ''}`)));
    dot.dataset.left = String(((days[i] - lo) / span) * 100);
    dot.title = `${e.event_date} · ${e.sub_event_type} · ${e.location || ''}`;
    strip.append(dot);
  });
  return el('div', { class: 'strip-box' }, strip,
    el('div', { class: 'axis muted' }, el('span', {}, day(new Date(lo).toISOString())), el('span', {}, day(new Date(hi).toISOString()))));
}

export async function storyPage(view, id) {
  let v;
  try { v = await api('/api/stories/' + encodeURIComponent(id)); } catch (e) { view.replaceChildren(errorBox(e)); return null; }
  const s = v.story;
  const articles = [...v.articles].sort((a, b) => String(a.published).localeCompare(String(b.published)));
  const cards = articles.map((a) => el('li', { class: 'card' + (a.duplicateOf ? ' copy' : '') },
    el('div', { class: 'outlet' }, a.source || 'unknown outlet'), el('div', { class: 'muted' }, time(a.published)),
    el('div', { class: 'headline' }, articleLink(a.id, a.title || a.id)), a.duplicateOf ? el('span', { class: 'tag' }, 'copy') : null));
  const events = v.events.map((e) => el('tr', {},
    el('td', {}, day(e.event_date)), el('td', {}, eventLink(e.event_id, e.sub_event_type)), el('td', {}, e.location || '–'),
    el('td', {}, [e.actor1, e.actor2].filter(Boolean).join(', ') || '–'),
    el('td', { class: 'num' }, has(e.fatalities) ? String(e.fatalities) : ''), el('td', { class: 'num' }, String(e.source_articles.length))));
  const figures = v.figures.map((f) => el('tr', {},
    el('td', {}, f.figure.kind), el('td', { class: 'num' }, (f.figure.approximate ? '~' : '') + f.figure.value),
    el('td', {}, f.figure.text), el('td', {}, articleLink(f.article, f.outlet || f.article))));
  const quotes = v.quotes.map((q) => el('li', {},
    el('blockquote', {}, q.quote.text),
    el('div', { class: 'muted' }, '— ', (q.quote.speakerName || (q.quote.speaker && q.quote.speaker.text)) || 'speaker unknown',
      ', ', articleLink(q.article, q.outlet || q.article), ', ', day(q.published))));
  const related = v.related.map((r) => el('li', {}, storyLink(r.id, r.title || r.id), el('span', { class: 'muted' }, ` · ${day(r.last)} · ${plural(r.articles.length, 'article')}`)));
  const summary = s.summary ? s.summary.text : null;
  view.replaceChildren(el('article', { class: 'page story-page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/stories' }, 'Stories'), ' › story'),
    el('h1', { id: 'story-title' }, s.title || '(untitled)'),
    el('p', { class: 'muted' }, `${day(s.first)} – ${day(s.last)} · ${plural(v.articles.length, 'article')} · topic ${s.topic}`,
      s.entities.length ? ' · ' + s.entities.slice(0, 6).join(', ') : ''),
    summary ? el('p', { class: 'summary', id: 'story-summary' }, summary) : null,
    el('div', { class: 'two' },
      el('section', {}, el('h2', {}, `Events (${v.events.length})`), eventStrip(v.events),
        v.events.length ? table('events', ['Date', 'Type', 'Place', 'Actors', 'Killed', 'Sources'], events) : el('p', { class: 'muted' }, 'No events found.')),
      el('section', {}, el('h2', {}, 'Places'), await placeMap(v.places),
        el('p', { class: 'muted' }, v.places.slice(0, 8).map((p) => `${p.name} (${p.mentions})`).join(', ') || 'No places found.'))),
    el('h2', {}, `Articles (${v.articles.length})`),
    el('ol', { class: 'cards', id: 'articles' }, cards),
    el('div', { class: 'two' },
      el('section', {}, el('h2', {}, `Figures (${v.figures.length})`),
        figures.length ? table('figures', ['Kind', 'Number', 'As written', 'Source'], figures) : el('p', { class: 'muted' }, 'No figures found.')),
      el('section', {}, el('h2', {}, `Quotes (${v.quotes.length})`),
        quotes.length ? el('ol', { class: 'quotes', id: 'quotes' }, quotes) : el('p', { class: 'muted' }, 'No quotes found.'))),
    el('h2', {}, 'Related stories'),
    related.length ? el('ul', { id: 'related' }, related) : el('p', { class: 'muted' }, 'No other story in this topic.')));
  for (const d of view.querySelectorAll('.strip .dot')) d.style.left = d.dataset.left + '%';
  paint(view);
  return null;
}

// The lists: stories, entities; and one article's text.
import { el, api, day, plural, clickable, errorBox, storyLink, outLink } from '../dom.js';

const PAGE = 50;

export async function storiesPage(view) {
  const items = el('ol', { id: 'items', class: 'items' });
  const more = el('button', { type: 'button', id: 'more', hidden: true }, 'More');
  let offset = 0;
  async function load(append) {
    if (!append) { offset = 0; items.replaceChildren(); }
    try {
      const page = await api(`/api/stories?offset=${offset}&limit=${PAGE}`);
      for (const s of page.items) {
        items.append(clickable(el('li', { 'data-story': s.id },
          el('div', { class: 'item-title' }, s.title || '(untitled)'),
          el('div', { class: 'muted' }, `${day(s.first)} – ${day(s.last)} · ${plural(s.articles.length, 'article')}`
            + (s.places.length ? ' · ' + s.places.slice(0, 3).join(', ') : ''))), '#/story/' + encodeURIComponent(s.id)));
      }
      offset += page.items.length;
      more.hidden = offset >= page.total;
      if (page.total === 0) items.append(el('li', {}, 'No stories yet: ingest some articles.'));
    } catch (e) { items.replaceChildren(errorBox(e)); }
  }
  more.addEventListener('click', () => load(true));
  view.replaceChildren(el('section', { class: 'page' }, el('h1', { id: 'list-title' }, 'Stories'), items, more));
  await load(false);
  return { live() { load(false); } };
}

export async function entitiesPage(view) {
  const items = el('ol', { id: 'entities', class: 'items columns' });
  const more = el('button', { type: 'button', hidden: true }, 'More');
  let offset = 0;
  async function load() {
    try {
      const page = await api(`/api/entities?offset=${offset}&limit=100`);
      for (const e of page.items) {
        items.append(clickable(el('li', { 'data-entity': e.id }, el('span', { class: 'item-title' }, e.name),
          el('span', { class: 'muted' }, ` · ${e.type.toLowerCase()} · ${plural(e.mentions, 'article')}`)), '#/entity/' + encodeURIComponent(e.id)));
      }
      offset += page.items.length;
      more.hidden = offset >= page.total;
      if (page.total === 0) items.append(el('li', {}, 'No people or organisations yet.'));
    } catch (e) { items.replaceChildren(errorBox(e)); }
  }
  more.addEventListener('click', load);
  view.replaceChildren(el('section', { class: 'page' }, el('h1', {}, 'People and organisations'), items, more));
  await load();
  return null;
}

export async function articlePage(view, id) {
  let a;
  try { a = await api('/api/article?id=' + encodeURIComponent(id)); } catch (e) { view.replaceChildren(errorBox(e)); return null; }
  const people = [...new Set(a.entities.filter((e) => e.type !== 'LOCATION').map((e) => e.canonical))];
  view.replaceChildren(el('article', { class: 'page' },
    el('h1', { id: 'article-title' }, a.title || a.id),
    el('p', { class: 'muted' }, `${a.source || 'unknown outlet'} · ${day(a.published)} · `,
      a.story ? storyLink(a.story, 'its story') : null),
    outLink(a.url) ? el('p', {}, outLink(a.url)) : null,
    el('p', {}, people.slice(0, 12).map((p) => el('span', { class: 'tag' }, p))),
    el('div', { class: 'article-text', id: 'article-text' }, a.text)));
  return null;
}

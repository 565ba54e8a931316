// Storyline's analyst pages: a hash router over the pages, the counts, the live stream.
import { $, el, api, errorBox } from './dom.js';
import { overview } from './pages/overview.js';
import { eventPage } from './pages/event.js';
import { storyPage } from './pages/story.js';
import { entityPage } from './pages/entity.js';
import { storiesPage, entitiesPage, articlePage } from './pages/lists.js';
import { searchPage, searchHash } from './pages/search.js';

let current = null; // what the shown page wants to hear from the live stream
let routing = 0;

function showCounts(c) {
  $('counts').textContent = `${c.articles} articles · ${c.stories} stories · ${c.events} events`;
  $('counts').dataset.articles = String(c.articles);
}

async function loadCounts() {
  try { showCounts(await api('/api/counts')); } catch (e) { if (e.status === 401) signIn(); }
}

/** A server on another interface needs its token: ask once, keep it as an HttpOnly cookie. */
function signIn() {
  const input = el('input', { type: 'password', id: 'token', autocomplete: 'current-password', required: true });
  const message = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'page sign-in' }, el('h1', {}, 'Sign in'),
    el('p', {}, 'This server is reachable from other machines; give the token it was started with.'),
    el('label', { for: 'token' }, 'Token '), input, el('button', { type: 'submit' }, 'Sign in'), message);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const r = await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: input.value }) });
    if (r.ok) location.reload(); else message.textContent = 'That is not the token.';
  });
  $('view').replaceChildren(form);
  input.focus();
}

function markNav(kind) {
  const page = { '': 'overview', story: 'stories', stories: 'stories', entity: 'entities', entities: 'entities', search: 'search' }[kind] || '';
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

async function route() {
  const n = ++routing;
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, qs] = hash.split('?');
  const [kind, ...rest] = pathPart.split('/');
  let arg = '';
  try { arg = decodeURIComponent(rest.join('/')); } catch (e) { arg = ''; } // a malformed link: show the page without it
  const view = $('view');
  markNav(kind);
  current = null;
  let page = null;
  try {
    if (kind === 'event' && arg) page = await eventPage(view, arg);
    else if (kind === 'story' && arg) page = await storyPage(view, arg);
    else if (kind === 'entity' && arg) page = await entityPage(view, arg);
    else if (kind === 'article' && arg) page = await articlePage(view, arg);
    else if (kind === 'stories' || ((kind === 'story' || kind === 'article') && !arg)) page = await storiesPage(view);
    else if (kind === 'entities') page = await entitiesPage(view);
    else if (kind === 'search') page = await searchPage(view, qs);
    else page = await overview(view);
  } catch (e) {
    if (e.status === 401) { signIn(); return; }
    view.replaceChildren(errorBox(e));
  }
  if (n === routing) {
    current = page;
    document.body.dataset.page = kind || 'overview';
  }
}

function live() {
  if (!window.EventSource) return;
  const source = new EventSource('/api/live');
  source.addEventListener('hello', (ev) => { $('live').hidden = false; showCounts(JSON.parse(ev.data).counts); });
  source.addEventListener('change', (ev) => {
    const change = JSON.parse(ev.data);
    showCounts(change.counts);
    const n = change.articles.length;
    if (n) $('live-status').textContent = `${n} new article${n === 1 ? '' : 's'}`;
    $('live').classList.add('pulse');
    setTimeout(() => $('live').classList.remove('pulse'), 1500);
    if (current && current.live) current.live(change);
  });
  source.addEventListener('error', () => { $('live').hidden = true; }); // EventSource reconnects by itself
}

document.addEventListener('DOMContentLoaded', () => {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('search-input').value.trim();
    location.hash = searchHash({ q });
  });
  window.addEventListener('hashchange', () => { route(); $('view').focus({ preventScroll: true }); });
  loadCounts();
  route();
  live();
});

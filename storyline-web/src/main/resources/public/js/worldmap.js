// The world map: Natural Earth outlines (shipped with the server, no tiles, no CDN) in an
// equirectangular projection (x = lon + 180, y = 90 - lat, in degrees), drawn as SVG.
import { svg, el, countryName } from './dom.js';
import { colour } from './families.js';

let landPath = null; // one path for all land, built once

async function land() {
  if (landPath === null) {
    try {
      const topo = await (await fetch('/map/countries-110m.json')).json();
      const world = window.topojson.feature(topo, topo.objects.countries);
      const parts = [];
      for (const f of world.features) {
        const g = f.geometry;
        if (!g) continue;
        const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const poly of polys) for (const ring of poly) parts.push(ringPath(ring));
      }
      landPath = parts.join('');
    } catch (e) {
      landPath = ''; // without outlines the markers still show
    }
  }
  return landPath;
}

/**
 * A ring as path data. Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180;
 * their longitudes are unwrapped to stay continuous, so the part beyond the edge falls outside
 * the map instead of a line being drawn across the world.
 */
function ringPath(ring) {
  let d = '';
  let prev = null;
  let shift = 0;
  ring.forEach(([lon, lat], i) => {
    if (prev !== null && lon + shift - prev > 180) shift -= 360;
    else if (prev !== null && lon + shift - prev < -180) shift += 360;
    const x = lon + shift;
    prev = x;
    d += (i ? 'L' : 'M') + (x + 180).toFixed(2) + ' ' + (90 - lat).toFixed(2);
  });
  return d + 'Z';
}

const project = (lat, lon) => [lon + 180, 90 - lat];
const WORLD = { x: 0, y: 0, w: 360, h: 150 }; // to 60° S: Antarctica holds no news

function landLayer(d) {
  const g = svg('g', { class: 'land-layer' });
  if (d) g.append(svg('path', { class: 'land', d }));
  return g;
}

/**
 * The overview's map: one marker per event, coloured by family and sized by fatalities; markers
 * closer than a few pixels are drawn as one cluster, which zooms in when opened (or, when its
 * events share one place, lists them).
 */
export class EventMap {
  constructor({ onOpen, onPick, label }) {
    this.onOpen = onOpen;
    this.onPick = onPick;
    this.markers = [];
    this.view = { ...WORLD };
    this.svg = svg('svg', { class: 'map world', role: 'group', 'aria-label': label || 'Map of events' });
    this.layer = svg('g', { class: 'markers' });
    const zoom = (f) => () => this.zoomBy(f);
    this.controls = el('div', { class: 'map-controls' },
      el('button', { type: 'button', onclick: zoom(0.5), 'aria-label': 'Zoom in' }, '+'),
      el('button', { type: 'button', onclick: zoom(2), 'aria-label': 'Zoom out' }, '−'),
      el('button', { type: 'button', onclick: () => this.reset(), id: 'map-reset' }, 'World'));
    this.node = el('div', { class: 'map-box' }, this.svg, this.controls);
    this.ready = land().then((d) => { this.svg.prepend(landLayer(d)); });
    this.svg.append(this.layer);
    new ResizeObserver(() => this.render()).observe(this.svg);
    this.setView(WORLD);
  }

  setMarkers(markers) {
    this.markers = markers;
    this.render();
  }

  reset() { this.setView(WORLD); this.render(); }

  zoomBy(f) {
    const v = this.view;
    const w = Math.min(360, Math.max(4, v.w * f)), h = w * (WORLD.h / WORLD.w);
    this.setView({ x: v.x + (v.w - w) / 2, y: v.y + (v.h - h) / 2, w, h });
    this.render();
  }

  setView(v) {
    this.view = v;
    this.svg.setAttribute('viewBox', `${v.x.toFixed(3)} ${v.y.toFixed(3)} ${v.w.toFixed(3)} ${v.h.toFixed(3)}`);
  }

  fit(points) {
    let minX = 360, minY = 180, maxX = 0, maxY = 0;
    for (const [x, y] of points) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
    const pad = 2;
    let w = Math.max(6, maxX - minX + 2 * pad), h = Math.max(6 * WORLD.h / WORLD.w, maxY - minY + 2 * pad);
    if (w / h < WORLD.w / WORLD.h) w = h * WORLD.w / WORLD.h; else h = w * WORLD.h / WORLD.w;
    this.setView({ x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w, h });
    this.render();
  }

  /** Units of the view per screen pixel. */
  unit() {
    const px = this.svg.clientWidth || 900;
    return this.view.w / px;
  }

  render() {
    const u = this.unit();
    const scale = Math.min(1, (this.svg.clientWidth || 900) / 800); // smaller symbols on a phone
    this.px = scale;
    const radius = 16 * scale * u; // markers nearer than this on screen form a cluster
    const clusters = [];
    const grid = new Map();
    const sorted = [...this.markers].sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const m of sorted) {
      const [x, y] = project(m.lat, m.lon);
      const gx = Math.floor(x / radius), gy = Math.floor(y / radius);
      let home = null;
      for (let i = -1; i <= 1 && !home; i++) {
        for (let j = -1; j <= 1 && !home; j++) {
          for (const c of grid.get((gx + i) + ',' + (gy + j)) || []) {
            if (Math.hypot(c.x - x, c.y - y) < radius) { home = c; break; }
          }
        }
      }
      if (!home) {
        home = { x, y, members: [] };
        clusters.push(home);
        const key = gx + ',' + gy;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(home);
      }
      home.members.push(m);
    }
    const nodes = clusters.map((c) => (c.members.length === 1 ? this.single(c.members[0], c, u) : this.cluster(c, u)));
    this.layer.replaceChildren(...nodes);
    this.svg.dataset.markers = String(this.markers.length);
  }

  single(m, c, u) {
    const r = (3.5 + Math.min(10, 1.6 * Math.sqrt(m.fatalities || 0))) * this.px * u;
    const a = svg('a', { href: '#/event/' + encodeURIComponent(m.id), class: 'marker', 'data-event': m.id,
      'aria-label': `${m.type} at ${m.location || 'unknown place'}, ${m.date || 'undated'}` + (m.fatalities ? `, ${m.fatalities} killed` : '') },
    svg('circle', { cx: c.x.toFixed(3), cy: c.y.toFixed(3), r: r.toFixed(3), fill: colour(m.family), 'stroke-width': (1 * u).toFixed(3) }),
    svg('title', {}, `${m.date || ''} ${m.type} · ${m.location || ''}` + (m.fatalities ? ` · ${m.fatalities} killed` : '')));
    return a;
  }

  cluster(c, u) {
    const n = c.members.length;
    const byFamily = new Map();
    let killed = 0;
    for (const m of c.members) { byFamily.set(m.family, (byFamily.get(m.family) || 0) + 1); killed += m.fatalities || 0; }
    const top = [...byFamily.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const r = (9 + Math.min(12, 2 * Math.sqrt(n))) * this.px * u;
    const places = [...new Set(c.members.map((m) => m.location).filter(Boolean))];
    const g = svg('g', { class: 'cluster', tabindex: '0', role: 'button', 'data-count': n,
      'aria-label': `${n} events near ${places.slice(0, 3).join(', ') || 'here'}` + (killed ? `, ${killed} killed` : '') + '; open' },
    svg('circle', { cx: c.x.toFixed(3), cy: c.y.toFixed(3), r: r.toFixed(3), fill: colour(top), 'stroke-width': (1.5 * u).toFixed(3) }),
    svg('text', { x: c.x.toFixed(3), y: (c.y + 4 * this.px * u).toFixed(3), 'font-size': (11 * this.px * u).toFixed(3), 'text-anchor': 'middle' }, String(n)),
    svg('title', {}, `${n} events: ${places.slice(0, 5).join(', ')}`));
    const open = () => {
      const pts = c.members.map((m) => project(m.lat, m.lon));
      const spread = Math.max(...pts.map((p) => p[0])) - Math.min(...pts.map((p) => p[0]))
        + Math.max(...pts.map((p) => p[1])) - Math.min(...pts.map((p) => p[1]));
      if (spread < 0.05 || this.view.w <= 4.01) this.onPick(c.members); else this.fit(pts);
    };
    g.addEventListener('click', open);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
    return g;
  }
}

/** A story's places: a small map framed on them, pins sized by how often the articles name them. */
export async function placeMap(places) {
  const s = svg('svg', { class: 'map small', role: 'img',
    'aria-label': places.length ? 'Map of ' + places.map((p) => p.name).join(', ') : 'World map' });
  s.append(landLayer(await land()));
  let minX = 360, minY = 180, maxX = 0, maxY = 0;
  for (const p of places) {
    const [x, y] = project(p.lat, p.lon);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  let vb = WORLD;
  if (places.length) {
    const pad = 8, w0 = Math.max(24, maxX - minX + 2 * pad), h0 = Math.max(12, maxY - minY + 2 * pad);
    const w = Math.max(w0, h0 * 2), h = w / 2;
    vb = { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w, h };
  }
  s.setAttribute('viewBox', `${vb.x.toFixed(2)} ${vb.y.toFixed(2)} ${vb.w.toFixed(2)} ${vb.h.toFixed(2)}`);
  const u = vb.w / 600;
  for (const p of places) {
    const [x, y] = project(p.lat, p.lon);
    s.append(svg('circle', { class: 'pin', cx: x.toFixed(2), cy: y.toFixed(2),
      r: ((3 + Math.min(8, Math.sqrt(p.mentions) * 1.5)) * u).toFixed(3), 'stroke-width': u.toFixed(3) },
    svg('title', {}, `${p.name} (${countryName(p.country)}) · named ${p.mentions}×`)));
  }
  return s;
}

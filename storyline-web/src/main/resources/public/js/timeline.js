// Events per day (per week or month over long spans), stacked by family, with a brush: drag
// across the bars (or use the arrow keys) to choose a date range; Escape clears it.
import { svg, el } from './dom.js';
import { colour } from './families.js';

const DAY_MS = 86400000;
const toDay = (iso) => Math.floor(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
const toIso = (d) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const W = 1000, H = 100;

export class Timeline {
  constructor({ onBrush, label }) {
    this.onBrush = onBrush;
    this.range = null; // [fromDay, toDay] inclusive, or null
    this.svg = svg('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', tabindex: '0',
      role: 'slider', 'aria-label': label || 'Events per day; drag or use the arrow keys to choose days, Escape clears',
      'aria-valuetext': 'all days' });
    this.bars = svg('g', { class: 'bars' });
    this.brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H, visibility: 'hidden' });
    this.svg.append(this.bars, this.brush);
    this.axis = el('div', { class: 'axis muted' });
    this.status = el('div', { class: 'brush-status' });
    this.node = el('div', { class: 'timeline-box' }, this.svg, this.axis, this.status);
    this.first = this.last = null;
    this.wire();
  }

  set(data) {
    this.families = data.families;
    if (!data.first) {
      this.first = this.last = null;
      this.bars.replaceChildren();
      this.axis.replaceChildren(el('span', {}, 'No dated events yet.'));
      this.showRange();
      return;
    }
    this.first = toDay(data.first);
    this.last = toDay(data.last);
    const n = this.last - this.first + 1;
    // bars stay at least ~4 px wide on a laptop screen: days up to 8 months, then weeks, then 30-day months
    this.bin = n <= 240 ? 1 : n <= 1700 ? 7 : 30;
    this.bins = Math.ceil(n / this.bin);
    const unit = this.bin === 1 ? 'day' : this.bin === 7 ? 'week from' : '30 days from';
    const counts = new Map(); // bin -> family -> count
    for (const d of data.days) {
      const b = Math.floor((toDay(d.day) - this.first) / this.bin);
      if (!counts.has(b)) counts.set(b, new Map());
      counts.get(b).set(d.family, (counts.get(b).get(d.family) || 0) + d.count);
    }
    let max = 1;
    for (const m of counts.values()) max = Math.max(max, [...m.values()].reduce((a, b) => a + b, 0));
    const bw = W / this.bins;
    const rects = [];
    for (const [b, m] of [...counts.entries()].sort((x, y) => x[0] - y[0])) {
      let below = 0;
      const start = toIso(this.first + b * this.bin);
      for (const f of this.families.filter((x) => m.has(x)).concat([...m.keys()].filter((x) => !this.families.includes(x)))) {
        const h = (m.get(f) / max) * (H - 4);
        rects.push(svg('rect', { x: (b * bw).toFixed(2), y: (H - below - h).toFixed(2), width: Math.max(0.8, bw * 0.9).toFixed(2),
          height: h.toFixed(2), fill: colour(f), 'data-day': start },
        svg('title', {}, `${unit} ${start}: ${m.get(f)} ${f}`)));
        below += h;
      }
    }
    this.bars.replaceChildren(...rects);
    const mid = toIso(Math.floor((this.first + this.last) / 2));
    this.axis.replaceChildren(el('span', {}, data.first), el('span', {}, mid), el('span', {}, data.last));
    if (this.range) this.range = [Math.max(this.range[0], this.first), Math.min(this.range[1], this.last)];
    this.showRange();
  }

  /** The first day of the bar under the pointer. */
  dayAt(clientX) {
    const r = this.svg.getBoundingClientRect();
    const f = Math.min(0.9999, Math.max(0, (clientX - r.left) / Math.max(1, r.width)));
    return this.first + Math.floor(f * this.bins) * this.bin;
  }

  /** The last day of the bar that starts on {@code d}. */
  endOf(d) {
    return Math.min(this.last, d + this.bin - 1);
  }

  wire() {
    let anchor = null;
    this.svg.addEventListener('pointerdown', (ev) => {
      if (this.first === null) return;
      anchor = this.dayAt(ev.clientX);
      this.svg.setPointerCapture(ev.pointerId);
      this.range = [anchor, this.endOf(anchor)];
      this.showRange();
    });
    this.svg.addEventListener('pointermove', (ev) => {
      if (anchor === null) return;
      const d = this.dayAt(ev.clientX);
      this.range = [Math.min(anchor, d), this.endOf(Math.max(anchor, d))];
      this.showRange();
    });
    const done = () => { if (anchor !== null) { anchor = null; this.commit(); } };
    this.svg.addEventListener('pointerup', done);
    this.svg.addEventListener('pointercancel', done);
    this.svg.addEventListener('keydown', (ev) => {
      if (this.first === null) return;
      const step = (ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0) * this.bin;
      if (ev.key === 'Escape' || ev.key === 'Delete' || ev.key === 'Backspace') { ev.preventDefault(); this.clear(); return; }
      if (!step && ev.key !== 'Home' && ev.key !== 'End') return;
      ev.preventDefault();
      const lastBar = this.first + (this.bins - 1) * this.bin;
      let [a, b] = this.range || [lastBar, this.last];
      if (ev.key === 'Home') { a = this.first; b = this.endOf(a); } else if (ev.key === 'End') { a = lastBar; b = this.last; }
      else if (ev.shiftKey) { b = Math.min(this.last, Math.max(a, b + step)); } // Shift: widen or narrow
      else if (this.range) { a += step; b += step; }
      if (a < this.first) { b += this.first - a; a = this.first; }
      if (b > this.last) { a -= b - this.last; b = this.last; }
      this.range = [Math.max(this.first, a), b];
      this.showRange();
      this.commit();
    });
  }

  clear() {
    this.range = null;
    this.showRange();
    this.commit();
  }

  /** Selects days by ISO date (inclusive), as a brush would. */
  select(from, to) {
    this.range = from && to ? [toDay(from), toDay(to)] : null;
    this.showRange();
  }

  commit() {
    this.onBrush(this.range ? toIso(this.range[0]) : null, this.range ? toIso(this.range[1]) : null);
  }

  showRange() {
    if (!this.range || this.first === null) {
      for (const r of this.bars.children) r.classList.remove('outside');
      this.brush.setAttribute('visibility', 'hidden');
      this.svg.setAttribute('aria-valuetext', 'all days');
      this.status.replaceChildren(el('span', { class: 'muted' }, 'All days. Drag across the bars (or focus them and use ← →, Shift widens) to choose days.'));
      return;
    }
    const bw = W / (this.bins * this.bin); // per day
    const [a, b] = this.range;
    for (const r of this.bars.children) {
      const d = toDay(r.dataset.day);
      r.classList.toggle('outside', d + this.bin - 1 < a || d > b);
    }
    this.brush.setAttribute('x', ((a - this.first) * bw).toFixed(2));
    this.brush.setAttribute('width', ((b - a + 1) * bw).toFixed(2));
    this.brush.setAttribute('visibility', 'visible');
    const text = a === b ? toIso(a) : `${toIso(a)} – ${toIso(b)}`;
    this.svg.dataset.bin = String(this.bin);
    this.svg.setAttribute('aria-valuetext', text);
    this.status.replaceChildren(el('span', { id: 'brush-range' }, 'Days: ' + text + ' '),
      el('button', { type: 'button', class: 'link', onclick: () => this.clear() }, 'Show all days'));
  }
}

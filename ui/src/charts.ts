/**
 * Inline SVG charts built with DOM calls (no chart library, no markup strings): a sparkline of reports per day
 * for the story list, and an outlet × day grid for the story page. Sizes go in SVG attributes, not style
 * attributes, so the strict CSP (style-src 'self') holds.
 */
import { svg } from './dom.js';
import type { Coverage, DayCount } from './api.js';
import { fmtDate, plural } from './format.js';

const CHART = {
  spark: { width: 120, height: 28, gap: 1, minBar: 2 },
  grid: { label: 150, minCell: 22, maxCell: 56, plotWidth: 900, row: 28, head: 30, maxR: 11 },
};

/** Example: sparkline([{day:'2026-10-07',count:2}]) → <svg class="spark" …> */
export function sparkline(days: DayCount[]): SVGElement {
  const { width, height, gap, minBar } = CHART.spark;
  const total = days.reduce((a, d) => a + d.count, 0);
  const max = Math.max(1, ...days.map((d) => d.count));
  const bw = days.length ? Math.max(1, width / days.length - gap) : width;
  const label = days.length ? `${plural(total, 'report')} from ${fmtDate(days[0].day, false)} to ${fmtDate(days[days.length - 1].day, false)}` : 'no dated reports';
  const el = svg('svg', { class: 'spark', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Coverage: ${label}` },
    svg('title', {}, `Coverage: ${label}`),
    svg('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, class: 'spark-base' }));
  days.forEach((d, i) => {
    if (!d.count) return;
    const bh = Math.max(minBar, (d.count / max) * (height - 2));
    el.appendChild(svg('rect', { x: (i * width) / days.length, y: height - bh, width: bw, height: bh, class: 'spark-bar' },
      svg('title', {}, `${fmtDate(d.day, false)}: ${plural(d.count, 'report')}`)));
  });
  return el;
}

/** Which day columns get a date label: first, last and evenly spaced ones between. */
function labelled(n: number): Set<number> {
  const step = Math.max(1, Math.ceil(n / 6));
  const s = new Set<number>([0, n - 1]);
  for (let i = step; i < n - step / 2; i += step) s.add(i);
  return s;
}

/** Outlet rows × day columns; a dot's area is the number of reports, and it links to the first of them when
 * `href(outlet, day)` gives a target. Example: coverageGrid(story.coverage, (o, d) => '#/article/…') */
export function coverageGrid(cov: Coverage, href: (outlet: string, day: string) => string | null = () => null, available = Infinity): SVGElement {
  const { label, minCell, maxCell, plotWidth, row, head, maxR } = CHART.grid;
  const n = cov.days.length;
  const room = Math.min(plotWidth, available - label - 80); // main and chart padding, right margin
  const cell = Math.min(maxCell, Math.max(minCell, Math.floor(room / Math.max(1, n))));
  const width = label + Math.max(1, n) * cell + 24;
  const height = head + cov.outlets.length * row + 4;
  const max = Math.max(1, ...cov.outlets.flatMap((o) => o.days.map((d) => d.count)));
  const el = svg('svg', { class: 'grid', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Coverage by outlet and day, ${plural(cov.outlets.length, 'outlet')} over ${plural(n, 'day')}` });
  const marks = labelled(n);
  cov.days.forEach((d, i) => {
    const x = label + i * cell + cell / 2;
    el.appendChild(svg('line', { x1: x, x2: x, y1: head - 4, y2: height - 2, class: d.count ? 'grid-day on' : 'grid-day' }));
    if (marks.has(i)) el.appendChild(svg('text', { x, y: head - 12, class: 'grid-label', 'text-anchor': 'middle' }, fmtDate(d.day, false).replace(/ \d{4}$/, '')));
  });
  cov.outlets.forEach((o, r) => {
    const y = head + r * row + row / 2;
    el.appendChild(svg('text', { x: label - 10, y: y + 4, class: 'grid-outlet', 'text-anchor': 'end' }, o.outlet.length > 22 ? `${o.outlet.slice(0, 21)}…` : o.outlet));
    o.days.forEach((d, i) => {
      if (!d.count) return;
      const rad = Math.max(3.5, maxR * Math.sqrt(d.count / max));
      const title = `${o.outlet}, ${fmtDate(d.day, false)}: ${plural(d.count, 'report')}`;
      const dot = svg('circle', { cx: label + i * cell + cell / 2, cy: y, r: rad, class: 'grid-dot' }, svg('title', {}, title));
      const target = href(o.outlet, d.day);
      el.appendChild(target ? svg('a', { href: target, 'aria-label': title }, dot) : dot);
    });
  });
  return el;
}

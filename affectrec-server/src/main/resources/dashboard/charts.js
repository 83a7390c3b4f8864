// Small inline-SVG charts: stacked bars, lines, stacked areas, donuts and 100% bars.
// Every chart is an <svg class="chart ..."> with a viewBox, so it scales with its card.

const NS = 'http://www.w3.org/2000/svg';

export const EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'];

/** One colour per emotion, used everywhere on the page. */
export const EMOTION_COLOURS = {
  anger: '#e5484d',
  disgust: '#5f9e2f',
  fear: '#8b5cf6',
  joy: '#f2b705',
  sadness: '#3b82f6',
  surprise: '#14b8a6',
  neutral: '#9ca3af',
};

export const MODALITY_COLOURS = {
  text: '#0e7490',
  behaviour: '#c026d3',
  face: '#ea580c',
  fused: '#111827',
};

// Tableau-like categorical palette: twelve hues that stay apart from each other.
const SERIES_PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#17becf', '#8c564b'];

/** A stable colour for the i-th series of something without its own palette. */
export function seriesColour(i) {
  return SERIES_PALETTE[i % SERIES_PALETTE.length];
}

function svgEl(tag, attrs, parent) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    node.setAttribute(name, String(value));
  }
  if (parent) parent.appendChild(node);
  return node;
}

function titled(node, text) {
  svgEl('title', {}, node).textContent = text;
  return node;
}

function svgRoot(kind, width, height, label) {
  return svgEl('svg', {
    class: `chart ${kind}`, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label,
    preserveAspectRatio: 'xMidYMid meet',
  });
}

/** About {@code count} round tick values covering [0, max]. */
function niceTicks(min, max, count) {
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const ticks = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    ticks.push(Math.round(t * 1e6) / 1e6);
  }
  return ticks;
}

function compact(n) {
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (Math.abs(n) >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (Math.abs(n) >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(n);
}

/**
 * The root SVG of a chart 1000 wide and `height` high, and the frame its plot fills: 48 px on the
 * left for the y axis, `margin.right`, `margin.top` and `margin.bottom` on the other sides.
 */
function framedChart(kind, label, height, margin) {
  const width = 1000;
  const frame = {
    left: 48, right: width - margin.right, top: margin.top, bottom: height - margin.bottom,
  };
  return { svg: svgRoot(kind, width, height, label), frame };
}

function yAxis(svg, frame, min, max, format) {
  const ticks = niceTicks(min, max, 4);
  const top = ticks[ticks.length - 1] > max ? ticks[ticks.length - 1] : max;
  const y = (v) => frame.bottom - ((v - min) / (top - min || 1)) * (frame.bottom - frame.top);
  const axis = svgEl('g', { class: 'axis y' }, svg);
  for (const t of ticks) {
    svgEl('line', { x1: frame.left, x2: frame.right, y1: y(t), y2: y(t), class: 'grid' }, axis);
    svgEl('text', { x: frame.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, axis).textContent =
      format(t);
  }
  return y;
}

/**
 * Stacked bars: one bar per category, one segment per series.
 * options: {categories: [label], series: [{key, label, colour, values: [number]}], label,
 *           tickEvery, formatCategory}
 */
export function stackedBars(options) {
  const { svg, frame } = framedChart('stacked-bars', options.label, 280,
    { right: 12, top: 14, bottom: 34 });
  const totals = options.categories.map((_, i) =>
    options.series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
  const max = Math.max(1, ...totals);
  const y = yAxis(svg, frame, 0, max, compact);
  const slot = (frame.right - frame.left) / Math.max(1, options.categories.length);
  const barWidth = Math.max(2, slot * 0.72);
  const every = options.tickEvery || Math.ceil(options.categories.length / 8);
  const bars = svgEl('g', { class: 'bars' }, svg);
  options.categories.forEach((category, i) => {
    const x = frame.left + i * slot + (slot - barWidth) / 2;
    const group = svgEl('g', { class: 'bar', 'data-category': category, 'data-total': totals[i] },
      bars);
    titled(group, `${category}: ${totals[i]}`);
    let base = 0;
    for (const s of options.series) {
      const v = s.values[i] || 0;
      if (v > 0) {
        titled(svgEl('rect', {
          x, width: barWidth, y: y(base + v), height: Math.max(0.5, y(base) - y(base + v)),
          fill: s.colour, class: 'segment', 'data-series': s.key, rx: 1.5,
        }, group), `${category} · ${s.label}: ${v}`);
      }
      base += v;
    }
    const last = options.categories.length - 1;
    if ((i % every === 0 && last - i >= every / 2) || i === last) {
      const label = options.formatCategory ? options.formatCategory(category) : category;
      svgEl('text', {
        x: x + barWidth / 2, y: frame.bottom + 18, 'text-anchor': 'middle', class: 'tick',
      }, svg).textContent = label;
    }
  });
  svgEl('line', { x1: frame.left, x2: frame.right, y1: frame.bottom, y2: frame.bottom,
    class: 'baseline' }, svg);
  return svg;
}

/**
 * Lines over time. options: {series: [{key, label, colour, width, points: [{t: Date, y, colour,
 * title}]}], yMin, yMax, yFormat, label, zeroLine}
 */
export function timeLines(options) {
  const { svg, frame } = framedChart('time-lines', options.label, 300,
    { right: 16, top: 16, bottom: 34 });
  const times = options.series.flatMap((s) => s.points.map((p) => p.t.getTime()));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (!Number.isFinite(t0)) {
    t0 = Date.now() - 3600e3;
    t1 = Date.now();
  }
  if (t1 - t0 < 60e3) {
    t0 -= 1800e3;
    t1 += 1800e3;
  }
  const x = (t) => frame.left + ((t - t0) / (t1 - t0)) * (frame.right - frame.left);
  const y = yAxis(svg, frame, options.yMin, options.yMax, options.yFormat || ((v) => v.toFixed(1)));
  if (options.zeroLine) {
    svgEl('line', { x1: frame.left, x2: frame.right, y1: y(0), y2: y(0), class: 'zero' }, svg);
  }
  for (let i = 0; i <= 4; i++) {
    const t = t0 + ((t1 - t0) * i) / 4;
    svgEl('text', { x: x(t), y: frame.bottom + 20, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle',
      class: 'tick' }, svg).textContent = shortTime(new Date(t), t1 - t0);
  }
  for (const s of options.series) {
    const group = svgEl('g', { class: 'series', 'data-series': s.key }, svg);
    if (s.points.length > 1) {
      const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t.getTime()).toFixed(1)},${y(p.y).toFixed(1)}`)
        .join('');
      svgEl('path', { d, fill: 'none', stroke: s.colour, 'stroke-width': s.width || 2,
        'stroke-linejoin': 'round', class: 'line' }, group);
    }
    for (const p of s.points) {
      titled(svgEl('circle', { cx: x(p.t.getTime()), cy: y(p.y), r: s.width > 2 ? 4.5 : 3.5,
        fill: p.colour || s.colour, stroke: s.colour, 'stroke-width': 1.5, class: 'point' }, group),
      p.title || `${s.label}: ${p.y}`);
    }
  }
  return svg;
}

function shortTime(date, span) {
  const iso = date.toISOString();
  if (span > 3 * 86400e3) return iso.slice(5, 10);
  if (span > 86400e3) return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
  return iso.slice(11, 16);
}

/**
 * Stacked areas of distributions over time. options: {points: [{t: Date, values: {key: p}}],
 * keys, colours, label}
 */
export function stackedArea(options) {
  const { svg, frame } = framedChart('stacked-area', options.label, 240,
    { right: 16, top: 10, bottom: 30 });
  const pts = options.points;
  const t0 = pts[0].t.getTime();
  const t1 = Math.max(t0 + 1, pts[pts.length - 1].t.getTime());
  const x = (t) => frame.left + ((t - t0) / (t1 - t0)) * (frame.right - frame.left);
  const y = yAxis(svg, frame, 0, 1, (v) => `${Math.round(v * 100)}%`);
  const base = pts.map(() => 0);
  for (const key of options.keys) {
    const lower = base.slice();
    pts.forEach((p, i) => { base[i] += p.values[key] || 0; });
    if (pts.every((p) => !(p.values[key] > 0))) continue;
    const upperPath = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.t.getTime()).toFixed(1)},${y(base[i]).toFixed(1)}`);
    const lowerPath = pts.map((p, i) => `L${x(p.t.getTime()).toFixed(1)},${y(lower[i]).toFixed(1)}`).reverse();
    titled(svgEl('path', { d: `${upperPath.join('')}${lowerPath.join('')}Z`, fill: options.colours[key],
      class: 'area', 'data-series': key, opacity: 0.9 }, svg), key);
  }
  svgEl('text', { x: frame.left, y: frame.bottom + 18, class: 'tick' }, svg).textContent =
    shortTime(new Date(t0), t1 - t0);
  svgEl('text', { x: frame.right, y: frame.bottom + 18, class: 'tick', 'text-anchor': 'end' }, svg)
    .textContent = shortTime(new Date(t1), t1 - t0);
  return svg;
}

/** A donut. options: {slices: [{key, label, value, colour}], centre, caption, label} */
export function donut(options) {
  const size = 220;
  const r = 86;
  const inner = 56;
  const c = size / 2;
  const svg = svgRoot('donut', size, size, options.label);
  const total = options.slices.reduce((sum, s) => sum + s.value, 0);
  let angle = -Math.PI / 2;
  const point = (a, radius) => `${(c + radius * Math.cos(a)).toFixed(2)},${(c + radius * Math.sin(a)).toFixed(2)}`;
  for (const s of options.slices) {
    if (!(s.value > 0)) continue;
    const sweep = Math.min((s.value / total) * 2 * Math.PI, 2 * Math.PI - 1e-4);
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const d = `M${point(angle, r)}A${r},${r} 0 ${large} 1 ${point(end, r)}L${point(end, inner)}`
      + `A${inner},${inner} 0 ${large} 0 ${point(angle, inner)}Z`;
    titled(svgEl('path', { d, fill: s.colour, class: 'slice', 'data-key': s.key }, svg),
      `${s.label}: ${s.value} (${Math.round((s.value / total) * 100)}%)`);
    angle = end;
  }
  if (total === 0) {
    svgEl('circle', { cx: c, cy: c, r: (r + inner) / 2, fill: 'none', stroke: '#e5e7eb',
      'stroke-width': r - inner }, svg);
  }
  svgEl('text', { x: c, y: c + 2, 'text-anchor': 'middle', class: 'donut-centre' }, svg).textContent =
    options.centre;
  svgEl('text', { x: c, y: c + 22, 'text-anchor': 'middle', class: 'donut-caption' }, svg).textContent =
    options.caption || '';
  return svg;
}

/** One horizontal 100% bar. parts: [{key, label, value, colour}] */
export function shareBar(parts, label) {
  const width = 400;
  const height = 18;
  const svg = svgRoot('share-bar', width, height, label);
  svg.setAttribute('preserveAspectRatio', 'none');
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let x = 0;
  for (const p of parts) {
    if (!(p.value > 0) || total === 0) continue;
    const w = (p.value / total) * width;
    titled(svgEl('rect', { x, y: 0, width: w, height, fill: p.colour, class: 'share',
      'data-key': p.key }, svg), `${p.label}: ${Math.round((p.value / total) * 100)}%`);
    x += w;
  }
  if (total === 0) svgEl('rect', { x: 0, y: 0, width, height, fill: '#e5e7eb' }, svg);
  return svg;
}

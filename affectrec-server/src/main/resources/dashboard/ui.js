// Shared building blocks of the dashboard's views: DOM without innerHTML, cards, colour marks,
// messages, number formats, item links and look-up forms. Colours of emotions come from charts.js.
import { ApiError, getJson } from './api.js';
import { EMOTIONS, EMOTION_COLOURS } from './charts.js';

/** h('div', {class: 'x'}, 'text', child) builds DOM without innerHTML. */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function card(title, attrs, ...body) {
  return h('section', { class: `card ${attrs.class || ''}`, 'data-testid': attrs.testid },
    h('h3', {}, title, attrs.hint ? h('span', { class: 'hint' }, attrs.hint) : null), ...body);
}

/** A small SVG colour mark (CSP forbids inline styles, SVG fill attributes are fine). */
export function swatch(colour, line) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('class', 'swatch');
  const mark = document.createElementNS('http://www.w3.org/2000/svg', line ? 'rect' : 'circle');
  const attrs = line ? { x: 0, y: 5, width: 14, height: 4, rx: 2 } : { cx: 7, cy: 7, r: 6 };
  for (const [k, v] of Object.entries(attrs)) mark.setAttribute(k, v);
  mark.setAttribute('fill', colour);
  svg.appendChild(mark);
  return svg;
}

export function emotionChip(emotion, extra) {
  return h('span', { class: 'chip', 'data-emotion': emotion },
    swatch(EMOTION_COLOURS[emotion]), emotion, extra ? h('span', { class: 'muted' }, extra) : null);
}

export function legend(items) {
  return h('ul', { class: 'legend' }, items.map((i) => h('li', {}, swatch(i.colour, i.line), i.label)));
}

export function emotionLegend() {
  return legend(EMOTIONS.map((e) => ({ label: e, colour: EMOTION_COLOURS[e] })));
}

export function message(kind, text, testid) {
  return h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status',
    'data-testid': testid }, text);
}

export const pct = (v) => `${Math.round(v * 100)}%`;
export const fmt = (n) => Number(n).toLocaleString('en-US');
export const signed = (v) => (v > 0 ? `+${v.toFixed(2)}` : v.toFixed(2));

/**
 * The titles of {@code ids} as an object id -> title, one GET /v1/items/{id} per distinct id in
 * parallel. An item without a title (known only from events) or that cannot be read maps to null,
 * and the views show its id instead; a refused key (401) still goes back to the key dialog.
 */
export async function titlesOf(ids) {
  const distinct = [...new Set(ids.filter((id) => id))];
  const records = await Promise.all(distinct.map((id) => getJson(`/v1/items/${encodeURIComponent(id)}`)
    .catch((e) => {
      if (e instanceof ApiError && e.status === 401) throw e;
      return null;
    })));
  return Object.fromEntries(distinct.map((id, i) => [id, (records[i] && records[i].title) || null]));
}

/** A link to the item view showing the item's title, with its id beside it when there is a title. */
export function itemLink(id, title) {
  return h('a', { class: 'item-link', href: `#/item/${encodeURIComponent(id)}`, 'data-item': id,
    'data-testid': 'item-link' }, title || id, title ? h('span', { class: 'muted item-id' }, id) : null);
}

/** The value of {@code promise}, or an {unavailable: reason} object for 503 and missing endpoints. */
export async function optional(promise) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 503 || e.noEndpoint)) return { unavailable: e.message };
    throw e;
  }
}

/** A horizontal SVG meter filled to {@code share} in [0, 1] (CSP forbids inline widths). */
export function meter(share, colour, label) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 100 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'meter');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const track = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ x: 0, y: 0, width: 100, height: 10, fill: '#e5e7eb' })) track.setAttribute(k, v);
  const fill = document.createElementNS(ns, 'rect');
  const width = Math.max(0, Math.min(100, share * 100));
  for (const [k, v] of Object.entries({ x: 0, y: 0, width, height: 10, fill: colour, class: 'meter-fill' })) fill.setAttribute(k, v);
  svg.append(track, fill);
  return svg;
}

/** A form asking for one id; {@code kind} names the input (`${kind}-id`) and its button. */
export function lookupForm(kind, current, onSubmit, label) {
  const input = h('input', { id: `${kind}-id`, type: 'text', value: current || '', placeholder: `${kind} id`,
    spellcheck: 'false', 'aria-label': `${kind} id` });
  return h('form', { class: 'lookup', onsubmit: (event) => {
    event.preventDefault();
    const id = input.value.trim();
    if (id) onSubmit(id);
  } }, h('label', { for: `${kind}-id` }, label || (kind === 'user' ? 'User' : 'Item')), input,
  h('button', { type: 'submit', id: `${kind}-show` }, 'Show'));
}

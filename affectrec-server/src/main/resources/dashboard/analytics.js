// The analytics views (issue 19): trends of the emotion mix, alerts with their evidence, users at
// risk and what an item's reviews are about. Each view renders from one /v1/analytics answer, uses
// the emotion colours of every other view and offers each table as CSV (tables.js).
import { ApiError, getJson } from './api.js';
import { EMOTIONS, EMOTION_COLOURS, shareBar, stackedArea, timeLines } from './charts.js';
import { dataTable } from './tables.js';
import {
  card, emotionChip, emotionLegend, fmt, h, itemLink, lookupForm, message, meter, pct, signed,
  titlesOf,
} from './ui.js';

const NEGATIVE_COLOUR = '#e5484d';
const OTHER_COLOUR = '#e5e7eb';
const SEGMENTS = [...EMOTIONS.map((e) => `mood:${e}`), 'activity:active', 'activity:occasional'];

/** The answer of {@code path}, or null after showing a 400's detail under {@code form}. */
async function getOrShowInvalid(view, form, path, testid) {
  try {
    return await getJson(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) {
      view.replaceChildren(form, message('error', e.message, testid));
      return null;
    }
    throw e;
  }
}

function select(id, label, options, current) {
  return [h('label', { for: id }, label), h('select', { id, name: id },
    options.map((o) => h('option', { value: o, selected: o === current }, o)))];
}

function field(id, label, attrs) {
  return [h('label', { for: id }, label), h('input', { id, name: id, ...attrs })];
}

/** A form whose submit sets the hash to {@code #/view?name=value...} from its named fields. */
function paramsForm(viewName, children) {
  return h('form', { class: 'lookup filters', 'data-testid': `${viewName}-form`, onsubmit: (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const input of event.target.querySelectorAll('[name]')) {
      if (input.value.trim()) params.set(input.name, input.value.trim());
    }
    location.hash = `#/${viewName}?${params}`;
  } }, children, h('button', { type: 'submit', id: `${viewName}-show` }, 'Show'));
}

/** The key of the largest value of {@code mix} (an object emotion -> number). */
function topOf(mix) {
  return EMOTIONS.reduce((a, b) => ((mix[b] || 0) > (mix[a] || 0) ? b : a));
}

// ---------- trends ----------

async function renderTrends(view, _id, params) {
  const scope = params.get('scope') || 'all';
  const bucket = params.get('bucket') || 'week';
  const id = params.get('id') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const form = paramsForm('trends', [
    select('scope', 'Scope', ['all', 'item', 'category', 'segment'], scope),
    field('id', 'Id', { type: 'text', value: id, list: 'segment-ids', spellcheck: 'false',
      placeholder: 'item, category or segment id' }),
    h('datalist', { id: 'segment-ids' }, SEGMENTS.map((s) => h('option', { value: s }))),
    select('bucket', 'Bucket', ['day', 'week', 'month'], bucket),
    field('from', 'From', { type: 'date', value: from }),
    field('to', 'To', { type: 'date', value: to }),
  ]);
  if (scope !== 'all' && !id) {
    view.replaceChildren(form, message('info', `Enter the id of the ${scope} to follow (segments: `
      + 'mood:<emotion> or activity:active|occasional).', 'trends-hint'));
    return;
  }
  const query = new URLSearchParams({ scope, bucket });
  for (const [k, v] of [['id', id], ['from', from], ['to', to]]) if (v) query.set(k, v);
  const trend = await getOrShowInvalid(view, form, `/v1/analytics/trends?${query}`, 'trends-error');
  if (!trend) return;
  const read = trend.points.filter((p) => p.readings > 0);
  const readings = read.reduce((s, p) => s + p.readings, 0);
  const what = scope === 'all' ? 'the whole platform' : `${scope} ${id}`;
  const hint = `${what} · per ${bucket} (UTC) · ${fmt(readings)} readings in ${fmt(trend.points.length)} buckets`;
  const when = (p) => new Date(p.start);
  const charts = read.length === 0
    ? [message('info', 'No readings of reviews in this scope and range.', 'no-trend-readings')]
    : [card('Emotion mix over time', { testid: 'trend-mix', class: 'wide', hint },
      stackedArea({ label: `Emotion mix per ${bucket}`, keys: EMOTIONS, colours: EMOTION_COLOURS,
        points: read.map((p) => ({ t: when(p), values: p.mix })) }),
      emotionLegend()),
    card('Valence over time', { testid: 'trend-valence', class: 'wide',
      hint: `mean valence per ${bucket}; dots coloured by the bucket's top emotion` },
    timeLines({ label: `Mean valence per ${bucket}`, yMin: -1, yMax: 1, zeroLine: true,
      yFormat: (v) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1)),
      series: [{ key: 'valence', label: 'valence', colour: '#111827', width: 2,
        points: read.map((p) => ({ t: when(p), y: p.valence, colour: EMOTION_COLOURS[topOf(p.mix)],
          title: `${p.start.slice(0, 10)}: valence ${signed(p.valence)}, ${fmt(p.readings)} readings, `
            + `${pct(p.negativeShare)} negative` })) }] }),
    emotionLegend())];
  const table = dataTable({ name: `trends-${scope}${id ? `-${id}` : ''}-${bucket}`, testid: 'trend-table',
    rows: trend.points, columns: [
      { label: 'start', value: (p) => p.start },
      { label: 'readings', value: (p) => p.readings, num: true },
      { label: 'valence', value: (p) => p.valence, num: true },
      { label: 'negativeShare', value: (p) => p.negativeShare, num: true },
      ...EMOTIONS.map((e) => ({ label: e, value: (p) => p.mix[e], num: true })),
    ] });
  view.replaceChildren(form, h('div', { class: 'grid', 'data-testid': 'trends-view' }, ...charts,
    card('Buckets', { testid: 'trend-buckets', class: 'wide',
      hint: 'every bucket of the range, empty ones with 0 readings; mix = mean distribution' }, table)));
}

// ---------- alerts ----------

async function renderAlerts(view, _id, params) {
  const days = params.get('days') || '7';
  const form = paramsForm('alerts', field('days', 'Days', { type: 'number', min: 1, max: 90, value: days }));
  const answer = await getOrShowInvalid(view, form, `/v1/analytics/alerts?days=${encodeURIComponent(days)}`,
    'alerts-error');
  if (!answer) return;
  const alerts = answer.alerts;
  const titles = await titlesOf(alerts.filter((a) => a.scope === 'item').map((a) => a.id));
  if (alerts.length === 0) {
    view.replaceChildren(form, message('info', `No alert: nothing turned negative in the ${days} days `
      + 'ending with the newest event.', 'no-alerts'));
    return;
  }
  const window = alerts[0].evidence.window;
  const most = Math.max(...alerts.map((a) => a.severity));
  const table = dataTable({ name: 'alerts', testid: 'alerts-table', rows: alerts, columns: [
    { label: 'rank', value: (a) => alerts.indexOf(a) + 1, num: true },
    { label: 'scope', value: (a) => a.scope },
    { label: 'id', value: (a) => a.id, cell: (a) => scopeLink(a, titles) },
    { label: 'emotion', value: (a) => a.emotion, cell: (a) => emotionChip(a.emotion) },
    { label: 'severity', value: (a) => a.severity, num: true },
    { label: 'beforeReadings', value: (a) => a.evidence.before.readings, num: true },
    { label: 'beforeNegative', value: (a) => a.evidence.before.negative, num: true },
    { label: 'beforeNegativeShare', value: (a) => a.evidence.before.negativeShare, num: true },
    { label: 'afterReadings', value: (a) => a.evidence.after.readings, num: true },
    { label: 'afterNegative', value: (a) => a.evidence.after.negative, num: true },
    { label: 'afterNegativeShare', value: (a) => a.evidence.after.negativeShare, num: true },
    { label: 'historyRate', value: (a) => a.evidence.historyRate, num: true },
    { label: 'probability', value: (a) => a.evidence.probability, num: true },
  ] });
  const examples = alerts.flatMap((a, i) => a.evidence.examples.map((x) => ({ rank: i + 1, alert: a, ...x })));
  const exampleTable = dataTable({ name: 'alert-examples', testid: 'alert-examples-table', rows: examples,
    columns: [
      { label: 'rank', value: (x) => x.rank, num: true },
      { label: 'scope', value: (x) => x.alert.scope },
      { label: 'id', value: (x) => x.alert.id },
      { label: 'event', value: (x) => x.event },
      { label: 'item', value: (x) => x.item },
      { label: 'time', value: (x) => x.time },
      { label: 'emotion', value: (x) => x.emotion, cell: (x) => emotionChip(x.emotion) },
      { label: 'text', value: (x) => x.text },
    ] });
  view.replaceChildren(form, h('div', { class: 'grid', 'data-testid': 'alerts-view' },
    card(`${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}, most severe first`,
      { testid: 'alert-list', class: 'wide', hint: `window ${window.from.slice(0, 10)} to ${window.to.slice(0, 10)} `
        + '(ends with the newest event) · severity = negative readings above what the history predicts' },
      h('ol', { class: 'alerts' }, alerts.map((a, i) => alertItem(a, i, most, titles))), emotionLegend()),
    card('Alerts', { testid: 'alerts-table-card', class: 'wide' }, table),
    card('Example texts', { testid: 'alert-examples-card', class: 'wide',
      hint: 'the most negative texts of each alert\'s window' }, exampleTable)));
}

/** The alert's scope id: an item links to its aspects, others are plain tags. */
function scopeLink(alert, titles) {
  if (alert.scope !== 'item') return h('span', { class: 'tag' }, alert.id);
  return itemLink(alert.id, titles[alert.id]);
}

function counts(label, c, testid) {
  return h('div', { class: 'metric', 'data-testid': testid },
    h('div', { class: 'metric-value' }, `${fmt(c.negative)} / ${fmt(c.readings)}`),
    h('div', { class: 'metric-label' }, `${label}: negative of readings (${pct(c.negativeShare)})`));
}

function alertItem(alert, index, most, titles) {
  const e = alert.evidence;
  return h('li', { class: 'alert', 'data-testid': 'alert', 'data-scope': alert.scope, 'data-id': alert.id,
    'data-severity': alert.severity },
  h('div', { class: 'alert-head' },
    h('span', { class: 'alert-rank' }, `#${index + 1}`), h('span', { class: 'tag' }, alert.scope),
    h('b', {}, scopeLink(alert, titles)), emotionChip(alert.emotion),
    h('span', { class: 'alert-severity', 'data-testid': 'severity' }, `severity ${alert.severity.toFixed(1)}`),
    meter(alert.severity / most, NEGATIVE_COLOUR, `severity of alert ${index + 1}`),
    alert.scope === 'item' ? h('a', { href: `#/aspects/${encodeURIComponent(alert.id)}`,
      'data-testid': 'alert-aspects' }, 'what it is about') : null),
  h('div', { class: 'metrics alert-counts' },
    counts('before', e.before, 'before'), counts('in the window', e.after, 'after'),
    h('div', { class: 'metric' }, h('div', { class: 'metric-value' }, pct(e.probability)),
      h('div', { class: 'metric-label' }, `probability the rate rose (history ${pct(e.historyRate)})`))),
  shareBar(EMOTIONS.map((m) => ({ key: m, label: m, value: e.emotionsAfter[m] || 0,
    colour: EMOTION_COLOURS[m] })), 'Top emotions in the window'),
  h('ul', { class: 'examples' }, e.examples.map((x) => h('li', { 'data-testid': 'alert-example' },
    emotionChip(x.emotion), h('span', { class: 'muted' }, x.time.slice(0, 10)), ` ${x.text}`))));
}

// ---------- at-risk users ----------

async function renderAtRisk(view, _id, params) {
  const limit = params.get('limit') || '20';
  const form = paramsForm('at-risk', field('limit', 'Users', { type: 'number', min: 1, max: 1000, value: limit }));
  const answer = await getOrShowInvalid(view, form,
    `/v1/analytics/at-risk?limit=${encodeURIComponent(limit)}`, 'at-risk-error');
  if (!answer) return;
  const users = answer.users;
  const model = answer.model ? ` · model: ${answer.model}` : '';
  const hint = `probability that the next review is 1-2 stars${model}`;
  if (users.length === 0) {
    view.replaceChildren(form, message('info', 'No user can be ranked yet: it needs users with earlier '
      + 'reviews, and both low and other ratings among the later ones.', 'no-at-risk'));
    return;
  }
  const table = dataTable({ name: 'at-risk-users', testid: 'at-risk-table', rows: users, columns: [
    { label: 'rank', value: (u) => users.indexOf(u) + 1, num: true },
    { label: 'user', value: (u) => u.user, cell: (u) => h('a', { class: 'item-link',
      href: `#/user/${encodeURIComponent(u.user)}`, 'data-testid': 'user-link' }, u.user) },
    { label: 'risk', value: (u) => u.risk, num: true, cell: (u) => h('span', { class: 'with-meter' },
      meter(u.risk, NEGATIVE_COLOUR, `risk of ${u.user}`), String(u.risk)) },
    { label: 'reviews', value: (u) => u.reviews, num: true },
    { label: 'lastValence', value: (u) => u.lastValence, num: true },
  ] });
  view.replaceChildren(form, h('div', { class: 'grid', 'data-testid': 'at-risk-view' },
    card(`Users most at risk (${users.length})`, { testid: 'at-risk-users', class: 'wide', hint }, table)));
}

// ---------- aspects ----------

async function renderAspects(view, id) {
  const form = lookupForm('aspects-item', id,
    (i) => { location.hash = `#/aspects/${encodeURIComponent(i)}`; }, 'Item');
  if (!id) {
    view.replaceChildren(form, message('info', 'Enter an item id to see what its reviews talk about and '
      + 'how negative each aspect is.', 'aspects-hint'));
    return;
  }
  const [answer, titles] = await Promise.all([
    getJson(`/v1/analytics/aspects?item=${encodeURIComponent(id)}`), titlesOf([id])]);
  const aspects = answer.aspects;
  const head = h('h2', { class: 'item-title', 'data-testid': 'aspects-item' }, itemLink(id, titles[id]));
  if (aspects.length === 0) {
    view.replaceChildren(form, head, message('info', 'No review of this item mentions an aspect.',
      'no-aspects'));
    return;
  }
  const table = dataTable({ name: `aspects-${id}`, testid: 'aspects-table', rows: aspects, columns: [
    { label: 'aspect', value: (a) => a.aspect, cell: (a) => h('b', {}, a.aspect) },
    { label: 'count', value: (a) => a.count, num: true },
    { label: 'negative', value: (a) => a.negative, num: true },
    { label: 'negativeShare', value: (a) => a.negativeShare, num: true,
      cell: (a) => h('span', { class: 'with-meter' }, shareBar([
        { key: 'negative', label: 'negative', value: a.negative, colour: NEGATIVE_COLOUR },
        { key: 'other', label: 'other', value: a.count - a.negative, colour: OTHER_COLOUR }],
      `${a.aspect}: negative share`), String(a.negativeShare)) },
  ] });
  view.replaceChildren(form, head, h('div', { class: 'grid', 'data-testid': 'aspects-view' },
    card('What the reviews are about', { testid: 'aspects', class: 'wide',
      hint: 'reviews mentioning each aspect and how many of them read negative, most complained-about first' },
    table, h('p', { class: 'muted small' }, h('a', { href: `#/trends?scope=item&id=${encodeURIComponent(id)}`,
      'data-testid': 'aspects-trend' }, 'Trend of this item'), ' · ',
    h('a', { href: `#/item/${encodeURIComponent(id)}` }, 'Item view')))));
}

/** The analytics views by route name; each renders into {@code view} from (id, URL params). */
export const ANALYTICS_VIEWS = {
  trends: renderTrends,
  alerts: renderAlerts,
  'at-risk': renderAtRisk,
  aspects: renderAspects,
};

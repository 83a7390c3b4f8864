// The dashboard: asks for an API key, then renders the overview, user and item views and the
// analytics views (analytics.js) from the API.
import { ApiError, apiKey, getJson } from './api.js';
import {
  EMOTIONS, EMOTION_COLOURS, MODALITY_COLOURS, donut, seriesColour, shareBar, stackedArea,
  stackedBars, timeLines,
} from './charts.js';
import {
  card, emotionChip, emotionLegend, fmt, h, itemLink, legend, lookupForm, message, meter, optional,
  pct, signed, swatch, titlesOf,
} from './ui.js';
import { ANALYTICS_VIEWS } from './analytics.js';

const view = document.getElementById('view');
const keyDialog = document.getElementById('key-dialog');
const keyInput = document.getElementById('api-key');
const keyError = document.getElementById('key-error');
const keyStatus = document.getElementById('key-status');

// ---------- key handling ----------

function askForKey(reason) {
  keyError.hidden = !reason;
  keyError.textContent = reason || '';
  keyStatus.textContent = 'not connected';
  keyDialog.hidden = false;
  keyInput.value = '';
  keyInput.focus();
}

document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (!key) return;
  apiKey.set(key);
  keyDialog.hidden = true;
  route();
});

document.getElementById('change-key').addEventListener('click', () => {
  apiKey.clear();
  askForKey('');
});

/** Runs a view; a refused key sends the user back to the key dialog. */
async function guarded(render) {
  if (!apiKey.get()) {
    view.replaceChildren();
    askForKey('');
    return;
  }
  view.replaceChildren(h('div', { class: 'loading', 'data-testid': 'loading' }, 'Loading…'));
  try {
    await render();
    keyStatus.textContent = 'connected';
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      apiKey.clear();
      view.replaceChildren();
      askForKey('The server refused this API key (401). Check it and try again.');
    } else if (e instanceof ApiError && e.status === 403) {
      view.replaceChildren(message('error', `This key may not read this data (403): ${e.message}`,
        'error'));
    } else {
      view.replaceChildren(message('error', `Could not load the view: ${e.message}`, 'error'));
    }
  }
}

// ---------- overview ----------

async function renderOverview() {
  const [stats, summary] = await Promise.all([getJson('/v1/stats'), getJson('/v1/summary?days=30')]);
  const types = Object.entries(summary.eventsByType).sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const typeColour = Object.fromEntries(
    Object.keys(stats.eventsByType).sort().map((t, i) => [t, seriesColour(i)]));
  types.forEach((t, i) => { if (!typeColour[t]) typeColour[t] = seriesColour(i + 5); });

  const counters = h('div', { class: 'stats' },
    [['Users', stats.users, 'users'], ['Items', stats.items, 'items'],
      ['Events', stats.events, 'events'], ['Readings · 30 d', summary.readings, 'readings']]
      .map(([label, value, key]) => h('div', { class: 'stat', 'data-testid': `stat-${key}` },
        h('div', { class: 'stat-value' }, fmt(value)), h('div', { class: 'stat-label' }, label))));

  const volume = card('Event volume', { testid: 'event-volume', class: 'wide',
    hint: `last ${summary.days} days (UTC) · ${fmt(summary.events)} events` },
  stackedBars({
    label: 'Events per day by type',
    categories: summary.eventsPerDay.map((d) => d.day),
    formatCategory: (d) => d.slice(5),
    series: types.map((t) => ({ key: t, label: t, colour: typeColour[t],
      values: summary.eventsPerDay.map((d) => d.byType[t] || 0) })),
  }),
  legend(types.map((t) => ({ label: t, colour: typeColour[t] }))));

  const allTypes = Object.entries(stats.eventsByType).sort((a, b) => b[1] - a[1]);
  const byType = card('Events by type', { testid: 'events-by-type', hint: 'all time' },
    donut({ label: 'Events by type', centre: fmt(stats.events), caption: 'events',
      slices: allTypes.map(([t, n]) => ({ key: t, label: t, value: n, colour: typeColour[t] })) }),
    legend(allTypes.map(([t, n]) => ({ label: `${t} · ${fmt(n)}`, colour: typeColour[t] }))));

  const mixAll = summary.emotionMixAll;
  const mix = card('Emotion mix', { testid: 'emotion-mix',
    hint: `top emotion of each reading about users, last ${summary.days} days` },
  summary.readings === 0
    ? message('info', 'No emotion readings in this window yet.', 'no-readings')
    : h('div', { class: 'mix' },
      donut({ label: 'Top emotions of all readings', centre: fmt(summary.readings), caption: 'readings',
        slices: EMOTIONS.map((e) => ({ key: e, label: e, value: mixAll[e], colour: EMOTION_COLOURS[e] })) }),
      h('div', { class: 'mix-rows' }, Object.entries(summary.emotionMix).map(([modality, counts]) => {
        const total = EMOTIONS.reduce((s, e) => s + counts[e], 0);
        const top = EMOTIONS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
        return h('div', { class: 'mix-row', 'data-testid': 'mix-row', 'data-modality': modality },
          h('div', { class: 'mix-label' }, h('b', {}, modality), h('span', { class: 'muted' }, `${fmt(total)} readings`)),
          shareBar(EMOTIONS.map((e) => ({ key: e, label: e, value: counts[e], colour: EMOTION_COLOURS[e] })),
            `${modality} emotion mix`),
          emotionChip(top, pct(counts[top] / total)));
      }))),
  emotionLegend());

  const [model, bandit] = await Promise.all([
    optional(getJson('/v1/models/current')), optional(getJson('/v1/bandit'))]);
  const metrics = modelCard(model);
  const policies = banditCard(bandit);

  view.replaceChildren(h('div', { class: 'grid', 'data-testid': 'overview' },
    counters, volume, byType, mix, metrics, policies));
}

const MODEL_ROWS = [['hybrid', 'served hybrid'], ['cf', 'CF base alone'], ['popular', 'most popular']];
const MODEL_COLOURS = { hybrid: '#6366f1', cf: '#0ea5e9', popular: '#94a3b8' };

function modelCard(model) {
  const title = 'Served model';
  if (model.unavailable) {
    return card(title, { testid: 'model-metrics', class: 'placeholder' },
      message('info', `No model in service: ${model.unavailable}`, 'model-unavailable'));
  }
  const m = model.metrics || {};
  const groups = [
    { metric: 'ndcg@10', title: 'NDCG@10' },
    { metric: 'hr@10', title: 'HR@10' },
    { metric: 'happy-ndcg@10', title: 'happy NDCG@10' },
    { metric: 'happy-hr@10', title: 'happy HR@10' },
    { metric: 'unhappy-per-1k@10', title: 'unhappy per 1,000 recommended (lower is better)', digits: 1 },
  ];
  const rate = groups.filter((g) => !g.digits).map((g) => g.metric);
  const best = (metrics) => Math.max(1e-9, ...MODEL_ROWS.flatMap(([k]) => metrics.map((x) => m[`${k}.${x}`] || 0)));
  const bars = groups.map(({ metric, title, digits }) => {
    const scale = best(digits ? [metric] : rate);
    return h('div', { class: 'bars', 'data-testid': 'metric-group', 'data-metric': metric },
      h('div', { class: 'bars-title' }, title),
      MODEL_ROWS.map(([k, label]) => {
        const v = m[`${k}.${metric}`];
        return h('div', { class: 'bar-row', 'data-testid': 'metric-bar', 'data-model': k },
          h('span', { class: 'bar-label' }, label),
          meter(v === undefined ? 0 : v / scale, MODEL_COLOURS[k], `${label} ${title}`),
          h('span', { class: 'bar-value' }, v === undefined ? 'n/a' : v.toFixed(digits || 3)));
      }));
  });
  const status = model.training ? 'training a new model…' : (model.upToDate ? 'up to date'
    : 'newer events are folded in; retraining in the background');
  return card(title, { testid: 'model-metrics', hint: `${model.version} · ${model.base} · ${status}` },
    h('div', { class: 'muted', 'data-testid': 'model-summary' },
      `trained ${model.trainedAt.slice(0, 19).replace('T', ' ')} UTC on ${fmt(model.events)} events `
      + `(${fmt(model.users)} users, ${fmt(model.items)} items) in ${fmt(model.trainMillis)} ms; `
      + `hold-out of ${fmt(m['check.users'] || 0)} users' latest interaction; happy metrics over the `
      + `${fmt(m['check.happyUsers'] || 0)} whose held-out interaction satisfied them (or says nothing)`),
    bars);
}

const POLICY_COLOURS = { 'mood-congruent': '#f59e0b', 'mood-regulating': '#10b981', neutral: '#94a3b8' };

function banditCard(bandit) {
  const title = 'Policy bandit';
  if (bandit.unavailable) {
    return card(title, { testid: 'bandit', class: 'placeholder' },
      message('info', `Not available: ${bandit.unavailable}`, 'bandit-unavailable'));
  }
  const segments = Object.entries(bandit.segments || {});
  const policies = Object.keys(POLICY_COLOURS);
  return card(title, { testid: 'bandit', hint: 'share of requests per policy, by mood segment' },
    segments.length === 0 ? message('info', 'No recommendation served by the bandit yet.', 'no-bandit')
      : h('div', { class: 'mix-rows' }, segments.map(([segment, arms]) => {
        const served = policies.reduce((sum, p) => sum + (arms[p] ? arms[p].chosen : 0), 0);
        const best = policies.reduce((a, b) => ((arms[b] && arms[b].mean) > (arms[a] && arms[a].mean) ? b : a));
        return h('div', { class: 'mix-row', 'data-testid': 'bandit-row', 'data-segment': segment },
          h('div', { class: 'mix-label' }, h('b', {}, segment), h('span', { class: 'muted' }, `${fmt(served)} served`)),
          shareBar(policies.map((p) => ({ key: p, label: p, value: arms[p] ? arms[p].chosen : 0,
            colour: POLICY_COLOURS[p] })), `${segment} policy shares`),
          h('span', { class: 'muted' }, `best: ${best} (${pct(arms[best].mean)} clicks)`));
      })),
    legend(policies.map((p) => ({ label: p, colour: POLICY_COLOURS[p] }))));
}

// ---------- user ----------

async function renderUser(id) {
  const form = lookupForm('user', id, (u) => { location.hash = `#/user/${encodeURIComponent(u)}`; });
  if (!id) {
    view.replaceChildren(form, message('info', 'Enter a user id to see their emotion timeline, current state, '
      + 'recent events and recommendations.', 'user-hint'));
    return;
  }
  const path = `/v1/users/${encodeURIComponent(id)}`;
  let emotion;
  try {
    emotion = await getJson(`${path}/emotion`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      view.replaceChildren(form, message('error', `No user with id '${id}'.`, 'user-not-found'));
      return;
    }
    throw e;
  }
  const [events, recs] = await Promise.all([
    getJson(`${path}/events?limit=20`),
    getJson(`${path}/recommendations?k=10`).catch((e) => {
      if (e instanceof ApiError && (e.noEndpoint || e.status === 503)) return null;
      throw e;
    }),
  ]);
  const recItems = recs ? (recs.items || recs.recommendations || []) : [];
  const titles = await titlesOf([...recItems.map((r) => r.item), ...events.events.map((e) => e.item)]);
  view.replaceChildren(form, h('div', { class: 'grid', 'data-testid': 'user-view' },
    stateCard(emotion), contributionsCard(emotion.state), timelineCard(emotion), mixOverTimeCard(emotion),
    recommendationsCard(recs, titles), eventsCard(events, titles)));
}

function stateCard(emotion) {
  const s = emotion.state;
  if (emotion.readings === 0) {
    return card('Current state', { testid: 'state' },
      message('info', 'No emotion readings for this user yet.', 'no-user-readings'));
  }
  const metric = (label, value, testid) => h('div', { class: 'metric', 'data-testid': testid },
    h('div', { class: 'metric-value' }, value), h('div', { class: 'metric-label' }, label));
  return card('Current state', { testid: 'state', hint: `fused from ${fmt(emotion.readings)} readings` },
    h('div', { class: 'state' },
      donut({ label: 'Fused emotion distribution', centre: pct(s.emotions[s.top]), caption: s.top,
        slices: EMOTIONS.map((e) => ({ key: e, label: e, value: s.emotions[e], colour: EMOTION_COLOURS[e] })) }),
      h('div', {},
        h('div', { class: 'fused-top', 'data-testid': 'fused-top' }, emotionChip(s.top)),
        h('div', { class: 'metrics' },
          metric('valence', signed(s.valence), 'valence'), metric('arousal', s.arousal.toFixed(2), 'arousal'),
          metric('confidence', pct(s.confidence), 'confidence'),
          metric('disagreement', s.disagreement.toFixed(2), 'disagreement')),
        s.conflict && s.conflict.valenceConflict
          ? message('warn', 'The modalities disagree on valence: one reads positive, another negative.',
            'valence-conflict')
          : null)));
}

function contributionsCard(state) {
  const rows = state.contributions.map((c) => h('div', { class: 'contribution', 'data-testid': 'contribution',
    'data-modality': c.modality },
  h('div', { class: 'contribution-head' },
    h('span', { class: 'modality', 'data-modality': c.modality }, c.modality),
    h('span', { class: 'weight', 'data-testid': 'weight' }, `weight ${pct(c.weight)}`),
    emotionChip(c.top),
    h('span', { class: 'muted' }, `${c.readings} readings · confidence ${pct(c.confidence)}`)),
  h('div', { class: 'weight-track' }, shareBar([{ key: 'w', label: 'weight', value: c.weight, colour: MODALITY_COLOURS[c.modality] || '#64748b' },
    { key: 'rest', label: 'other modalities', value: Math.max(0, 1 - c.weight), colour: '#eef0f3' }], `${c.modality} weight`)),
  shareBar(EMOTIONS.map((e) => ({ key: e, label: e, value: c.emotions[e], colour: EMOTION_COLOURS[e] })),
    `${c.modality} emotions`)));
  const pairs = (state.conflict && state.conflict.pairs) || [];
  return card('Modality contributions', { testid: 'contributions', hint: 'weight in the fused state' },
    rows.length ? rows : message('info', 'No modality has readings yet.', 'no-contributions'),
    pairs.length ? h('p', { class: 'muted small' }, 'Disagreement (Jensen–Shannon): ',
      pairs.map((p) => `${p.modalities.join(' vs ')} ${p.jensenShannon.toFixed(2)}`).join(' · ')) : null);
}

function timelineCard(emotion) {
  const byModality = {};
  for (const r of emotion.series || []) (byModality[r.modality] ||= []).push(r);
  const point = (r, label) => ({ t: new Date(r.time), y: r.valence, colour: EMOTION_COLOURS[r.top],
    title: `${label} ${r.time.slice(0, 16).replace('T', ' ')}: ${r.top}, valence ${signed(r.valence)}` });
  // The fused line is drawn first, underneath, so the modality lines stay visible on top of it.
  const series = [{ key: 'fused', label: 'fused', colour: MODALITY_COLOURS.fused, width: 3,
    points: emotion.trajectory.map((p) => point(p, 'fused')) }];
  for (const [m, rs] of Object.entries(byModality)) {
    series.push({ key: m, label: m, colour: MODALITY_COLOURS[m] || '#64748b', width: 1.5,
      points: rs.map((r) => point(r, m)) });
  }
  if (emotion.trajectory.length === 0) {
    return card('Emotion timeline', { testid: 'timeline', class: 'wide' },
      message('info', 'No readings to draw yet.', 'no-timeline'));
  }
  return card('Emotion timeline', { testid: 'timeline', class: 'wide',
    hint: 'valence per modality and fused, times in UTC; dots coloured by top emotion' },
  timeLines({ label: 'Valence over time', series, yMin: -1, yMax: 1, zeroLine: true,
    yFormat: (v) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1)) }),
  h('div', { class: 'legends' },
    legend(series.map((s) => ({ label: s.label, colour: s.colour, line: true }))), emotionLegend()));
}

function mixOverTimeCard(emotion) {
  if (emotion.trajectory.length < 2) return null;
  return card('Fused emotion mix over time', { testid: 'fused-area', class: 'wide' },
    stackedArea({ label: 'Fused emotion distribution over time', keys: EMOTIONS, colours: EMOTION_COLOURS,
      points: emotion.trajectory.map((p) => ({ t: new Date(p.time), values: p.emotions })) }),
    emotionLegend());
}

function recommendationsCard(recs, titles) {
  const title = 'Recommendations with explanations and policy';
  if (!recs) {
    return card(title, { testid: 'recommendations', class: 'wide placeholder' },
      message('info', 'No recommendations: the store holds no interaction yet (the first one is '
        + 'served at once and trains a model) or the server runs without a data directory.',
      'recommendations-placeholder'));
  }
  const items = recs.items || recs.recommendations || [];
  const policy = recs.policy ? (typeof recs.policy === 'string' ? recs.policy : (recs.policy.name || JSON.stringify(recs.policy))) : null;
  const source = recs.policySource === 'bandit' ? ' (chosen by the bandit)' : '';
  const model = recs.source === 'popular' ? 'none yet (most popular items)' : (recs.model || '');
  const hint = policy ? `policy: ${policy}${source} · mood ${recs.segment || 'unknown'} · model ${model}` : '';
  return card(title, { testid: 'recommendations', class: 'wide', hint },
    items.length === 0 ? message('info', 'No recommendations for this user.', 'no-recommendations')
      : h('ol', { class: 'recs' }, items.map((r) => h('li', { 'data-testid': 'recommendation' },
        h('div', { class: 'rec-head' }, h('b', {}, itemLink(r.item, r.title || titles[r.item])),
          h('span', { class: 'muted' },
          typeof r.score === 'number' ? `score ${r.score.toFixed(3)}` : '')),
        h('ul', { class: 'reasons' }, (r.reasons || []).map((reason) => h('li', {},
          reason.emotion ? emotionChip(reason.emotion) : null,
          reason.text || reason.type)))))));
}

function eventsCard(events, titles) {
  const rows = events.events.map((e) => h('tr', { 'data-testid': 'event-row' },
    h('td', {}, e.time.slice(0, 19).replace('T', ' ')), h('td', {}, h('span', { class: 'tag' }, e.type)),
    h('td', {}, e.item ? itemLink(e.item, titles[e.item]) : ''), h('td', { class: 'num' }, e.value ?? ''),
    h('td', { class: 'text' }, e.text || '')));
  return card('Recent events', { testid: 'events', class: 'wide', hint: `newest ${rows.length}` },
    rows.length === 0 ? message('info', 'No events.', 'no-events')
      : h('table', {}, h('thead', {}, h('tr', {}, ['time (UTC)', 'type', 'item', 'value', 'text']
        .map((c) => h('th', {}, c)))), h('tbody', {}, rows)));
}

// ---------- item ----------

const POLARITIES = ['positive', 'neutral', 'negative'];
const POLARITY_COLOURS = { positive: '#10b981', neutral: '#9ca3af', negative: '#e5484d' };

async function renderItem(id) {
  const form = lookupForm('item', id, (i) => { location.hash = `#/item/${encodeURIComponent(i)}`; });
  if (!id) {
    view.replaceChildren(form, message('info', 'Enter an item id to see its title, emotional profile '
      + 'and most similar items.', 'item-hint'));
    return;
  }
  const path = `/v1/items/${encodeURIComponent(id)}`;
  let record;
  try {
    record = await getJson(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      view.replaceChildren(form, message('error', `No item with id '${id}'.`, 'item-not-found'));
      return;
    }
    throw e;
  }
  const unavailable = (e) => {
    if (e instanceof ApiError && (e.noEndpoint || e.status === 503)) return { unavailable: e.message };
    throw e;
  };
  const [profile, neighbours] = await Promise.all([
    getJson(`${path}/emotion`).catch(unavailable),
    getJson(`${path}/neighbours?k=10`).catch(unavailable),
  ]);
  const neighbourItems = neighbours.unavailable ? [] : neighbours.items || [];
  const titles = await titlesOf(neighbourItems.map((n) => n.item));
  view.replaceChildren(form, h('div', { class: 'grid', 'data-testid': 'item-view' },
    itemCard(record), itemProfileCard(profile), neighboursCard(neighbourItems, neighbours.unavailable, titles)));
}

function itemCard(record) {
  const categories = record.categories || [];
  return card('Item', { testid: 'item-record', class: 'wide', hint: record.id },
    h('h2', { class: 'item-title', 'data-testid': 'item-title' }, record.title || record.id),
    record.title ? null : message('info', 'This item has no title: it is known only from events.',
      'item-untitled'),
    record.description ? h('p', { 'data-testid': 'item-description' }, record.description) : null,
    categories.length ? h('div', { class: 'categories', 'data-testid': 'item-categories' },
      categories.map((c) => h('span', { class: 'tag' }, c))) : null,
    h('p', { class: 'muted small' },
      h('a', { href: `#/aspects/${encodeURIComponent(record.id)}`, 'data-testid': 'item-aspects-link' },
        'What its reviews are about'), ' · ',
      h('a', { href: `#/trends?scope=item&id=${encodeURIComponent(record.id)}` }, 'Trend over time')));
}

function itemProfileCard(profile) {
  const title = 'Item emotional profile';
  if (profile.unavailable) {
    return card(title, { testid: 'item-profile', class: 'wide placeholder' },
      message('info', `Not available: ${profile.unavailable}`, 'item-placeholder'));
  }
  if (!profile.readings) {
    return card(title, { testid: 'item-profile', class: 'wide' },
      message('info', 'No readings of reviews of this item yet.', 'no-item-readings'));
  }
  const polarity = profile.polarity || {};
  const counts = h('div', { class: 'metrics polarity-counts' }, POLARITIES.map((p) => h('div', { class: 'metric',
    'data-testid': `polarity-${p}` },
  h('div', { class: 'metric-value' }, swatch(POLARITY_COLOURS[p]), fmt(polarity[p] || 0)),
  h('div', { class: 'metric-label' }, `${p} readings`))));
  return card(title, { testid: 'item-profile', class: 'wide',
    hint: `from ${fmt(profile.readings)} readings of its reviews` },
  h('div', { class: 'state' },
    donut({ label: 'Item emotional profile', centre: fmt(profile.readings), caption: 'readings',
      slices: EMOTIONS.map((e) => ({ key: e, label: e, value: profile.emotions[e] || 0, colour: EMOTION_COLOURS[e] })) }),
    h('div', {},
      h('div', { class: 'fused-top', 'data-testid': 'item-top' }, emotionChip(profile.top),
        h('span', { class: 'muted' }, ` valence ${signed(profile.valence)} · arousal ${profile.arousal.toFixed(2)}`)),
      shareBar(POLARITIES.map((p) => ({ key: p, label: p, value: polarity[p] || 0, colour: POLARITY_COLOURS[p] })),
        'Readings per polarity'),
      counts,
      trendLine(profile.trend))),
  emotionLegend());
}

function trendLine(trend) {
  if (!trend) {
    return message('info', 'No trend yet: it needs readings both in the last 30 days and before.',
      'item-trend');
  }
  const arrow = { rising: '↗', falling: '↘', stable: '→' }[trend.direction] || '';
  return h('div', { class: 'metric trend', 'data-testid': 'item-trend', 'data-direction': trend.direction },
    h('div', { class: 'metric-value' }, `${arrow} ${trend.direction}`),
    h('div', { class: 'metric-label' }, `valence ${signed(trend.recentValence)} over the last 30 days `
      + `(${fmt(trend.recentReadings)} readings) against ${signed(trend.olderValence)} before `
      + `(${fmt(trend.olderReadings)} readings)`));
}

function neighboursCard(items, unavailable, titles) {
  const title = 'Similar items';
  if (unavailable) {
    return card(title, { testid: 'neighbours', class: 'wide placeholder' },
      message('info', `Not available: ${unavailable}`, 'neighbours-unavailable'));
  }
  return card(title, { testid: 'neighbours', class: 'wide', hint: 'GET /v1/items/{id}/neighbours' },
    items.length === 0 ? message('info', 'No similar items.', 'no-neighbours')
      : h('ol', { class: 'recs' }, items.map((n) => h('li', { 'data-testid': 'neighbour', 'data-item': n.item },
        h('div', { class: 'rec-head' }, h('b', {}, itemLink(n.item, titles[n.item])),
          h('span', { class: 'muted' }, `score ${n.score.toFixed(3)}`)),
        h('ul', { class: 'reasons' }, (n.reasons || []).map((reason) => h('li', {}, reason.text || reason.type)))))));
}

// ---------- routing ----------

/** Routes {@code #/view/id?params}: id and params are optional. */
function route() {
  const [path, query = ''] = (location.hash || '#/overview').split('?');
  const [, name = 'overview', ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : '';
  for (const tab of document.querySelectorAll('.tabs a')) {
    tab.classList.toggle('active', tab.dataset.view === name);
  }
  const analytics = ANALYTICS_VIEWS[name];
  if (name === 'user') guarded(() => renderUser(id));
  else if (name === 'item') guarded(() => renderItem(id));
  else if (analytics) guarded(() => analytics(view, id, new URLSearchParams(query)));
  else guarded(renderOverview);
}

window.addEventListener('hashchange', route);
route();

// The report's script, run in the browser: the paged and filtered event table, the sentence
// view, the entity filter and the charts.

// The Arabic letters of a comment below, put in as a substitution: the CLI bundle escapes every
// non-ASCII character of its string literals (a raw template's cannot be), so that it is read
// as a one-byte string (src/compiled/bundle.ts).
const SEARCH_FOLDS = 'أ/إ/آ/ا, ى/ي, ة/ه';

// Plain browser JS; no template literals so it can live in this string.
export const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var events = DATA.events;
  var state = { type: '', actor: '', place: '', from: '', to: '', period: null, ptype: null };
  var ARABIC = /[\u0600-\u06FF]/, LATIN = /[A-Za-z]/;
  function dirOf(s) { var a = ARABIC.test(s), l = LATIN.test(s); return a && !l ? 'rtl' : a ? 'auto' : 'ltr'; }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  var TYPE_COLORS = {};
  var palette = ['#4c78a8','#9ecae9','#f58518','#ffbf79','#54a24b','#88d27a','#b79a20','#f2cf5b','#439894','#83bcb6','#e45756','#ff9d98','#79706e','#bab0ac','#d67195','#fcbfd2','#b279a2','#d6a5c9','#9e765f','#d8b5a5'];
  DATA.types.forEach(function (t, i) { TYPE_COLORS[t] = palette[i % palette.length]; });

  // Arabic spelling variants and diacritics do not matter for search (${SEARCH_FOLDS}).
  function fold(s) {
    return s.toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
  }
  function actorText(ev) {
    var by = { source: [], recipient: [], participants: [], chair: [], invited: [] };
    ev.actors.forEach(function (a) { (by[a.role] || (by[a.role] = [])).push(a.name); });
    var parts = [];
    if (by.source.length || by.recipient.length) parts.push((by.source.join(', ') || '?') + (by.recipient.length ? ' \u2192 ' + by.recipient.join(', ') : ''));
    if (by.participants.length) parts.push('with ' + by.participants.join(', '));
    if (by.chair.length) parts.push('chair ' + by.chair.join(', '));
    if (by.invited.length) parts.push('invited ' + by.invited.join(', '));
    return parts.join('; ');
  }

  // ---- events table
  var tbody = document.querySelector('#events-table tbody');
  var countEl = document.getElementById('events-count');
  var rows = [];
  var actorNames = {}, placeNames = {};
  // Rows are built when first shown, a page at a time: a 2,000-article report has ~15,000 events
  // and putting them all in the DOM made the page take seconds to open.
  var PAGE = 1000, page = 0, shownRows = [];
  events.forEach(function (ev) {
    ev.actors.forEach(function (a) { actorNames[a.name] = true; });
    if (ev.place) placeNames[ev.place] = true;
    ev._actors = ev.actors.map(function (a) { return fold([a.name].concat(a.ar || []).join('\u0001')); });
    rows.push({ ev: ev, tr: null, detail: null, open: false });
  });
  function rowNode(row) {
    if (row.tr) return row.tr;
    var ev = row.ev;
    var tr = el('tr', { 'class': 'event-row', 'data-id': ev.id, 'data-type': ev.type });
    var tdT = el('td');
    var btn = el('button', { 'class': 'toggle', type: 'button', 'aria-expanded': 'false', title: 'Show sentence' }, '\u25B8');
    tdT.appendChild(btn);
    tr.appendChild(tdT);
    tr.appendChild(el('td', { 'class': 'date' }, ev.date || '\u2014'));
    var tdType = el('td');
    var badge = el('span', { 'class': 'type-badge', style: 'background:' + (TYPE_COLORS[ev.type] || '#777') }, ev.type);
    tdType.appendChild(badge);
    if (ev.subtype) tdType.appendChild(el('span', { 'class': 'note' }, ' ' + ev.subtype));
    tr.appendChild(tdType);
    tr.appendChild(el('td', { dir: 'auto' }, actorText(ev)));
    tr.appendChild(el('td', { dir: 'auto' }, ev.place || ''));
    tr.appendChild(el('td', { dir: dirOf(ev.trigger), 'class': 'ar' }, ev.trigger));
    tr.appendChild(el('td', { dir: 'auto', title: ev.src }, ev.doc));
    btn.addEventListener('click', function () { toggle(row); });
    tr.addEventListener('dblclick', function () { toggle(row); });
    row.tr = tr;
    return tr;
  }
  var pager = document.getElementById('events-pager');
  var pagerText = pager.querySelector('span');
  var prevBtn = document.getElementById('events-prev'), nextBtn = document.getElementById('events-next');
  function renderPage() {
    var pages = Math.max(1, Math.ceil(shownRows.length / PAGE));
    page = Math.min(page, pages - 1);
    var frag = document.createDocumentFragment();
    shownRows.slice(page * PAGE, (page + 1) * PAGE).forEach(function (r) {
      frag.appendChild(rowNode(r));
      if (r.detail && r.open) frag.appendChild(r.detail);
    });
    tbody.textContent = '';
    tbody.appendChild(frag);
    pager.hidden = pages < 2;
    pagerText.textContent = 'Rows ' + (shownRows.length ? page * PAGE + 1 : 0) + '\u2013' + Math.min((page + 1) * PAGE, shownRows.length) + ' of ' + shownRows.length;
    prevBtn.disabled = page === 0;
    nextBtn.disabled = page >= pages - 1;
  }
  prevBtn.addEventListener('click', function () { page--; renderPage(); });
  nextBtn.addEventListener('click', function () { page++; renderPage(); });

  function sentenceNode(ev) {
    var p = el('p', { 'class': 'sentence', dir: ev.lang === 'ar' || dirOf(ev.sentence) === 'rtl' ? 'rtl' : 'auto', lang: ev.lang || null });
    var pos = 0, s = ev.sentence;
    ev.hl.forEach(function (h) {
      if (h[0] < pos) return;
      if (h[0] > pos) p.appendChild(document.createTextNode(s.slice(pos, h[0])));
      var m = el('mark', { 'class': 'hl-' + h[2], title: h[3] }, s.slice(h[0], h[1]));
      p.appendChild(m);
      pos = h[1];
    });
    if (pos < s.length) p.appendChild(document.createTextNode(s.slice(pos)));
    return p;
  }

  function detailNode(ev) {
    var tr = el('tr', { 'class': 'event-detail', 'data-id': ev.id });
    var td = el('td', { colspan: '7' });
    td.appendChild(sentenceNode(ev));
    var lg = el('div', { 'class': 'legend note' });
    [['trigger', 'trigger'], ['actor', 'actor'], ['place', 'location'], ['date', 'date']].forEach(function (k) {
      lg.appendChild(el('mark', { 'class': 'hl-' + k[0] }, k[1])); lg.appendChild(document.createTextNode(' '));
    });
    td.appendChild(lg);
    var meta = el('div', { 'class': 'meta' });
    function row(k, v) {
      if (v === null || v === undefined || v === '') return;
      meta.appendChild(el('span', null, k));
      var cell = el('span'); cell.appendChild(el('bdi', null, v)); meta.appendChild(cell);
    }
    row('Event', ev.id);
    row('Type', ev.type + (ev.subtype ? ' / ' + ev.subtype : '') + (ev.quad ? ' (' + ev.quad + ')' : ''));
    row('Trigger', ev.trigger);
    ['source', 'recipient', 'participants', 'chair', 'invited'].forEach(function (r) {
      var names = ev.actors.filter(function (a) { return a.role === r; }).map(function (a) { return a.name; });
      if (names.length) row(r.charAt(0).toUpperCase() + r.slice(1), names.join(', '));
    });
    row('Location', ev.place ? ev.place + (ev.placeCountry ? ' (' + ev.placeCountry + ')' : '') : null);
    row('Date', ev.date ? ev.date + (ev.dateBasis ? ' (' + ev.dateBasis + ')' : '') : 'undated');
    row('Status', ev.status + (ev.mode ? ', ' + ev.mode : '') + (ev.main ? ', main event' : ''));
    row('Confidence', String(ev.conf));
    row('Document', ev.doc + (ev.src && ev.src !== ev.doc ? ' \u2014 ' + ev.src : ''));
    td.appendChild(meta);
    tr.appendChild(td);
    return tr;
  }

  function toggle(r) {
    r.open = !r.open;
    if (r.open && !r.detail) r.detail = detailNode(r.ev);
    if (r.open) r.tr.parentNode.insertBefore(r.detail, r.tr.nextSibling);
    else if (r.detail && r.detail.parentNode) r.detail.parentNode.removeChild(r.detail);
    var b = r.tr.querySelector('button.toggle');
    b.textContent = r.open ? '\u25BE' : '\u25B8';
    b.setAttribute('aria-expanded', r.open ? 'true' : 'false');
  }

  function matches(ev) {
    if (state.type && ev.type !== state.type) return false;
    if (state.actor) {
      var q = fold(state.actor);
      if (!ev._actors.some(function (a) { return a.indexOf(q) >= 0; })) return false;
    }
    if (state.place && (!ev.place || ev.place.toLowerCase().indexOf(state.place.toLowerCase()) < 0) &&
        (!ev.placeCountry || ev.placeCountry.toLowerCase() !== state.place.toLowerCase())) return false;
    if (state.from && (!ev.end || ev.end < state.from)) return false;
    if (state.to && (!ev.start || ev.start > state.to)) return false;
    if (state.period && (ev.period !== state.period || ev.type !== state.ptype)) return false;
    return true;
  }

  var chip = document.getElementById('timeline-filter');
  function apply() {
    shownRows = rows.filter(function (r) { return matches(r.ev); });
    page = 0;
    renderPage();
    countEl.textContent = String(shownRows.length);
    if (state.period) {
      var label = state.period;
      DATA.timeline.forEach(function (t) { if (t.period === state.period) label = t.label; });
      chip.hidden = false;
      chip.querySelector('span').textContent = 'Timeline: ' + label + ', ' + state.ptype;
    } else chip.hidden = true;
  }

  function fill(listId, obj) {
    var dl = document.getElementById(listId);
    Object.keys(obj).sort().forEach(function (k) { dl.appendChild(el('option', { value: k })); });
  }
  fill('actor-list', actorNames);
  fill('place-list', placeNames);
  var typeSel = document.getElementById('filter-type');
  DATA.types.forEach(function (t) { typeSel.appendChild(el('option', { value: t }, t)); });
  function bind(id, key) {
    var input = document.getElementById(id);
    var h = function () { state[key] = input.value.trim(); apply(); };
    input.addEventListener('input', h); input.addEventListener('change', h);
  }
  bind('filter-type', 'type'); bind('filter-actor', 'actor'); bind('filter-place', 'place');
  bind('filter-from', 'from'); bind('filter-to', 'to');
  function clearTimeline() { state.period = null; state.ptype = null; apply(); }
  chip.querySelector('button').addEventListener('click', clearTimeline);
  document.getElementById('filter-clear').addEventListener('click', function () {
    ['filter-type', 'filter-actor', 'filter-place', 'filter-from', 'filter-to'].forEach(function (id) { document.getElementById(id).value = ''; });
    state = { type: '', actor: '', place: '', from: '', to: '', period: null, ptype: null };
    apply();
  });
  apply();

  // ---- entities table filter
  var entFilter = document.getElementById('entities-filter');
  var entType = document.getElementById('entities-type');
  function applyEntities() {
    var q = entFilter.value.trim().toLowerCase(), t = entType.value, n = 0;
    document.querySelectorAll('#entities-table tbody tr').forEach(function (tr) {
      var ok = (!t || tr.getAttribute('data-type') === t) && (!q || tr.textContent.toLowerCase().indexOf(q) >= 0);
      tr.hidden = !ok; if (ok) n++;
    });
    document.getElementById('entities-count').textContent = String(n);
  }
  entFilter.addEventListener('input', applyEntities); entType.addEventListener('change', applyEntities);

  // ---- charts
  window.__reportViews = {};
  var pending = [];
  function embed(id, spec, mode, onView) {
    var target = document.getElementById(id);
    if (!spec || !target) return;
    if (typeof window.vegaEmbed !== 'function') { target.appendChild(el('p', { 'class': 'empty' }, 'Charts unavailable: vega-embed did not load.')); return; }
    pending.push(window.vegaEmbed(target, spec, { mode: mode, renderer: 'svg', actions: false, logLevel: 1 }).then(function (res) {
      window.__reportViews[id] = res.view;
      if (onView) onView(res.view);
    }, function (err) {
      target.appendChild(el('p', { 'class': 'empty chart-error' }, 'Chart failed: ' + (err && err.message ? err.message : err)));
      console.error('chart ' + id + ' failed', err);
    }));
  }
  embed('timeline', DATA.specs.timeline, 'vega-lite', function (view) {
    view.addEventListener('click', function (e, item) {
      var d = item && item.datum;
      if (d && d.key && d.type) { state.period = d.key; state.ptype = d.type; apply(); }
      else if (state.period) clearTimeline();
    });
  });
  embed('places-chart', DATA.specs.places, 'vega-lite');
  embed('network', DATA.specs.network, 'vega');
  Promise.all(pending).then(function () { document.body.setAttribute('data-ready', 'true'); });
})();
`;

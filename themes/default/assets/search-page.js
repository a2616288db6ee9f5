/* The search page: asks kb serve's API when there is one, and otherwise answers from the static index
 * the build wrote (search-index.json, with search.js), so search works on any static web server. */
(function () {
  'use strict';
  var script = document.currentScript;
  var indexUrl = script.getAttribute('data-index');
  var apiUrl = script.getAttribute('data-api');
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var facetsBox = document.getElementById('search-facets');
  var facetsToggle = document.getElementById('search-facets-toggle');
  // The facets stand beside the results on a wide screen; on a narrow one they wait behind their toggle, so the
  // first result is on the first screen.
  var wide = window.matchMedia('(min-width: 60rem)');
  var FILTERS = ['kind', 'need', 'crime_type', 'borough'];
  var FACET_NAMES = { kind: 'Kind', need: 'Need', crime_type: 'Crime type', borough: 'Borough' };
  var staticEngine = null;

  function params() { return new URLSearchParams(window.location.search); }

  function filtersFrom(p) {
    var filters = {};
    FILTERS.forEach(function (key) {
      var value = p.get(key);
      if (value) { filters[key] = [value]; }
    });
    return filters;
  }

  function fromServer(query, filters) {
    if (!apiUrl || window.location.protocol === 'file:') { return Promise.reject(new Error('no server')); }
    var url = apiUrl + '?limit=50&q=' + encodeURIComponent(query);
    Object.keys(filters).forEach(function (key) { url += '&' + key + '=' + encodeURIComponent(filters[key][0]); });
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') < 0) { throw new Error('no API'); }
      return response.json();
    });
  }

  function fromStaticIndex(query, filters) {
    if (!staticEngine) { staticEngine = window.KbSearch.load(indexUrl); }
    return staticEngine.then(function (engine) { return engine.search(query, 50, filters); });
  }

  function link(text, href) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function render(query, filters, answer) {
    list.textContent = '';
    var total = answer.total || 0;
    // The count stays when the answer also says how the query was read ("... was read as Southwark").
    status.textContent = total === 0
      ? (answer.message || 'No entries match \u201c' + query + '\u201d. Try fewer or other words, or browse the menu of options.')
      : total + (total === 1 ? ' entry matches' : ' entries match') + ' \u201c' + query + '\u201d.' + (answer.message ? ' ' + answer.message : '');
    (answer.results || []).forEach(function (hit) {
      var item = document.createElement('li');
      item.className = 'result';
      var heading = document.createElement('h2');
      heading.className = 'result-title';
      heading.appendChild(link(hit.title, hit.url));
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      meta.textContent = hit.kind.charAt(0).toUpperCase() + hit.kind.slice(1);
      var snippet = document.createElement('p');
      snippet.className = 'result-snippet';
      snippet.innerHTML = hit.snippet; // HTML-escaped by the engine, with <mark> around matches only.
      item.appendChild(heading);
      item.appendChild(meta);
      var evidence = hit.evidence ? window.KbEvidence.scale(document, hit.evidence) : null;
      if (evidence) {
        var facts = document.createElement('p');
        facts.className = 'result-evidence';
        facts.appendChild(evidence);
        item.appendChild(facts);
      }
      item.appendChild(snippet);
      list.appendChild(item);
    });
    renderFacets(query, filters, answer.facets || {});
  }

  function renderFacets(query, filters, facets) {
    facetsBox.textContent = '';
    var any = false;
    FILTERS.forEach(function (key) {
      var counts = (facets[key] || []).filter(function (c) { return c.count > 0; });
      if (counts.length === 0) { return; }
      any = true;
      var title = document.createElement('h2');
      title.textContent = FACET_NAMES[key];
      var ul = document.createElement('ul');
      counts.slice(0, 12).forEach(function (c) {
        var p = params();
        var active = p.get(key) === c.value;
        if (active) { p.delete(key); } else { p.set(key, c.value); }
        var li = document.createElement('li');
        var a = link((active ? '\u2715 ' : '') + c.name + ' (' + c.count + ')', '?' + p.toString());
        if (active) { a.setAttribute('aria-current', 'true'); }
        li.appendChild(a);
        ul.appendChild(li);
      });
      facetsBox.appendChild(title);
      facetsBox.appendChild(ul);
    });
    facetsToggle.hidden = !any;
    facetsToggle.open = wide.matches;
  }

  function run() {
    var p = params();
    var query = (p.get('q') || '').trim();
    input.value = query;
    FILTERS.forEach(function (key) {
      var select = document.getElementById('filter-' + key);
      if (select) { select.value = p.get(key) || ''; }
    });
    if (!query && Object.keys(filtersFrom(p)).length === 0) { status.textContent = ''; return; }
    status.textContent = 'Searching\u2026';
    var filters = filtersFrom(p);
    fromServer(query, filters)
      .catch(function () { return fromStaticIndex(query, filters); })
      .then(function (answer) { render(query, filters, answer); })
      .catch(function () { status.textContent = 'Search is unavailable right now; browse the menu of options instead.'; });
  }

  // Empty filters stay out of the address, so a shared link shows only what was chosen.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var p = new URLSearchParams();
    p.set('q', input.value.trim());
    FILTERS.forEach(function (key) {
      var select = document.getElementById('filter-' + key);
      if (select && select.value) { p.set(key, select.value); }
    });
    window.history.pushState(null, '', '?' + p.toString());
    run();
  });
  window.addEventListener('popstate', run);
  run();
})();

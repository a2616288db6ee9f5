/* The menu of options page: reads the form (or the address, so a menu can be shared as a link), asks kb serve's
 * /api/menu when there is one, and otherwise ranks in the browser with menu.js from menu-data.json. */
(function () {
  'use strict';
  var form = document.getElementById('menu-form');
  var output = document.querySelector('[data-menu-output]');
  var profileLine = document.getElementById('menu-profile');
  var results = document.getElementById('menu-answer');
  var printButton = document.getElementById('menu-print');
  var api = form.getAttribute('data-menu-api');
  var dataUrl = form.getAttribute('data-menu-data');
  var FIELDS = { need: 'needs', crime_type: 'crime_types', gang_type: 'gang_types', borough: 'boroughs', community: 'communities', audience: 'audiences', focus: 'focus' };
  var LIMIT = 5;
  var local = null;

  function fromForm() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim().length > 0) { p.append(key, String(value).trim()); }
    });
    return p;
  }

  function fill(p) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name="need"]'), function (box) { box.checked = p.getAll('need').indexOf(box.value) >= 0; });
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) { select.value = p.get(select.name) || ''; });
    form.querySelector('textarea[name="text"]').value = p.get('text') || '';
  }

  // A value from the address that is no option of the form ("audience=teachers", "need=prevnetion") leaves its list
  // blank or its box unticked: once the answer has read it, the form shows what it was read as (a list, when it was
  // read as one term).
  function showRead(p, profile) {
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
      var read = profile[FIELDS[select.name]] || [];
      if (select.value === '' && p.get(select.name) && read.length === 1) { select.value = read[0]; }
    });
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="need"]'));
    var unticked = p.getAll('need').some(function (value) { return !boxes.some(function (box) { return box.value === value; }); });
    if (unticked) { boxes.forEach(function (box) { box.checked = (profile.needs || []).indexOf(box.value) >= 0; }); }
  }

  function fromServer(p) {
    if (!api || window.location.protocol === 'file:') { return Promise.reject(new Error('no server')); }
    return fetch(api + '?limit=' + LIMIT + (p.toString() ? '&' + p.toString() : ''), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if ((response.headers.get('Content-Type') || '').indexOf('application/json') < 0) { throw new Error('no API'); }
        return response.json().then(function (body) {
          return response.ok ? body : { profile: {}, options: [], groups: [], message: body.error || 'The menu could not answer.' };
        });
      });
  }

  function fromData(p) {
    if (!local) {
      local = fetch(dataUrl).then(function (r) { return r.json(); }).then(function (data) { return new window.GangsMenu.MenuEngine(data); });
    }
    var raw = { text: p.get('text') || '' };
    Object.keys(FIELDS).forEach(function (key) { raw[FIELDS[key]] = p.getAll(key); });
    return local.then(function (engine) { return engine.recommend(raw, LIMIT); });
  }

  function describe(profile) {
    var parts = [];
    Object.keys(FIELDS).forEach(function (key) {
      (profile[FIELDS[key]] || []).forEach(function (slug) {
        var option = form.querySelector('[name="' + key + '"][value="' + slug + '"], #menu-' + key + ' option[value="' + slug + '"]');
        parts.push(option ? (option.textContent || option.parentNode.textContent).trim() : slug);
      });
    });
    if (profile.text) { parts.push('\u201c' + profile.text + '\u201d'); }
    return parts.length === 0 ? 'No problem described yet: the best-supported options for each need.' : 'Options for: ' + parts.join(' \u00b7 ');
  }

  // After "Recommend options" the results take focus and scroll into view; on load and history moves they do not.
  function answer(p, moveFocus) {
    output.setAttribute('aria-busy', 'true');
    return fromServer(p)
      .catch(function () { return fromData(p); })
      .then(function (result) {
        window.GangsMenu.render(output, result);
        profileLine.textContent = result.message ? '' : describe(result.profile || {});
        if (!result.message) { showRead(p, result.profile || {}); }
        printButton.hidden = !!result.message;
        stampDate();
        if (moveFocus) {
          results.focus();
          if (results.scrollIntoView) { results.scrollIntoView({ block: 'start' }); }
        }
      })
      .catch(function () { output.textContent = 'The menu is unavailable right now; browse by need or crime type below.'; })
      .then(function () { output.removeAttribute('aria-busy'); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var p = fromForm();
    window.history.pushState(null, '', p.toString() ? '?' + p.toString() : window.location.pathname);
    answer(p, true);
  });
  // The briefing says when it was printed (the reader's date, never the build's): stamped with each answer, as
  // not every way of printing tells the page first, and again before a print.
  function stampDate() {
    // A CSS string, so the print style can put the origin before each option's root-relative address.
    document.documentElement.style.setProperty('--site-origin', JSON.stringify(window.location.origin));
    var printed = document.getElementById('menu-printed');
    if (printed) { printed.textContent = 'Printed ' + new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) + ' from ' + window.location.href; }
  }
  window.addEventListener('beforeprint', stampDate);
  printButton.addEventListener('click', function () { stampDate(); window.print(); });
  window.addEventListener('popstate', function () { var p = new URLSearchParams(window.location.search); fill(p); answer(p); });

  var initial = new URLSearchParams(window.location.search);
  fill(initial);
  answer(initial);
})();

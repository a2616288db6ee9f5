// kb serve only: reloads the page when a rebuild succeeds, and shows the diagnostics when it fails.
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var source = new EventSource('/_kb/events');
  var box = null;
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('errors', function (event) {
    if (!box) {
      box = document.createElement('pre');
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:1rem;' +
        'background:#1b1f24;color:#ffdd57;font:13px/1.4 monospace;z-index:1000;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = 'The last edit has errors; this page shows the previous build.\n\n' + event.data;
  });
})();

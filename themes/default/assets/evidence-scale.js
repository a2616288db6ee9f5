/* The evidence scale for results the scripts draw (menu.js, search-page.js), element for element as
 * partials/evidence-scale.sbnhtml draws it on the server's pages: four bars rising, the level's filled, and the
 * level in words. A browser test compares the two. */
(function (root) {
  'use strict';
  var NAMES = { 'evaluated': 'Evaluated', 'reported-success': 'Reported success', 'in-development': 'In development', 'untested': 'Untested' };
  var STEPS = { 'evaluated': 4, 'reported-success': 3, 'in-development': 2, 'untested': 1 };
  // Each bar's x, y and height, as the partial writes them.
  var BARS = [['0.5', '9.5', '4'], ['6.5', '6.5', '7'], ['12.5', '3.5', '10'], ['18.5', '0.5', '13']];
  var SVG = 'http://www.w3.org/2000/svg';

  function attrs(node, values) {
    Object.keys(values).forEach(function (k) { node.setAttribute(k, values[k]); });
    return node;
  }

  /** The scale for an evidence level id ('reported-success'), or null for none or an unknown level. */
  function scale(doc, level) {
    if (!Object.prototype.hasOwnProperty.call(NAMES, level)) { return null; }
    var span = attrs(doc.createElement('span'), { 'class': 'evidence-scale evidence-' + level });
    var mark = attrs(doc.createElementNS(SVG, 'svg'), { 'class': 'evidence-mark', width: '23', height: '14', viewBox: '0 0 23 14', 'aria-hidden': 'true', focusable: 'false' });
    BARS.forEach(function (bar, i) {
      mark.appendChild(attrs(doc.createElementNS(SVG, 'rect'), { x: bar[0], y: bar[1], width: '4', height: bar[2], fill: i < STEPS[level] ? 'currentColor' : 'none', stroke: 'currentColor' }));
    });
    span.appendChild(mark);
    span.appendChild(doc.createTextNode(' '));
    var label = attrs(doc.createElement('span'), { 'class': 'evidence-label' });
    label.textContent = 'Evidence:';
    span.appendChild(label);
    span.appendChild(doc.createTextNode(' ' + NAMES[level]));
    return span;
  }

  root.KbEvidence = { scale: scale, NAMES: NAMES };
})(window);

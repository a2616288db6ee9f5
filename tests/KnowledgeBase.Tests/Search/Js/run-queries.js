// Runs queries through search.js for the parity tests: node run-queries.js SEARCH_JS INDEX_JSON QUERIES_JSON
// QUERIES_JSON is [{"q": "...", "limit": 10, "filters": {...}}]; prints [{"q", "total", "slugs", "scores", "message", "snippets"}].
'use strict';
const fs = require('fs');
const KbSearch = require(process.argv[2]);
const engine = new KbSearch(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
const queries = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const out = queries.map(x => {
  const r = engine.search(x.q, x.limit, x.filters);
  return { q: x.q, total: r.total, slugs: r.results.map(h => h.slug), scores: r.results.map(h => h.score),
    message: r.message, snippets: r.results.map(h => h.snippet), facets: r.facets };
});
process.stdout.write(JSON.stringify(out));

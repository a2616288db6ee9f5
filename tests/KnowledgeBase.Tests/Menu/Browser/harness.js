// Runs assets/menu.js under Node for the C# tests: node harness.js MENU_JS DATA_JSON REQUESTS_JSON
// REQUESTS_JSON is [{"id", "profile": {...raw profile...}, "limit"}]; prints [{"id", "answer"}] as JSON.
'use strict';
const fs = require('fs');
const [menuJs, dataPath, requestsPath] = process.argv.slice(2);
const menu = require(menuJs);
const engine = new menu.MenuEngine(JSON.parse(fs.readFileSync(dataPath, 'utf8')));
const requests = JSON.parse(fs.readFileSync(requestsPath, 'utf8'));
const answers = requests.map(r => ({ id: r.id, answer: engine.recommend(r.profile, r.limit) }));
process.stdout.write(JSON.stringify(answers));

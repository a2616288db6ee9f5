/* search.js: the Gangs Manual's search in the browser. Vanilla ES2017, no libraries.
 * It answers the same query language as the server (KnowledgeBase.Search) from the static index
 * (search-index.json), with the same analysis: each function below mirrors a C# type, named in its comment.
 * Use: KbSearch.load('/search-index.json').then(s => s.search('knife crime', 10, {borough: ['lambeth']}))
 * Every snippet is HTML-escaped text with matches in <mark>. */
(function (root) {
  'use strict';

  // ---- Analysis (CharFolding, Tokenizer, EnglishStemmer, SpellingNormalizer, TextAnalyzer) ----

  function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
      (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7) || (c >= 0x300 && c <= 0x36F) ||
      (c >= 0x370 && c <= 0x3FF && c !== 0x37E && c !== 0x387) || (c >= 0x400 && c <= 0x4FF) ||
      (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
  }
  function isApostrophe(c) { return c === 39 || c === 0x2019; }
  function isHyphen(c) { return c === 45 || c === 0x2010 || c === 0x2011; }

  function Analyzer(tables) {
    this.latin = tables.latin;
    this.stop = new Set(tables.stopWords);
    this.wordForms = tables.wordForms;
    this.rootForms = tables.rootForms;
    this.suffixForms = tables.suffixForms;
    this.cache = new Map();
  }

  Analyzer.prototype.fold = function (text, start, end) {
    let out = '';
    if (end - start >= 3 && text[end - 1] === 's' && /^[A-Z0-9]+$/.test(text.slice(start, end - 1))) end--;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isApostrophe(c)) {
        if (k + 2 === end && (text[k + 1] === 's' || text[k + 1] === 'S')) break;
        continue;
      }
      if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      else if (c >= 0xC0 && c <= 0x17F) out += this.latin[c - 0xC0];
      else if (c >= 0x300 && c <= 0x36F) continue;
      else out += text[k].toLowerCase();
    }
    return out;
  };

  /** Tokenizer.Tokenize: [{text, start, end, hyphenated}] */
  Analyzer.prototype.tokenize = function (text) {
    const tokens = [];
    const n = text.length;
    let i = 0, previousEnd = -2;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      while (i < n && (isWordChar(text.charCodeAt(i)) ||
        (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))))) i++;
      const hyphenated = start - previousEnd === 1 && isHyphen(text.charCodeAt(start - 1));
      previousEnd = i;
      if (i - start > 48) continue;
      const folded = this.fold(text, start, i);
      if (folded.length > 0) tokens.push({ text: folded, start: start, end: i, hyphenated: hyphenated });
    }
    return tokens;
  };

  Analyzer.prototype.isStop = function (w) { return this.stop.has(w); };

  Analyzer.prototype.term = function (folded) {
    let t = this.cache.get(folded);
    if (t === undefined) { t = this.compute(folded); this.cache.set(folded, t); }
    return t;
  };

  Analyzer.prototype.terms = function (text) {
    return this.tokenize(text).map(t => this.term(t.text));
  };

  Analyzer.prototype.compute = function (folded) {
    const word = this.normalize(folded);
    return /[0-9]/.test(word) ? word : stem(word);
  };

  /** SpellingNormalizer.Normalize */
  Analyzer.prototype.normalize = function (word) {
    if (Object.prototype.hasOwnProperty.call(this.wordForms, word)) return this.wordForms[word];
    for (const r of this.rootForms) {
      if (word.startsWith(r[0])) { word = r[1] + word.slice(r[0].length); break; }
    }
    for (const r of this.suffixForms) {
      if (word.endsWith(r[0]) && word.length - r[0].length >= parseInt(r[2], 10)) {
        word = word.slice(0, word.length - r[0].length) + r[1];
        break;
      }
    }
    for (const ending of ['lled', 'lling', 'llers', 'ller']) {
      const before = word.length - ending.length;
      if (before >= 3 && word.endsWith(ending) && 'aeiou'.indexOf(word[before - 1]) >= 0) {
        return word.slice(0, before + 1) + ending.slice(2);
      }
    }
    return word;
  };

  // ---- Porter2 (EnglishStemmer) ----
  const EX1 = { skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
    atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes' };
  const EX2 = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
  const S1B = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'];
  const S2 = ['ization', 'ational', 'fulness', 'ousness', 'iveness', 'tional', 'biliti', 'lessli', 'entli', 'ation',
    'alism', 'aliti', 'ousli', 'iviti', 'fulli', 'enci', 'anci', 'abli', 'izer', 'ator', 'alli', 'bli', 'ogi', 'li'];
  const R2 = ['ize', 'ate', 'ful', 'ous', 'ive', 'tion', 'ble', 'less', 'ent', 'ate',
    'al', 'al', 'ous', 'ive', 'ful', 'ence', 'ance', 'able', 'ize', 'ate', 'al', 'ble', 'og', ''];
  const S3 = ['ational', 'tional', 'alize', 'icate', 'iciti', 'ative', 'ical', 'ness', 'ful'];
  const R3 = ['ate', 'tion', 'al', 'ic', 'ic', '', 'ic', '', ''];
  const S4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive',
    'ize', 'ion', 'al', 'er', 'ic'];

  function isVowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y'; }
  function regionStart(w, from) {
    let i = from;
    while (i < w.length && !isVowel(w[i])) i++;
    i++;
    while (i < w.length && isVowel(w[i])) i++;
    return Math.min(i + 1, w.length);
  }
  function endsShort(w) {
    const n = w.length;
    if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
    return n >= 3 && !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(w[n - 1]) &&
      w[n - 1] !== 'w' && w[n - 1] !== 'x' && w[n - 1] !== 'Y';
  }
  function hasVowel(w, end) { for (let i = 0; i < end; i++) if (isVowel(w[i])) return true; return false; }
  function longest(w, list) { for (const s of list) if (w.endsWith(s)) return s; return null; }
  function cut(w, n) { return w.slice(0, w.length - n); }

  function stem(word) {
    if (word.length <= 2) return word;
    if (Object.prototype.hasOwnProperty.call(EX1, word)) return EX1[word];
    let c = word.split('');
    if (c[0] === 'y') c[0] = 'Y';
    for (let i = 1; i < c.length; i++) if (c[i] === 'y' && isVowel(c[i - 1])) c[i] = 'Y';
    let w = c.join('');
    const p1 = w.startsWith('gener') || w.startsWith('arsen') ? 5 : w.startsWith('commun') ? 6 : regionStart(w, 0);
    const p2 = regionStart(w, p1);
    // Step 1a
    if (w.endsWith('sses')) w = cut(w, 2);
    else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length > 4 ? cut(w, 3) + 'i' : cut(w, 3) + 'ie';
    else if (w.endsWith('us') || w.endsWith('ss')) { /* unchanged */ }
    else if (w.endsWith('s') && hasVowel(w, w.length - 2)) w = cut(w, 1);
    if (!EX2.has(w)) {
      w = step1b(w, p1);
      const n = w.length;
      if (n > 2 && (w[n - 1] === 'y' || w[n - 1] === 'Y') && !isVowel(w[n - 2])) w = cut(w, 1) + 'i';
      let s = longest(w, S2);
      if (s !== null && w.length - s.length >= p1) {
        const st = cut(w, s.length);
        if (!(s === 'ogi' && !st.endsWith('l')) && !(s === 'li' && (st.length === 0 || 'cdeghkmnrt'.indexOf(st[st.length - 1]) < 0))) {
          w = st + R2[S2.indexOf(s)];
        }
      }
      s = longest(w, S3);
      if (s !== null && w.length - s.length >= p1 && !(s === 'ative' && w.length - s.length < p2)) {
        w = cut(w, s.length) + R3[S3.indexOf(s)];
      }
      s = longest(w, S4);
      if (s !== null && w.length - s.length >= p2) {
        const st = cut(w, s.length);
        if (!(s === 'ion' && !(st.endsWith('s') || st.endsWith('t')))) w = st;
      }
      const m = w.length;
      if (w.endsWith('e')) {
        const st = cut(w, 1);
        if (m - 1 >= p2 || (m - 1 >= p1 && !endsShort(st))) w = st;
      } else if (w.endsWith('l') && m - 1 >= p2 && m >= 2 && w[m - 2] === 'l') {
        w = cut(w, 1);
      }
    }
    return w.replace(/Y/g, 'y');
  }

  function step1b(w, p1) {
    const s = longest(w, S1B);
    if (s === null) return w;
    if (s === 'eed' || s === 'eedly') return w.length - s.length >= p1 ? cut(w, s.length) + 'ee' : w;
    const st = cut(w, s.length);
    if (!hasVowel(st, st.length)) return w;
    if (st.endsWith('at') || st.endsWith('bl') || st.endsWith('iz')) return st + 'e';
    const n = st.length;
    if (n >= 2 && st[n - 1] === st[n - 2] && 'bdfgmnprt'.indexOf(st[n - 1]) >= 0) return cut(st, 1);
    return p1 === n && endsShort(st) ? st + 'e' : st;
  }

  /** EditDistance.Within: optimal string alignment, or max + 1 once it must exceed max. */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const n = a.length, m = b.length;
    let prev2 = new Array(m + 1).fill(0), prev = new Array(m + 1), row = new Array(m + 1).fill(0);
    for (let j = 0; j <= m; j++) prev[j] = j;
    for (let i = 1; i <= n; i++) {
      row[0] = i;
      let best = i;
      for (let j = 1; j <= m; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        row[j] = d;
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      const t = prev2; prev2 = prev; prev = row; row = t;
    }
    return Math.min(prev[m], max + 1);
  }

  // ---- Lexicon (CompiledLexicon) ----

  function contentTerms(an, text) {
    return an.tokenize(text).filter(t => !an.isStop(t.text)).map(t => an.term(t.text));
  }
  function pushTo(map, key, value) { const l = map.get(key); if (l) l.push(value); else map.set(key, [value]); }
  function same(a, b) { return a.length === b.length && a.every((x, i) => x === b[i]); }

  function Lexicon(lex, an) {
    this.groups = [];
    this.groupsByTerm = new Map();
    this.acronymsByTerm = new Map();
    this.acronymsByFirstWord = new Map();
    for (const group of lex.synonyms) {
      const members = [];
      for (const phrase of group) {
        const c = contentTerms(an, phrase);
        if (c.length > 0 && !members.some(m => same(m, c))) members.push(c);
      }
      if (members.length > 1) {
        const g = { members: members };
        this.groups.push(g);
        for (const m of members) if (m.length === 1) pushTo(this.groupsByTerm, m[0], g);
      }
    }
    this.acronyms = [];
    for (const entry of lex.glossary) {
      const written = an.tokenize(entry[0]);
      const content = contentTerms(an, entry[1]);
      if (written.length === 0 || content.length === 0) continue;
      const terms = written.map(t => an.term(t.text));
      const a = { terms: terms, expansionTerms: an.terms(entry[1]), expansionContent: content,
        token: terms.join('_'), expansionToken: content.join('_') };
      this.acronyms.push(a);
      if (terms.length === 1) pushTo(this.acronymsByTerm, terms[0], a);
    }
    this.phrases = new Map();
    for (const g of this.groups) {
      for (const m of g.members) if (m.length > 1) pushTo(this.phrases, m[0], { terms: m, group: g, acronym: null, expansion: false });
    }
    for (const a of this.acronyms) {
      if (a.expansionContent.length > 0) pushTo(this.phrases, a.expansionContent[0], { terms: a.expansionContent, group: null, acronym: a, expansion: true });
      if (a.terms.length > 1) pushTo(this.phrases, a.terms[0], { terms: a.terms, group: null, acronym: a, expansion: false });
    }
    for (const list of this.phrases.values()) {
      list.sort((x, y) => (y.terms.length - x.terms.length) || compare(x.terms.join('_'), y.terms.join('_')));
    }
  }
  Lexicon.prototype.groupsWith = function (t) { return this.groupsByTerm.get(t) || []; };
  Lexicon.prototype.acronymsFor = function (t) { return this.acronymsByTerm.get(t) || []; };

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // ---- Vocabulary (IndexVocabulary) and facets (FacetCatalog, FilterKeys) ----

  function Vocabulary(index, df, an) {
    this.df = df;
    this.words = index.words.map(w => w[0]);
    this.wordTerms = index.words.map(w => index.terms[w[1]]);
    this.byLength = new Map();
    this.words.forEach((w, i) => { if (!an.isStop(w)) pushTo(this.byLength, w.length, i); });
  }
  Vocabulary.prototype.contains = function (t) { return this.df.has(t); };
  Vocabulary.prototype.freq = function (t) { return this.df.get(t) || 0; };
  function maxEdits(n) { return n < 4 ? 0 : n < 6 ? 1 : 2; }
  Vocabulary.prototype.corrections = function (folded) {
    const max = maxEdits(folded.length);
    const found = [];
    for (let len = folded.length - max; len <= folded.length + max; len++) {
      for (const id of this.byLength.get(len) || []) {
        const d = editDistance(folded, this.words[id], max);
        if (d <= max) found.push({ d: d, word: this.words[id], term: this.wordTerms[id] });
      }
    }
    if (found.length === 0) return [];
    const best = Math.min.apply(null, found.map(f => f.d));
    const result = [];
    found.filter(f => f.d === best)
      .sort((a, b) => (this.freq(b.term) - this.freq(a.term)) || compare(a.word, b.word))
      .forEach(f => { if (result.length < 3 && !result.some(r => r.term === f.term)) result.push(f); });
    return result;
  };
  Vocabulary.prototype.prefixTerms = function (prefix) {
    let lo = 0, hi = this.words.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.words[mid] < prefix) lo = mid + 1; else hi = mid; }
    const terms = new Set();
    for (let i = lo; i < this.words.length && this.words[i].startsWith(prefix); i++) terms.add(this.wordTerms[i]);
    return Array.from(terms).sort((a, b) => (this.freq(b) - this.freq(a)) || compare(a, b)).slice(0, 8);
  };

  const FILTER_KEYS = { kind: 'kind', type: 'kind', need: 'need', needs: 'need', crime: 'crime_type', crimes: 'crime_type',
    crime_type: 'crime_type', crime_types: 'crime_type', 'crime-type': 'crime_type', gang: 'gang_type', gangs: 'gang_type',
    gang_type: 'gang_type', gang_types: 'gang_type', 'gang-type': 'gang_type', focus: 'focus', borough: 'borough',
    boroughs: 'borough', community: 'community', communities: 'community', audience: 'audience', audiences: 'audience',
    status: 'status' };
  function facetOf(key) { const k = key.toLowerCase(); return Object.prototype.hasOwnProperty.call(FILTER_KEYS, k) ? FILTER_KEYS[k] : null; }

  function Catalog(lex, used, an) {
    const key = text => an.terms(text).join(' ');
    this.key = key;
    this.names = new Map();
    const name = f => { if (!this.names.has(f)) this.names.set(f, new Map()); return this.names.get(f); };
    for (const f of Object.keys(lex.facetValues).sort(compare)) {
      for (const v of Object.keys(lex.facetValues[f]).sort(compare)) name(f).set(v, lex.facetValues[f][v]);
    }
    for (const p of used) {
      const m = name(p[0]);
      if (!m.has(p[1])) m.set(p[1], p[1].length === 0 ? p[1] : p[1][0].toUpperCase() + p[1].slice(1).replace(/-/g, ' '));
    }
    this.lookup = new Map();
    for (const f of Array.from(this.names.keys()).sort(compare)) {
      const keys = new Map();
      this.lookup.set(f, keys);
      const values = Array.from(this.names.get(f).keys()).sort(compare);
      for (const v of values) {
        const k = key(v); if (!keys.has(k)) keys.set(k, v);
        const n = key(this.names.get(f).get(v)); if (!keys.has(n)) keys.set(n, v);
      }
      for (const group of lex.synonyms) {
        let value = null;
        for (const p of group) { const v = keys.get(key(p)); if (v !== undefined) { value = v; break; } }
        if (value !== null) for (const p of group) { const k = key(p); if (!keys.has(k)) keys.set(k, value); }
      }
    }
  }
  Catalog.prototype.nameOf = function (f, v) { const m = this.names.get(f); return m && m.has(v) ? m.get(v) : v; };
  Catalog.prototype.values = function (f) { const m = this.names.get(f); return m ? Array.from(m.keys()).sort(compare) : []; };
  Catalog.prototype.resolve = function (f, typed) { const m = this.lookup.get(f); const v = m ? m.get(this.key(typed)) : undefined; return v === undefined ? null : v; };
  function facetToken(f, v) { return (f + '__' + v).toLowerCase().replace(/-/g, '_').replace(/ /g, '_'); }

  // ---- Query language (QueryLexer, QueryParser) ----

  const QUOTES = '"\u201C\u201D\u201E';
  function isQuote(ch) { return QUOTES.indexOf(ch) >= 0; }
  function nextQuote(q, from) { for (let i = from; i < q.length; i++) if (isQuote(q[i])) return i; return -1; }

  function lex(query) {
    const q = query.replace(/[\u0000-\u001F\u007F-\u009F\s]/g, ' ');
    const tokens = [];
    let i = 0, negate = false;
    while (i < q.length) {
      const c = q[i];
      if (c === ' ') { negate = false; i++; }
      else if (c === '(' || c === ')') { tokens.push({ kind: c === '(' ? 'open' : 'close', text: c, negated: negate && c === '(' }); negate = false; i++; }
      else if ((c === '-' || c === '+') && !negate && i + 1 < q.length && q[i + 1] !== ' ' && (i === 0 || q[i - 1] === ' ' || q[i - 1] === '(')) { negate = c === '-'; i++; }
      else if (isQuote(c)) {
        const close = nextQuote(q, i + 1);
        if (close >= 0) { tokens.push({ kind: 'phrase', text: q.slice(i + 1, close), negated: negate }); i = close + 1; } else i++;
        negate = false;
      } else {
        const start = i;
        while (i < q.length && q[i] !== ' ' && q[i] !== '(' && q[i] !== ')' && !isQuote(q[i])) i++;
        const chunk = q.slice(start, i);
        if (chunk === 'AND' || chunk === '&&') tokens.push({ kind: 'and', text: chunk });
        else if (chunk === 'OR' || chunk === '||') tokens.push({ kind: 'or', text: chunk });
        else if (chunk === 'NOT') tokens.push({ kind: 'not', text: chunk });
        else {
          const colon = chunk.indexOf(':');
          if (colon > 0 && facetOf(chunk.slice(0, colon)) !== null) {
            let value = chunk.slice(colon + 1);
            if (value.length === 0 && i < q.length && isQuote(q[i])) {
              const close = nextQuote(q, i + 1);
              if (close >= 0) { value = q.slice(i + 1, close); i = close + 1; }
            }
            tokens.push({ kind: 'filter', text: value, negated: negate, key: chunk.slice(0, colon).toLowerCase() });
          } else tokens.push({ kind: 'word', text: chunk, negated: negate });
        }
        negate = false;
      }
    }
    return tokens;
  }

  function parse(tokens) {
    const isOp = t => t.kind === 'and' || t.kind === 'or' || t.kind === 'not';
    let node = new Parser(tokens).top();
    if (node === null && tokens.some(isOp)) node = new Parser(tokens.map(t => isOp(t) ? { kind: 'word', text: t.text } : t)).top();
    return node;
  }
  function Parser(tokens) { this.t = tokens; this.p = 0; this.depth = 0; }
  Parser.prototype.peek = function () { return this.p < this.t.length ? this.t[this.p] : null; };
  Parser.prototype.top = function () {
    const parts = [];
    while (this.peek() !== null) {
      if (this.peek().kind === 'close') { this.p++; continue; }
      const n = this.or(); if (n !== null) parts.push(n);
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { type: 'and', children: parts, explicit: false };
  };
  Parser.prototype.or = function () {
    const options = [];
    const first = this.and(); if (first !== null) options.push(first);
    while (this.peek() !== null && this.peek().kind === 'or') { this.p++; const n = this.and(); if (n !== null) options.push(n); }
    return options.length === 0 ? null : options.length === 1 ? options[0] : { type: 'or', children: options };
  };
  Parser.prototype.and = function () {
    const items = [];
    let written = false, tok;
    while ((tok = this.peek()) !== null && tok.kind !== 'or' && tok.kind !== 'close') {
      if (tok.kind === 'and') { written = true; this.p++; continue; }
      const n = this.unary(); if (n !== null) items.push(n);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { type: 'and', children: items, explicit: written };
  };
  Parser.prototype.unary = function () {
    if (this.t[this.p].kind === 'not') {
      this.p++;
      const n = this.peek();
      if (n === null || n.kind === 'or' || n.kind === 'close' || n.kind === 'and') return null;
      const child = this.unary();
      return child !== null ? { type: 'not', child: child } : null;
    }
    return this.primary();
  };
  Parser.prototype.primary = function () {
    const tok = this.t[this.p++];
    let node = null;
    if (tok.kind === 'word') node = { type: 'word', text: tok.text };
    else if (tok.kind === 'phrase') node = { type: 'phrase', text: tok.text };
    else if (tok.kind === 'filter') node = { type: 'filter', key: tok.key, value: tok.text };
    else if (tok.kind === 'open') node = this.group();
    return node !== null && tok.negated ? { type: 'not', child: node } : node;
  };
  Parser.prototype.group = function () {
    if (this.depth >= 16) return null;
    this.depth++;
    const inner = this.or();
    this.depth--;
    if (this.peek() !== null && this.peek().kind === 'close') this.p++;
    return inner;
  };

  // ---- Planning (QueryPlanner) ----

  const MAX_WORDS = 32;
  const T = term => ({ t: 'term', term: term });
  const termsPlan = terms => terms.length === 1 ? T(terms[0]) : { t: 'phrase', terms: terms };
  const anyOf = options => options.length === 1 ? options[0] : { t: 'any', options: options };
  /** Drops repeated term plans, as C# record equality does (phrases are never equal there). */
  function distinct(plans) {
    const seen = new Set();
    return plans.filter(p => { if (p.t !== 'term') return true; if (seen.has(p.term)) return false; seen.add(p.term); return true; });
  }

  function Planner(engine) {
    this.e = engine; this.an = engine.an; this.lex = engine.lexicon; this.vocab = engine.vocab;
    this.highlight = new Set(); this.messages = []; this.keepStop = false; this.excluding = false; this.words = 0;
  }

  Planner.prototype.plan = function (query, filters) {
    this.keepStop = query !== null && !this.hasContent(query, false);
    const req = [], exc = [];
    const implicitAnd = query !== null && (query.type === 'word' ||
      (query.type === 'and' && !query.explicit && query.children.every(c => c.type === 'word' || c.type === 'filter')));
    if (query !== null) this.addTo(query, req, exc);
    const concepts = req.filter(p => p.t !== 'facet');
    for (const key of Object.keys(filters || {})) {
      const f = this.filter(key, [].concat(filters[key]).join(','));
      if (f !== null) req.push(f);
    }
    if (this.words > MAX_WORDS) this.messages.push('Only the first ' + MAX_WORDS + ' words were searched.');
    if (req.length === 0) {
      this.messages.push(exc.length > 0 ? 'Add a word or a filter to search for: a query cannot only exclude.' : 'Type a word to search for.');
      return { plan: null, fallback: null, concepts: [] };
    }
    let fallback = null;
    if (implicitAnd && concepts.length >= 2) fallback = { t: 'all', req: [{ t: 'any', options: concepts }].concat(req.filter(p => p.t === 'facet')), exc: exc };
    return { plan: { t: 'all', req: req, exc: exc }, fallback: fallback, concepts: concepts };
  };

  Planner.prototype.hasContent = function (node, negated) {
    switch (node.type) {
      case 'word': return !negated && this.an.tokenize(node.text).some(t => !this.an.isStop(t.text));
      case 'phrase': return !negated && this.an.tokenize(node.text).length > 0;
      case 'filter': return !negated;
      case 'not': return this.hasContent(node.child, true);
      default: return node.children.some(c => this.hasContent(c, negated));
    }
  };

  Planner.prototype.addTo = function (node, req, exc) {
    if (node.type === 'and') this.addAnd(node.children, req, exc);
    else if (node.type === 'not') { const x = this.exclusion(node.child); if (x !== null) exc.push(x); }
    else this.addAnd([node], req, exc);
  };

  Planner.prototype.addAnd = function (children, req, exc) {
    let run = [];
    for (const child of children) {
      if (child.type === 'word') { run = run.concat(this.unitsOf(child.text)); continue; }
      for (const c of this.concepts(run)) req.push(c);
      run = [];
      let p = null;
      if (child.type === 'not' || child.type === 'and') this.addTo(child, req, exc);
      else if (child.type === 'or') p = this.either(child);
      else if (child.type === 'phrase') p = this.phrase(child.text);
      else if (child.type === 'filter') p = this.filter(child.key, child.value);
      if (p !== null) req.push(p);
    }
    for (const c of this.concepts(run)) req.push(c);
  };

  Planner.prototype.either = function (or) {
    const options = [];
    for (const child of or.children) {
      if (child.type === 'not') { this.messages.push('An exclusion inside OR was ignored.'); continue; }
      const req = [], exc = [];
      this.addTo(child, req, exc);
      if (req.length > 0) options.push(req.length === 1 && exc.length === 0 ? req[0] : { t: 'all', req: req, exc: exc });
    }
    return options.length === 0 ? null : anyOf(options);
  };

  Planner.prototype.exclusion = function (node) {
    const req = [], exc = [];
    const keep = this.keepStop;
    this.keepStop = false; this.excluding = true;
    this.addTo(node, req, exc);
    this.excluding = false; this.keepStop = keep;
    return req.length === 0 ? null : req.length === 1 && exc.length === 0 ? req[0] : { t: 'all', req: req, exc: exc };
  };

  Planner.prototype.unitsOf = function (text) {
    const tokens = this.an.tokenize(text);
    const units = [];
    for (let i = 0; i < tokens.length; i++) {
      let end = i + 1;
      while (end < tokens.length && tokens[end].hyphenated) end++;
      const prefix = end === tokens.length && end - i === 1 && tokens[i].end < text.length && text[tokens[i].end] === '*' && tokens[i].text.length >= 2;
      if (++this.words <= MAX_WORDS) {
        const ts = tokens.slice(i, end);
        units.push({ tokens: ts, prefix: prefix, simple: ts.length === 1 && !prefix, text: ts[0].text });
      }
      i = end - 1;
    }
    return units;
  };

  Planner.prototype.concepts = function (run) {
    const kept = [];
    run.forEach((u, i) => { if (this.keepStop || !u.simple || !this.an.isStop(u.text)) kept.push(i); });
    const units = kept.map(i => run[i]);
    const concepts = units.map(u => this.concept(u));
    for (let k = 0; k + 1 < kept.length; k++) {
      const bigram = this.bigram(run, kept[k], kept[k + 1]);
      if (bigram !== null) concepts[k] = concepts[k].t === 'any' ? { t: 'any', options: concepts[k].options.concat([bigram]) } : { t: 'any', options: [concepts[k], bigram] };
    }
    const result = [];
    for (let i = 0; i < units.length;) {
      const phrase = this.excluding ? null : this.phraseAt(units, i);
      if (phrase === null) { result.push(concepts[i]); i++; continue; }
      const span = concepts.slice(i, i + phrase.terms.length);
      result.push({ t: 'any', options: [span.length === 1 ? span[0] : { t: 'all', req: span, exc: [] }].concat(this.alternatives(phrase)) });
      i += phrase.terms.length;
    }
    return result;
  };

  Planner.prototype.bigram = function (run, from, to) {
    if (this.excluding || this.keepStop) return null;
    for (let i = from; i <= to; i++) if (!run[i].simple) return null;
    const terms = [];
    for (let i = from; i <= to; i++) terms.push(this.an.term(run[i].text));
    return { t: 'phrase', terms: terms };
  };

  Planner.prototype.phraseAt = function (units, i) {
    if (!units[i].simple) return null;
    const phrases = this.lex.phrases.get(this.an.term(units[i].text));
    if (!phrases) return null;
    for (const p of phrases) {
      if (i + p.terms.length > units.length) continue;
      let ok = true;
      for (let k = 0; k < p.terms.length && ok; k++) ok = units[i + k].simple && this.an.term(units[i + k].text) === p.terms[k];
      if (ok) return p;
    }
    return null;
  };

  Planner.prototype.alternatives = function (phrase) {
    const options = [];
    const h = this.highlight;
    if (phrase.group !== null) {
      options.push(T(phrase.terms.join('_')));
      phrase.group.members.forEach(m => { if (m.length === 1) h.add(m[0]); });
    } else if (phrase.acronym !== null && phrase.expansion) {
      options.push(termsPlan(phrase.acronym.terms), T(phrase.acronym.token));
      phrase.acronym.terms.forEach(t => h.add(t));
    } else if (phrase.acronym !== null) {
      options.push(termsPlan(phrase.acronym.expansionTerms), T(phrase.acronym.expansionToken));
      phrase.acronym.expansionContent.forEach(t => h.add(t));
    }
    return distinct(options);
  };

  Planner.prototype.concept = function (unit) {
    const an = this.an, h = this.highlight;
    if (unit.tokens.length > 1) {
      const parts = unit.tokens.map(t => an.term(t.text));
      const solid = an.term(unit.tokens.map(t => t.text).join(''));
      parts.forEach(t => h.add(t)); h.add(solid);
      return { t: 'any', options: [{ t: 'phrase', terms: parts }, T(solid)] };
    }
    if (unit.prefix) {
      const terms = this.vocab.prefixTerms(unit.text);
      terms.forEach(t => h.add(t));
      return terms.length === 0 ? T(unit.text) : anyOf(terms.map(T));
    }
    const term = an.term(unit.text);
    h.add(term);
    const options = [T(term)];
    if (this.excluding) return options[0];
    for (const entry of this.lex.acronymsFor(term)) {
      options.push(termsPlan(entry.expansionTerms));
      entry.expansionContent.forEach(t => h.add(t));
    }
    for (const g of this.lex.groupsWith(term)) g.members.forEach(m => { if (m.length === 1) h.add(m[0]); });
    if (options.length === 1 && !this.vocab.contains(term) && !/[0-9]/.test(unit.text)) {
      const corrections = this.vocab.corrections(unit.text);
      corrections.forEach(c => { options.push(T(c.term)); h.add(c.term); });
      if (corrections.length > 0) {
        this.messages.push('No entry has "' + unit.text + '": searched for ' + corrections.map(c => c.word).join(' or ') + ' instead.');
      }
    }
    return anyOf(distinct(options));
  };

  Planner.prototype.phrase = function (text) {
    const tokens = this.an.tokenize(text);
    this.words += tokens.length;
    if (tokens.length === 0) return null;
    const terms = tokens.map(t => this.an.term(t.text));
    terms.forEach(t => this.highlight.add(t));
    const plan = termsPlan(terms);
    const content = contentTerms(this.an, text);
    const acronyms = this.excluding ? [] : this.lex.acronyms.filter(a => same(a.expansionContent, content));
    return acronyms.length === 0 ? plan : anyOf(distinct([plan].concat(acronyms.map(a => termsPlan(a.terms)), acronyms.map(a => T(a.token)))));
  };

  Planner.prototype.filter = function (key, typed) {
    const cat = this.e.catalog;
    const facet = facetOf(key) || (cat.names.has(key) ? key : null);
    if (facet === null) {
      this.messages.push('Unknown filter "' + key + '". Filters: kind, need, crime, gang, focus, borough, community, audience, status.');
      return null;
    }
    const tokens = [], unknown = [];
    for (const part of typed.split(',').map(p => p.trim()).filter(p => p.length > 0)) {
      const v = cat.resolve(facet, part);
      if (v !== null) tokens.push(facetToken(facet, v)); else unknown.push(part);
    }
    if (unknown.length > 0 || tokens.length === 0) {
      const label = facet.replace(/_/g, ' ');
      const what = unknown.length > 0 ? 'Unknown ' + label + ' "' + unknown.join(', ') + '"' : 'No ' + label + ' given';
      this.messages.push(what + (tokens.length === 0 ? ' (filter ignored)' : '') + '. Allowed values: ' + cat.values(facet).join(', ') + '.');
    }
    return tokens.length === 0 ? null : { t: 'facet', tokens: Array.from(new Set(tokens)) };
  };

  // ---- Matching and ranking (what FTS5 and Ranker do on the server) ----

  const K1 = 1.2, B = 0.75, TITLE_BOOST = 1.0, SUPPLEMENT_BELOW = 3, MAX_QUERY = 1000, MAX_LIMIT = 100;

  function KbSearch(index) {
    if (!index || index.version !== 1) throw new Error('search index format ' + (index && index.version) + ' is not supported');
    this.an = new Analyzer(index.analyzer);
    this.lexicon = new Lexicon(index.lexicon, this.an);
    this.weights = index.weights;
    this.rows = index.rows;
    this.termId = new Map(index.terms.map((t, i) => [t, i]));
    const df = new Map(), used = new Map();
    let total = 0;
    this.docs = index.docs.map(d => {
      const seen = new Set();
      d.f.forEach((field, c) => { total += field.length; if (c < 6) field.forEach(id => seen.add(id)); });
      seen.forEach(id => { const t = index.terms[id]; df.set(t, (df.get(t) || 0) + 1); });
      Object.keys(d.facets).forEach(f => d.facets[f].forEach(v => used.set(f + '\u0001' + v, [f, v])));
      return { slug: d.slug, title: d.title, kind: d.kind, url: d.url, summary: d.summary, facets: d.facets, f: d.f,
        length: d.f.reduce((n, field) => n + field.length, 0), titleTerms: d.f[0].map(id => index.terms[id]) };
    });
    this.avgdl = total / this.rows;
    this.vocab = new Vocabulary(index, df, this.an);
    const pairs = Array.from(used.values()).sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
    this.catalog = new Catalog(index.lexicon, pairs, this.an);
    this.hits = new Map();
  }

  KbSearch.load = function (url) {
    return fetch(url).then(r => { if (!r.ok) throw new Error('search index: HTTP ' + r.status); return r.json(); }).then(j => new KbSearch(j));
  };

  /** Occurrences of a leaf (term or phrase) in one column of a document. */
  KbSearch.prototype.count = function (ids, field) {
    let n = 0;
    for (let i = 0; i + ids.length <= field.length; i++) {
      let k = 0;
      while (k < ids.length && field[i + k] === ids[k]) k++;
      if (k === ids.length) n++;
    }
    return n;
  };

  KbSearch.prototype.leafIds = function (p) {
    const list = p.t === 'term' ? [p.term] : p.terms;
    return list.map(t => this.termId.has(t) ? this.termId.get(t) : -1);
  };

  KbSearch.prototype.matches = function (p, doc) {
    switch (p.t) {
      case 'term': case 'phrase': { const ids = this.leafIds(p); return doc.f.some(field => this.count(ids, field) > 0); }
      case 'facet': return p.tokens.some(t => this.termId.has(t) && doc.f[6].indexOf(this.termId.get(t)) >= 0);
      case 'any': return p.options.some(o => this.matches(o, doc));
      default: return p.req.every(r => this.matches(r, doc)) && !p.exc.some(x => this.matches(x, doc));
    }
  };

  function leaves(p, out) {
    if (p.t === 'term' || p.t === 'phrase') out.push(p);
    else if (p.t === 'any') p.options.forEach(o => leaves(o, out));
    else if (p.t === 'all') p.req.forEach(r => leaves(r, out));
    return out;
  }

  /** FTS5's IDF for a leaf's terms in how many documents have them; never quite zero. */
  KbSearch.prototype.idf = function (ids) {
    const hits = this.docs.filter(d => d.f.some(field => this.count(ids, field) > 0)).length;
    const idf = Math.log((this.rows - hits + 0.5) / (hits + 0.5));
    return idf <= 0 ? 1e-6 : idf;
  };

  /**
   * FTS5's bm25 with column weights, over every document the plan matches. A multi-word phrase's IDF is the sum
   * of its words' (as Lucene weighs phrases), as the server's kb_bm25 is given it.
   */
  KbSearch.prototype.read = function (plan) {
    const matched = this.docs.filter(d => this.matches(plan, d));
    const phrases = leaves(plan, []).map(p => {
      const ids = this.leafIds(p);
      return { ids: ids, idf: ids.length === 1 ? this.idf(ids) : ids.reduce((sum, id) => sum + this.idf([id]), 0) };
    });
    return matched.map(doc => {
      let score = 0;
      for (const ph of phrases) {
        let freq = 0;
        doc.f.forEach((field, c) => { if (this.weights[c] > 0) freq += this.weights[c] * this.count(ph.ids, field); });
        score += ph.idf * (freq * (K1 + 1)) / (freq + K1 * (1 - B + B * doc.length / this.avgdl));
      }
      return { doc: doc, score: score };
    });
  };

  KbSearch.prototype.titleMatches = function (p, terms) {
    switch (p.t) {
      case 'term': return terms.indexOf(p.term) >= 0;
      case 'phrase': for (let i = 0; i + p.terms.length <= terms.length; i++) if (p.terms.every((t, k) => terms[i + k] === t)) return true; return false;
      case 'any': return p.options.some(o => this.titleMatches(o, terms));
      case 'all': return p.req.every(r => this.titleMatches(r, terms)) && !p.exc.some(x => this.titleMatches(x, terms));
      default: return true;
    }
  };

  KbSearch.prototype.search = function (query, limit, filters) {
    query = query == null ? '' : String(query);
    limit = limit == null ? 10 : Math.max(0, Math.min(MAX_LIMIT, limit | 0));
    const messages = [];
    let q = query;
    if (q.length > MAX_QUERY) { q = q.slice(0, MAX_QUERY); messages.push('Only the first ' + MAX_QUERY + ' characters were searched.'); }
    const planner = new Planner(this);
    const planned = planner.plan(parse(lex(q)), filters);
    planner.messages.forEach(m => messages.push(m));
    let matches = [];
    let coordination = null;
    if (planned.plan !== null) {
      matches = this.read(planned.plan);
      if (matches.length < SUPPLEMENT_BELOW && planned.fallback !== null) {
        const n = planned.concepts.length;
        coordination = doc => planned.concepts.filter(c => this.matches(c, doc)).length;
        const minimum = matches.length === 0 ? 1 : Math.floor((n + 1) / 2);
        const before = matches.length;
        const have = new Set(matches.map(m => m.doc.slug));
        this.read(planned.fallback).forEach(m => { if (!have.has(m.doc.slug) && coordination(m.doc) >= minimum) matches.push(m); });
        if (matches.length > before) {
          messages.push(before === 0 ? 'No entry has all the words: showing entries with some of them.'
            : 'Few entries have all the words: entries with most of them are shown too.');
        }
      }
    }
    const concepts = planned.concepts;
    const ranked = matches.map(m => {
      let score = m.score;
      if (coordination !== null && concepts.length > 0) { const share = coordination(m.doc) / concepts.length; score *= share * share; }
      if (concepts.length > 0) score *= 1 + TITLE_BOOST * concepts.filter(c => this.titleMatches(c, m.doc.titleTerms)).length / concepts.length;
      return { doc: m.doc, score: Math.round(score * 1e6) / 1e6 };
    });
    ranked.sort((a, b) => (b.score - a.score) || compare(a.doc.title.toUpperCase(), b.doc.title.toUpperCase()) || compare(a.doc.slug, b.doc.slug));
    return {
      query: query,
      total: ranked.length,
      results: ranked.slice(0, limit).map(r => ({ slug: r.doc.slug, title: r.doc.title, kind: r.doc.kind, url: r.doc.url,
        score: r.score, snippet: this.snippet(r.doc.summary, planner.highlight) })),
      facets: this.facetCounts(ranked.map(r => r.doc)),
      message: messages.length === 0 ? null : messages.join(' ')
    };
  };

  /** The summary, HTML-escaped, with matched words in <mark>. */
  KbSearch.prototype.snippet = function (text, highlight) {
    let out = '', at = 0;
    for (const t of this.an.tokenize(text)) {
      if (!highlight.has(this.an.term(t.text))) continue;
      out += escapeHtml(text.slice(at, t.start)) + '<mark>' + escapeHtml(text.slice(t.start, t.end)) + '</mark>';
      at = t.end;
    }
    return out + escapeHtml(text.slice(at));
  };

  KbSearch.prototype.facetCounts = function (docs) {
    const counts = new Map();
    docs.forEach(d => Object.keys(d.facets).forEach(f => d.facets[f].forEach(v => {
      const k = f + '\u0001' + v; counts.set(k, (counts.get(k) || 0) + 1);
    })));
    const result = {};
    Array.from(counts.keys()).sort(compare).forEach(k => {
      const fv = k.split('\u0001');
      (result[fv[0]] = result[fv[0]] || []).push({ value: fv[1], name: this.catalog.nameOf(fv[0], fv[1]), count: counts.get(k) });
    });
    Object.keys(result).forEach(f => result[f].sort((a, b) => (b.count - a.count) ||
      compare(a.name.toUpperCase(), b.name.toUpperCase()) || compare(a.value, b.value)));
    return result;
  };

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  KbSearch.analyzer = function (tables) { return new Analyzer(tables); };
  KbSearch.stem = stem;
  if (typeof module !== 'undefined' && module.exports) module.exports = KbSearch;
  else root.KbSearch = KbSearch;
})(typeof self !== 'undefined' ? self : this);

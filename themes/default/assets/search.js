/* search.js: the Gangs Manual's search in the browser. Vanilla ES2018, no libraries.
 * It answers the same query language as the server (KnowledgeBase.Search, on Lucene) from search-index.json, which
 * the build exports from the Lucene index itself: every surface word with the terms the server's query analyzer
 * makes of it, the lexicon's phrases, the postings with positions, the norms and the collection statistics. So
 * there is no stemmer or analyzer here: the query is only split into words and folded, each word is looked up,
 * and the Lucene query tree the server would build is scored with Lucene's BM25, to the float.
 * Use: KbSearch.load('/search-index.json').then(s => s.search('knife crime', 10, {borough: ['lambeth']}))
 * Every snippet is HTML-escaped text with matches in <mark>. */
(function (root) {
  'use strict';

  const VERSION = 3;
  const f32 = Math.fround;
  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const isConcept = t => t.length > 0 && t[0] === '#';

  // ---- Words (StandardTokenizer, EnglishPossessiveFilter, ASCIIFoldingFilter, LowerCaseFilter) ----
  // An approximation of Unicode word breaks (UAX #29) for the words people type: runs of letters, digits and
  // underscores; an apostrophe or a full stop joins two letters or two digits ("don't", "e.g", "3.5"), a colon
  // joins two letters ("title:knife" stays one word, as in Lucene), a comma or semicolon two digits ("1,000");
  // every Han or Hiragana character is a word of its own. Words longer than 255 characters are skipped, as Lucene
  // skips them. Folding decomposes (NFKD), drops combining marks and spells out the few letters that do not
  // decompose (ß, æ, ø, ł...), which is what ASCIIFoldingFilter does for Latin text.

  const LETTER = /[\p{L}\p{M}]/u, DIGIT = /\p{Nd}/u, JOIN = /[\p{Pc}]/u, SINGLE = /[\p{Script=Han}\p{Script=Hiragana}]/u;
  const MAX_TOKEN = 255;
  const SPELLED = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'œ': 'oe', 'Œ': 'OE', 'ł': 'l', 'Ł': 'L', 'đ': 'd',
    'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'TH', 'ı': 'i', 'ĸ': 'q', 'ŋ': 'n', 'Ŋ': 'N', '\u2018': "'", '\u2019': "'",
    '\u201B': "'", '\u02BC': "'", '\uFF07': "'" };

  function kindOf(ch) {
    if (ch === undefined) return 0;
    if (SINGLE.test(ch)) return 4;
    if (LETTER.test(ch)) return 1;
    if (DIGIT.test(ch)) return 2;
    if (JOIN.test(ch)) return 3;
    return 0;
  }

  /** The words of a text: [{raw, start, end, position}], positions counting skipped long words. */
  function splitWords(text) {
    const chars = Array.from(text);
    const offsets = [];
    let at = 0;
    for (const c of chars) { offsets.push(at); at += c.length; }
    offsets.push(at);
    const words = [];
    let position = 0;
    for (let i = 0; i < chars.length;) {
      const k = kindOf(chars[i]);
      if (k === 0) { i++; continue; }
      const start = i;
      if (k === 4) i++;
      else {
        let last = k;
        i++;
        while (i < chars.length) {
          const c = chars[i], kc = kindOf(c);
          if (kc === 1 || kc === 2 || kc === 3) { last = kc; i++; continue; }
          const next = kindOf(chars[i + 1]);
          const apostrophe = c === "'" || c === '\u2019' || c === '.';
          if ((apostrophe && ((last === 1 && next === 1) || (last === 2 && next === 2))) ||
            (c === ':' && last === 1 && next === 1) || ((c === ',' || c === ';') && last === 2 && next === 2)) { i++; continue; }
          break;
        }
      }
      if (i - start <= MAX_TOKEN) words.push({ raw: text.slice(offsets[start], offsets[i]), start: offsets[start], end: offsets[i], position: position });
      position++;
    }
    return words;
  }

  function fold(word) {
    let s = word;
    if (s.length >= 2 && (s[s.length - 1] === 's' || s[s.length - 1] === 'S') && "'\u2019\uFF07".indexOf(s[s.length - 2]) >= 0) s = s.slice(0, -2);
    s = s.normalize('NFKD').replace(/\p{M}/gu, '');
    let out = '';
    for (const c of s) out += Object.prototype.hasOwnProperty.call(SPELLED, c) ? SPELLED[c] : c;
    return out;
  }

  // ---- Query language (QueryLexer, QueryParser) ----

  const QUOTES = '"\u201C\u201D\u201E';
  const SPACE = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
  function isQuote(ch) { return QUOTES.indexOf(ch) >= 0; }
  function nextQuote(q, from) { for (let i = from; i < q.length; i++) if (isQuote(q[i])) return i; return -1; }

  function lex(query, isFilterKey) {
    const q = query.replace(SPACE, ' ');
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
          if (colon > 0 && isFilterKey(chunk.slice(0, colon))) {
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

  // ---- Reading a query (what ManualAnalyzer and QueryPositions make of it) ----

  /** StopWords.IsStopWord: a word typed in capitals ("IT", "US") is an acronym, never a stop word. */
  /** StopWords.WithoutPossessive: "what's" is "what", as the analyzer reads it. */
  function withoutPossessive(typed) {
    return typed.length > 2 && /['\u2019][sS]$/.test(typed) ? typed.slice(0, -2) : typed;
  }

  function isStopWord(index, typed) {
    typed = withoutPossessive(typed);
    if (typed.length >= 2 && /^[A-Z]+$/.test(typed)) return false;
    return typed.length <= 32 && index.stop.has(typed.toLowerCase());
  }

  /**
   * The positions of an analysed text: [{position, word, typed, isStop, concepts, phrases, alone}], as QueryPositions
   * groups the query analyzer's tokens. Each word's terms come from the exported map; an acronym typed in its
   * written case adds its concept (AcronymFilter); lexicon phrases are found over the word terms, the longest
   * first and without overlap, as SynonymFilter does (an acronym's concept token sits between two words there,
   * so no phrase runs through an acronym). A word the manual never uses is kept as folded. `alone` is a word's own
   * concepts, which a phrase covering it hides from `concepts`.
   */
  function positionsOf(index, text) {
    const words = splitWords(text);
    const items = words.map(w => {
      const folded = fold(w.raw);
      const entry = index.words.get(folded.toLowerCase());
      const acronym = index.acronymOf(folded);
      return { w: w, term: entry ? entry[1] : folded.toLowerCase(), own: entry ? entry.slice(2) : [], acronym: acronym };
    });
    // SynonymFilter's input: each word's term, then the acronym's concept token when AcronymFilter added one.
    const stream = [];
    items.forEach((it, k) => { stream.push(k); if (it.acronym !== null) stream.push(-1); });
    const phrases = items.map(() => []), covered = items.map(() => false);
    for (let s = 0; s < stream.length;) {
      const match = stream[s] < 0 ? null : index.longestPhrase(stream, s, items);
      if (match === null) { s++; continue; }
      const first = stream[s];
      match.concepts.forEach(c => phrases[first].push({ concept: c, span: match.length }));
      for (let k = 0; k < match.length; k++) covered[first + k] = true;
      s += match.length;
    }
    return items.map((it, k) => {
      const concepts = [];
      const add = c => { if (concepts.indexOf(c) < 0) concepts.push(c); };
      if (!covered[k]) it.own.forEach(add);
      if (it.acronym !== null) add(it.acronym);
      const typed = text.slice(it.w.start, it.w.end);
      const acronym = concepts.some(c => c.startsWith('#acr:'));
      return { position: it.w.position, word: it.term, typed: typed, isStop: !acronym && isStopWord(index, typed),
        concepts: concepts, phrases: phrases[k], alone: it.own };
    });
  }

  // ---- The Lucene query tree (FieldQueries) ----

  function termQ(index, term, boost) {
    return { t: 'bool', coord: false, min: 0, clauses: index.fields.map(f => ({ occur: 'should',
      q: { t: 'term', field: f.name, term: term, boost: f32(f.weight * boost) } })) };
  }

  function phraseQ(index, terms, slop, boost, fields) {
    if (terms.length === 1) return termQ(index, terms[0][0], boost);
    const names = fields || index.fields.map(f => f.name);
    return { t: 'bool', coord: false, min: 0, clauses: names.map(name => ({ occur: 'should', q: { t: 'phrase', field: name, slop: slop,
      boost: f32(index.field.get(name).weight * boost), terms: terms.map(x => ({ term: x[0], offset: x[1] - terms[0][1] })) } })) };
  }

  function anyOf(options) {
    return options.length === 1 ? options[0] : { t: 'bool', coord: false, min: 0, clauses: options.map(q => ({ occur: 'should', q: q })) };
  }

  /** The parts of one AND (LuceneQueryBuilder.Clauses). */
  function Clauses() { this.concepts = []; this.boosts = []; this.filters = []; this.excluded = []; this.words = new Set(); }
  Clauses.prototype.toQuery = function (minimum) {
    const outer = { t: 'bool', coord: false, min: 0, clauses: [] };
    if (this.concepts.length > 0) {
      // Coord on: an entry matching fewer concepts (in a fallback) is scaled by its share of them.
      outer.clauses.push({ occur: 'must', q: { t: 'bool', coord: true, min: Math.min(minimum, this.concepts.length),
        clauses: this.concepts.map(q => ({ occur: 'should', q: q })) } });
    }
    this.boosts.forEach(q => outer.clauses.push({ occur: 'should', q: q }));
    this.filters.forEach(q => outer.clauses.push({ occur: 'must', q: { t: 'const', q: q } }));
    this.excluded.forEach(q => outer.clauses.push({ occur: 'not', q: q }));
    return outer;
  };

  // ---- Building the query (LuceneQueryBuilder) ----

  const PUNCTUATION = "?!.,;:'\"*";
  function trimEndPunctuation(s) {
    let b = s.length;
    while (b > 0 && PUNCTUATION.indexOf(s[b - 1]) >= 0) b--;
    return s.slice(0, b);
  }

  function trimPunctuation(s) {
    let a = 0, b = s.length;
    while (a < b && PUNCTUATION.indexOf(s[a]) >= 0) a++;
    while (b > a && PUNCTUATION.indexOf(s[b - 1]) >= 0) b--;
    return s.slice(a, b);
  }
  const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

  function Builder(index) {
    this.x = index; this.s = index.settings;
    this.highlight = new Set(); this.messages = []; this.keepStop = false; this.excluding = false; this.words = 0;
    this.questionWords = new Set(index.settings.questionWords);
  }

  Builder.prototype.build = function (query, filters) {
    this.keepStop = query !== null && !this.hasContent(query, false);
    const top = new Clauses();
    // Only a plain list of words (filters aside) may fall back to some of its words; operators mean what they say.
    const implicitAnd = query !== null && (query.type === 'word' ||
      (query.type === 'and' && !query.explicit && query.children.every(c => c.type === 'word' || c.type === 'filter')));
    if (query !== null) this.addTo(query, top);
    for (const key of Object.keys(filters || {})) {
      const f = this.filter(key, [].concat(filters[key]).join(','));
      if (f !== null) top.filters.push(f);
    }
    if (this.words > this.s.maxWords) this.messages.push('Only the first ' + this.s.maxWords + ' words were searched.');
    if (top.concepts.length === 0 && top.filters.length === 0) {
      this.messages.push(top.excluded.length > 0 ? 'Add a word or a filter to search for: a query cannot only exclude.' : 'Type a word to search for.');
      return { main: null, fallback: null };
    }
    const concepts = top.concepts.length, half = Math.floor((concepts + 1) / 2);
    // A question's words are not all required: entries with most of them are ranked by how many they have; of a
    // list of three or more, one may be missing. When few match, fewer words (as LuceneQueryBuilder.Build).
    const asked = this.isQuestion(query);
    const question = implicitAnd && asked;
    const required = question ? half : implicitAnd && concepts >= 3 ? concepts - 1 : concepts;
    const few = Math.max(1, Math.min(half, required - 1));
    return { main: top.toQuery(required), question: asked,
      fallback: implicitAnd && concepts >= 2 ? nothingFound => top.toQuery(nothingFound ? 1 : few) : null };
  };

  /** Whether a query is asked as a question: it opens with a question word or ends with a question mark. */
  Builder.prototype.isQuestion = function (query) {
    const words = query.type === 'word' ? [query] : query.type === 'and' ? query.children.filter(c => c.type === 'word') : [];
    if (words.length === 0) return false;
    const first = withoutPossessive(trimPunctuation(words[0].text)).toLowerCase();
    return this.questionWords.has(first) || words[words.length - 1].text.endsWith('?');
  };

  Builder.prototype.hasContent = function (node, negated) {
    switch (node.type) {
      case 'word': return !negated && node.text.split(' ').some(t => LETTER_OR_DIGIT.test(t) && !isStopWord(this.x, trimPunctuation(t)));
      case 'phrase': return !negated && LETTER_OR_DIGIT.test(node.text);
      case 'filter': return !negated;
      case 'not': return this.hasContent(node.child, true);
      default: return node.children.some(c => this.hasContent(c, negated));
    }
  };

  Builder.prototype.addTo = function (node, clauses) {
    if (node.type === 'and') this.addAnd(node.children, clauses);
    else if (node.type === 'not') { const x = this.exclusion(node.child); if (x !== null) clauses.excluded.push(x); }
    else this.addAnd([node], clauses);
  };

  function isPrefix(text) { return text.length >= 3 && text[text.length - 1] === '*' && !/[ *]/.test(text.slice(0, -1)); }

  Builder.prototype.addAnd = function (children, clauses) {
    let run = [];
    for (const child of children) {
      if (child.type === 'word' && !isPrefix(child.text)) { run.push(child.text); continue; }
      this.addWords(run, clauses);
      run = [];
      if (child.type === 'word') clauses.concepts.push(this.prefix(child.text));
      else if (child.type === 'not' || child.type === 'and') this.addTo(child, clauses);
      else if (child.type === 'or') { const any = this.either(child); if (any !== null) clauses.concepts.push(any); }
      else if (child.type === 'phrase') { const p = this.phrase(child.text); if (p !== null) clauses.concepts.push(p); }
      else if (child.type === 'filter') { const f = this.filter(child.key, child.value); if (f !== null) clauses.filters.push(f); }
    }
    this.addWords(run, clauses);
  };

  Builder.prototype.either = function (or) {
    const options = [];
    for (const child of or.children) {
      if (child.type === 'not') { this.messages.push('An exclusion inside OR was ignored.'); continue; }
      const clauses = new Clauses();
      this.addTo(child, clauses);
      if (clauses.concepts.length > 0 || clauses.filters.length > 0) options.push(clauses.toQuery(clauses.concepts.length));
    }
    return options.length === 0 ? null : anyOf(options);
  };

  Builder.prototype.exclusion = function (node) {
    const clauses = new Clauses();
    const keep = this.keepStop;
    this.keepStop = false;
    this.excluding = true;
    this.addTo(node, clauses);
    this.excluding = false;
    this.keepStop = keep;
    return clauses.concepts.length > 0 || clauses.filters.length > 0 ? clauses.toQuery(clauses.concepts.length) : null;
  };

  /** LuceneQueryBuilder.JoinCodes: "SCD 8" is read as "SCD8" when the manual uses that word. */
  function joinCodes(x, run) {
    const joined = [];
    for (let i = 0; i < run.length; i++) {
      // The number may end a question ("SCD 8?"): the mark stays on the joined word, where the analyzer drops it.
      const number = i + 1 < run.length ? trimEndPunctuation(run[i + 1]) : '';
      const word = (run[i] + number).toLowerCase();
      if (/^[A-Za-z]{2,5}$/.test(run[i]) && /^[0-9]{1,3}$/.test(number) && x.words.has(word) && x.words.get(word)[0] > 0) {
        joined.push(run[i] + run[i + 1]);
        i++;
      } else joined.push(run[i]);
    }
    return joined;
  }

  Builder.prototype.addWords = function (run, clauses) {
    if (run.length === 0) return;
    // ':' joins words for Unicode word breaking ("title:x"); in a query it is Lucene syntax at most, never a word.
    let positions = positionsOf(this.x, joinCodes(this.x, run).join(' ').replace(/:/g, ' '));
    this.words += positions.length;
    positions = positions.slice(0, Math.max(0, this.s.maxWords - (this.words - positions.length)));
    const kept = [];
    for (let i = 0; i < positions.length;) {
      const at = positions[i];
      const phrase = !this.excluding && at.phrases.length > 0 ? longestPhrase(positions, i) : null;
      if (phrase !== null) {
        const terms = positions.slice(i, i + phrase.span).filter(p => p.word !== null).map(p => [p.word, p.position]);
        terms.forEach(t => this.highlight.add(t[0]));
        this.highlight.add(phrase.concept);
        // A word of the phrase that alone means the same ("knife" of "knife crime") is what was typed, not a synonym.
        const alone = positions.slice(i, i + phrase.span).filter(p => p.word !== null && p.alone.includes(phrase.concept)).map(p => termQ(this.x, p.word, 1));
        clauses.concepts.push(anyOf([phraseQ(this.x, terms, 0, 1), ...alone, termQ(this.x, phrase.concept, this.s.conceptWeight)]));
        i += phrase.span;
        continue;
      }
      if (at.word !== null && (this.keepStop || !at.isStop)) {
        // A repeated word is one concept, and still pairs with its neighbours for proximity.
        if (!clauses.words.has(at.word)) { clauses.words.add(at.word); clauses.concepts.push(this.concept(at)); }
        kept.push(at);
      }
      i++;
    }
    for (let k = 0; !this.excluding && k + 1 < kept.length; k++) {
      const a = kept[k], b = kept[k + 1];
      clauses.boosts.push(phraseQ(this.x, [[a.word, a.position], [b.word, b.position]], this.s.proximitySlop, this.s.proximityWeight, this.s.proximityFields));
    }
  };

  /** The longest lexicon phrase starting at position i that the run holds whole. */
  function longestPhrase(positions, i) {
    const options = positions[i].phrases.slice().sort((a, b) => (b.span - a.span) || compare(a.concept, b.concept));
    for (const p of options) {
      if (i + p.span <= positions.length && positions[i + p.span - 1].position === positions[i].position + p.span - 1) return p;
    }
    return null;
  }

  Builder.prototype.concept = function (at) {
    const word = at.word;
    this.highlight.add(word);
    const options = [termQ(this.x, word, 1)];
    if (this.excluding) return options[0];
    for (const c of at.concepts) { options.push(termQ(this.x, c, this.s.conceptWeight)); this.highlight.add(c); }
    if (at.concepts.length === 0 && !this.x.knows(word)) {
      // As the server: another form of the word, as the manual writes it, is the word itself; a code is only reported.
      const code = /[0-9]/.test(at.typed);
      const forms = code ? [] : this.x.inflections(at.typed);
      this.addAlternatives(forms, 1, options);
      const corrections = code || forms.length > 0 ? [] : this.x.corrections(at.typed);
      this.addAlternatives(corrections, this.s.correctionWeight, options);
      if (corrections.length > 0) this.messages.push('No entry has "' + at.typed + '": searched for ' + corrections.join(' or ') + ' instead.');
      else if (forms.length === 0) this.messages.push('No entry has "' + at.typed + '".');
    }
    return anyOf(options);
  };

  /** LuceneQueryBuilder.AddAlternatives: other words searched for a word the index lacks. */
  Builder.prototype.addAlternatives = function (words, weight, options) {
    for (const other of words) {
      for (const term of this.x.words.get(other).slice(1)) {
        options.push(termQ(this.x, term, isConcept(term) ? f32(weight * this.s.conceptWeight) : weight));
        this.highlight.add(term);
      }
    }
  };

  Builder.prototype.phrase = function (text) {
    const positions = positionsOf(this.x, text);
    this.words += positions.length;
    const terms = positions.filter(p => p.word !== null).map(p => [p.word, p.position]);
    if (terms.length === 0) return null;
    terms.forEach(t => this.highlight.add(t[0]));
    const options = [phraseQ(this.x, terms, 0, 1)];
    const span = positions[positions.length - 1].position - positions[0].position + 1;
    if (!this.excluding) {
      const concepts = positions[0].phrases.filter(p => p.span === span).map(p => p.concept).concat(span === 1 ? positions[0].concepts : []);
      for (const c of concepts) { options.push(termQ(this.x, c, this.s.conceptWeight)); this.highlight.add(c); }
    }
    return anyOf(options);
  };

  /** "traf*": the most frequent words of the manual that start so (PrefixExpander). */
  Builder.prototype.prefix = function (text) {
    this.words++;
    const prefix = text.slice(0, -1);
    const options = [], seen = new Set();
    for (const w of this.x.expand(prefix)) {
      for (const term of this.x.words.get(w).slice(1)) {
        if (isConcept(term) || seen.has(term)) continue;
        seen.add(term);
        options.push(termQ(this.x, term, 1));
        this.highlight.add(term);
      }
    }
    return options.length > 0 ? anyOf(options) : termQ(this.x, prefix.toLowerCase(), 1);
  };

  Builder.prototype.filter = function (key, typed) {
    const x = this.x;
    const lower = key.toLowerCase();
    const facet = Object.prototype.hasOwnProperty.call(x.filterKeys, lower) ? x.filterKeys[lower] : x.facets.has(key) ? key : null;
    if (facet === null) {
      this.messages.push('Unknown filter "' + key + '". Filters: kind, need, crime, gang, focus, borough, community, audience, status.');
      return null;
    }
    const values = [], unknown = [];
    for (const part of typed.split(',').map(p => p.trim()).filter(p => p.length > 0)) {
      const read = x.read(facet, part);
      if (read.values.length === 0) { unknown.push(part); continue; }
      read.values.forEach(v => values.push(v));
      if (read.loose) this.messages.push('The ' + facet.replace(/_/g, ' ') + ' "' + part + '" was read as ' + read.values.map(v => x.nameOf(facet, v)).join(' and ') + '.');
    }
    if (unknown.length > 0 || values.length === 0) {
      const label = facet.replace(/_/g, ' ');
      const what = unknown.length > 0 ? 'Unknown ' + label + ' "' + unknown.join(', ') + '"' : 'No ' + label + ' given';
      this.messages.push(what + (values.length === 0 ? ' (filter ignored)' : '') + '. Allowed values: ' + x.valuesOf(facet).join(', ') + '.');
    }
    if (values.length === 0) return null;
    return { t: 'bool', coord: false, min: 0, clauses: Array.from(new Set(values)).map(v => ({ occur: 'should', q: { t: 'facet', facet: facet, value: v } })) };
  };

  // ---- Scoring (Lucene's BM25Similarity with ManualSimilarity's coord, BooleanQuery, PhraseQuery) ----

  /** Optimal string alignment distance (a swap of two letters is one edit), as Lucene's Levenshtein automata count. */
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let prev2 = null, prev = [], cur;
    for (let j = 0; j <= b.length; j++) prev.push(j);
    for (let i = 1; i <= a.length; i++) {
      cur = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 !== null && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur.push(d);
        if (d < best) best = d;
      }
      if (best > limit) return limit + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  function KbSearch(json) {
    if (!json || json.version !== VERSION) throw new Error('search index format ' + (json && json.version) + ' is not supported');
    const s = json.settings;
    this.settings = s;
    this.k1 = f32(s.k1); this.b = f32(s.b);
    this.maxDoc = json.maxDoc;
    this.docs = json.docs;
    this.stop = new Set(json.stopWords);
    this.englishCoded = json.englishWords;
    this.english = null;
    this.words = new Map(Object.entries(json.words));
    // Surface words the manual uses, by first letter, for typo correction and prefixes.
    this.byFirst = new Map();
    this.sorted = [];
    for (const [word, entry] of this.words) {
      if (entry[0] === 0) continue;
      this.sorted.push(word);
      const first = Array.from(word).slice(0, s.typoPrefixLength).join('');
      if (!this.byFirst.has(first)) this.byFirst.set(first, []);
      this.byFirst.get(first).push(word);
    }
    this.acronyms = new Map(Object.entries(json.acronyms));
    this.acronymsAnyCase = new Map();
    for (const [a, c] of this.acronyms) if (a.length >= json.acronymsAnyCaseFrom) this.acronymsAnyCase.set(a.toLowerCase(), c);
    this.anyCaseFrom = json.acronymsAnyCaseFrom;
    this.phrases = new Map();
    for (const p of json.phrases) {
      const terms = p.slice(1);
      if (!this.phrases.has(terms[0])) this.phrases.set(terms[0], []);
      this.phrases.get(terms[0]).push({ concept: p[0], terms: terms });
    }
    this.filterKeys = json.filterKeys;
    this.facets = new Map(Object.entries(json.facets).map(([f, v]) => [f, { names: new Map(Object.entries(v.names)), keys: new Map(Object.entries(v.keys)) }]));
    this.fields = Object.keys(json.fields).map(name => {
      const f = json.fields[name];
      const avgdl = f32(f.avgdl);
      // BM25Similarity's per-document cache: k1 * ((1 - b) + b * length / avgdl), to the float.
      const norms = f.lengths.map(l => f32(this.k1 * f32(f32(1 - this.b) + f32(f32(this.b * f32(l)) / avgdl))));
      return { name: name, weight: f32(f.weight), norms: norms, raw: f.postings, decoded: new Map(), offsets: json.offsetFields.indexOf(name) >= 0 };
    });
    this.field = new Map(this.fields.map(f => [f.name, f]));
  }

  KbSearch.load = function (url) {
    return fetch(url).then(r => { if (!r.ok) throw new Error('search index: HTTP ' + r.status); return r.json(); }).then(j => new KbSearch(j));
  };

  /** A term's postings in a field: {df, docs: Map(doc -> {freq, positions, offsets})}, or null. */
  KbSearch.prototype.postings = function (field, term) {
    const f = this.field.get(field);
    if (f.decoded.has(term)) return f.decoded.get(term);
    const raw = Object.prototype.hasOwnProperty.call(f.raw, term) ? f.raw[term] : null;
    let result = null;
    if (raw !== null) {
      const docs = new Map();
      let k = 1;
      for (let n = 0; n < raw[0]; n++) {
        const doc = raw[k++], freq = raw[k++], positions = [], offsets = [];
        for (let p = 0; p < freq; p++) {
          positions.push(raw[k++]);
          if (f.offsets) { offsets.push([raw[k], raw[k + 1]]); k += 2; }
        }
        docs.set(doc, { freq: freq, positions: positions, offsets: offsets });
      }
      result = { df: raw[0], docs: docs };
    }
    f.decoded.set(term, result);
    return result;
  };

  KbSearch.prototype.knows = function (term) { return this.fields.some(f => this.postings(f.name, term) !== null); };

  KbSearch.prototype.acronymOf = function (folded) {
    if (this.acronyms.has(folded)) return this.acronyms.get(folded);
    // "PPOs" is the plural of "PPO" (AcronymFilter drops a lower-case s after capitals).
    if (folded.length > 2 && folded.endsWith('s') && /[A-Z]/.test(folded[folded.length - 2]) && this.acronyms.has(folded.slice(0, -1))) {
      return this.acronyms.get(folded.slice(0, -1));
    }
    if (folded.length >= this.anyCaseFrom && this.acronymsAnyCase.has(folded.toLowerCase())) return this.acronymsAnyCase.get(folded.toLowerCase());
    return null;
  };

  /** The longest lexicon phrase whose terms are the stream's words from s on: {length, concepts}, or null. */
  KbSearch.prototype.longestPhrase = function (stream, s, items) {
    const candidates = this.phrases.get(items[stream[s]].term);
    if (!candidates) return null;
    let best = null;
    for (const p of candidates) {
      if (s + p.terms.length > stream.length) continue;
      let k = 0;
      while (k < p.terms.length && stream[s + k] >= 0 && items[stream[s + k]].term === p.terms[k]) k++;
      if (k < p.terms.length) continue;
      if (best === null || p.terms.length > best.length) best = { length: p.terms.length, concepts: [p.concept] };
      else if (p.terms.length === best.length && best.concepts.indexOf(p.concept) < 0) best.concepts.push(p.concept);
    }
    return best;
  };

  /** InflectedForms.Of and .Bases: regular English endings added to a word, or taken off it. */
  const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers'];
  const isVowel = c => 'aeiou'.indexOf(c) >= 0;
  function inflectedForms(word) {
    const out = [];
    if (word.length < 2 || !/^[a-z]+$/.test(word)) return out;
    ENDINGS.forEach(e => out.push(word + e));
    const last = word[word.length - 1];
    if (last === 'e') out.push(word.slice(0, -1) + 'ing');
    else if (last === 'y') { out.push(word.slice(0, -1) + 'ies'); out.push(word.slice(0, -1) + 'ied'); }
    else if (!isVowel(last) && isVowel(word[word.length - 2])) { out.push(word + last + 'ed'); out.push(word + last + 'ing'); }
    return out;
  }
  function inflectionBases(word) {
    const out = [];
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return out;
    ENDINGS.forEach(e => { if (word.length - e.length >= 3 && word.endsWith(e)) out.push(word.slice(0, -e.length)); });
    if (word.endsWith('ing') && word.length >= 6) {
      out.push(word.slice(0, -3) + 'e');
      if (word[word.length - 4] === word[word.length - 5]) out.push(word.slice(0, -4));
    }
    if (word.length >= 5 && (word.endsWith('ies') || word.endsWith('ied'))) out.push(word.slice(0, -3) + 'y');
    if (word.endsWith('ed') && word.length >= 6 && word[word.length - 3] === word[word.length - 4]) out.push(word.slice(0, -3));
    if (word.length >= 6 && word.endsWith('ly')) {
      out.push(word.slice(0, -2));
      if (word[word.length - 3] === 'i') out.push(word.slice(0, -3) + 'y');
    }
    return out;
  }

  /** InflectionFinder: the manual's own forms of a word it does not have, the most used first. */
  KbSearch.prototype.inflections = function (typed) {
    const word = typed.toLowerCase();
    const seen = new Set();
    const found = [];
    inflectedForms(word).concat(inflectionBases(word)).forEach(form => {
      if (form === word || seen.has(form)) return;
      seen.add(form);
      const entry = this.words.get(form);
      if (entry && entry[0] > 0) found.push(form);
    });
    found.sort((a, b) => (this.words.get(b)[0] - this.words.get(a)[0]) || compare(a, b));
    return found.slice(0, this.settings.inflectionMaxForms);
  };

  /** TypoCorrector: the most frequent words one edit away (then two, for long words), first letter kept. */
  KbSearch.prototype.corrections = function (typed) {
    const s = this.settings;
    const word = typed.toLowerCase();
    if (word.length < s.typoMinLength || !/^\p{L}+$/u.test(word) || this.isEnglish(word)) return [];
    const chars = Array.from(word);
    const first = chars.slice(0, s.typoPrefixLength).join('');
    const rest = chars.slice(s.typoPrefixLength);
    for (let edits = 1; edits <= (word.length >= s.typoTwoEditsFrom ? 2 : 1); edits++) {
      const found = [];
      for (const candidate of this.byFirst.get(first) || []) {
        if (candidate === word) continue;
        const other = Array.from(candidate);
        const distance = editDistance(rest, other.slice(s.typoPrefixLength), edits);
        // As Vocabulary.Near on the server (after Lucene's FuzzyTermsEnum): the distance must be below the shorter word's length.
        if (distance <= edits && distance < Math.min(other.length, chars.length)) found.push(candidate);
      }
      if (found.length > 0) {
        found.sort((a, b) => (this.words.get(b)[0] - this.words.get(a)[0]) || compare(a, b));
        return found.slice(0, s.typoMaxCorrections);
      }
    }
    return [];
  };

  /** EnglishWords.Contains: a word of English spelt right is not a typo. The list is decoded on first use. */
  KbSearch.prototype.isEnglish = function (word) {
    if (this.english === null) {
      this.english = new Set();
      let previous = '';
      // Front-coded: a digit (letters shared with the word before), then the rest of the word.
      for (const m of this.englishCoded.matchAll(/(\d)([^\d]*)/g)) {
        previous = previous.slice(0, Number(m[1])) + m[2];
        this.english.add(previous);
      }
    }
    return this.english.has(word);
  };

  /** PrefixExpander: the most frequent surface words that start with the prefix. */
  KbSearch.prototype.expand = function (prefix) {
    const folded = prefix.toLowerCase();
    if (folded.length === 0) return [];
    return this.sorted.filter(w => w.startsWith(folded))
      .sort((a, b) => (this.words.get(b)[0] - this.words.get(a)[0]) || compare(a, b)).slice(0, this.settings.prefixMaxTerms);
  };

  /** FacetCatalog.Words: lower-case words, '&' read as "and". */
  function facetWords(text) {
    return text.replace(/&/g, ' and ').toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(w => w.length > 0);
  }

  /** FacetCatalog.Read: the values a typed value means (exactly, held whole in a longer value, or nearly spelt), and whether it was read loosely. */
  KbSearch.prototype.read = function (facet, typed) {
    const f = this.facets.get(facet);
    if (!f) return { values: [], loose: false };
    const key = positionsOf(this, typed).map(p => p.word).join(' ');
    if (f.keys.has(key)) return { values: [f.keys.get(key)], loose: false };
    const joined = o => o.words.join(' ');
    if (!f.own) {
      // Made once per facet, as FacetCatalog does when it is built.
      const own = [];
      for (const [value, name] of f.names) {
        own.push({ words: value.split('-').filter(w => w.length > 0), value: value });
        own.push({ words: facetWords(name), value: value });
      }
      f.own = own.filter(o => joined(o).length >= 3)
        .sort((a, b) => (b.words.length - a.words.length) || (joined(b).length - joined(a).length) || compare(joined(a), joined(b)) || compare(a.value, b.value));
    }
    const list = f.own;
    const words = facetWords(typed);
    const held = new Set();
    if (words.length >= 2) {
      const taken = words.map(() => false);
      for (const o of list) {
        for (let at = 0; o.words.length < words.length && at + o.words.length <= words.length; at++) {
          let fits = true;
          for (let i = 0; i < o.words.length && fits; i++) fits = !taken[at + i] && words[at + i] === o.words[i];
          if (fits) {
            for (let i = 0; i < o.words.length; i++) taken[at + i] = true;
            held.add(o.value);
          }
        }
      }
    }
    if (held.size > 0) return { values: Array.from(held).sort(compare), loose: true };
    const text = words.join(' ');
    const limit = text.length < 5 ? 0 : text.length < 9 ? 1 : 2;
    let bestDistance = limit + 1;
    let best = new Set();
    for (const o of (limit > 0 ? list : [])) {
      const candidate = joined(o);
      const d = Math.abs(candidate.length - text.length) > limit ? limit + 1 : editDistance(text, candidate, limit);
      if (d < bestDistance) { bestDistance = d; best = new Set(); }
      if (d === bestDistance && d <= limit) best.add(o.value);
    }
    return best.size === 1 ? { values: Array.from(best), loose: true } : { values: [], loose: false };
  };

  KbSearch.prototype.valuesOf = function (facet) {
    const f = this.facets.get(facet);
    return f ? Array.from(f.names.keys()).sort(compare) : [];
  };

  KbSearch.prototype.nameOf = function (facet, value) {
    const f = this.facets.get(facet);
    return f && f.names.has(value) ? f.names.get(value) : value;
  };

  /** BM25Similarity.Idf, to the float. */
  KbSearch.prototype.idf = function (df) { return f32(Math.log(1 + (this.maxDoc - df + 0.5) / (df + 0.5))); };

  /** BM25DocScorer.Score: weight * (k1 + 1) * freq / (freq + norm), to the float. */
  KbSearch.prototype.bm25 = function (field, idf, boost, doc, freq) {
    const weightValue = f32(f32(idf * boost) * f32(this.k1 + 1));
    return f32(f32(weightValue * freq) / f32(freq + field.norms[doc]));
  };

  /** The documents a query matches, with their scores: Map(doc -> score). */
  KbSearch.prototype.evaluate = function (q) {
    switch (q.t) {
      case 'term': return this.termScores(q);
      case 'phrase': return this.phraseScores(q);
      case 'facet': {
        const out = new Map();
        this.docs.forEach((d, i) => { if ((d.facets[q.facet] || []).indexOf(q.value) >= 0) out.set(i, 0); });
        return out;
      }
      case 'const': {
        const out = new Map();
        for (const doc of this.evaluate(q.q).keys()) out.set(doc, 0);
        return out;
      }
      default: return this.boolScores(q);
    }
  };

  KbSearch.prototype.termScores = function (q) {
    const out = new Map();
    const p = this.postings(q.field, q.term);
    if (p === null) return out;
    const field = this.field.get(q.field), idf = this.idf(p.df);
    for (const [doc, e] of p.docs) out.set(doc, this.bm25(field, idf, q.boost, doc, e.freq));
    return out;
  };

  KbSearch.prototype.phraseScores = function (q) {
    const out = new Map();
    const lists = q.terms.map(t => this.postings(q.field, t.term));
    if (lists.some(l => l === null)) return out;
    const field = this.field.get(q.field);
    let idf = 0;
    for (const l of lists) idf = f32(idf + this.idf(l.df));
    for (const doc of lists[0].docs.keys()) {
      if (!lists.every(l => l.docs.has(doc))) continue;
      const positions = lists.map(l => l.docs.get(doc).positions);
      const offsets = q.terms.map(t => t.offset);
      const freq = q.slop === 0 ? exactFreq(positions, offsets) : sloppyFreq(positions, offsets, q.slop);
      if (freq !== 0) out.set(doc, this.bm25(field, idf, q.boost, doc, freq));
    }
    return out;
  };

  /** ExactPhraseScorer: how many times every term is at its place. */
  function exactFreq(positions, offsets) {
    const sets = positions.map(p => new Set(p));
    let n = 0;
    for (const p of positions[0]) {
      const start = p - offsets[0];
      if (offsets.every((o, i) => sets[i].has(start + o))) n++;
    }
    return n;
  }

  /** SloppyPhraseScorer.PhraseFreq (terms without repeats): the sum of 1 / (distance + 1) over matches within the slop. */
  function sloppyFreq(positions, offsets, slop) {
    const pps = positions.map((list, i) => ({ list: list, next: 0, offset: offsets[i], ord: i, position: 0 }));
    let end = -Infinity;
    const advance = pp => {
      if (pp.next >= pp.list.length) return false;
      pp.position = pp.list[pp.next++] - pp.offset;
      if (pp.position > end) end = pp.position;
      return true;
    };
    pps.forEach(advance);
    const less = (a, b) => a.position !== b.position ? a.position < b.position : a.offset !== b.offset ? a.offset < b.offset : a.ord < b.ord;
    const queue = pps.slice();
    const least = () => { let m = 0; for (let i = 1; i < queue.length; i++) if (less(queue[i], queue[m])) m = i; return m; };
    const pop = () => queue.splice(least(), 1)[0];
    let freq = 0;
    let pp = pop();
    let matchLength = end - pp.position;
    let next = queue[least()].position;
    while (advance(pp)) {
      if (pp.position > next) {
        if (matchLength <= slop) freq = f32(freq + f32(1 / (matchLength + 1)));
        queue.push(pp);
        pp = pop();
        next = queue[least()].position;
        matchLength = end - pp.position;
      } else if (end - pp.position < matchLength) matchLength = end - pp.position;
    }
    if (matchLength <= slop) freq = f32(freq + f32(1 / (matchLength + 1)));
    return freq;
  }

  /** BooleanQuery: required, optional (at least min of them) and prohibited clauses; coord on the share matched. */
  KbSearch.prototype.boolScores = function (q) {
    const must = [], should = [], not = [];
    for (const c of q.clauses) (c.occur === 'must' ? must : c.occur === 'should' ? should : not).push(this.evaluate(c.q));
    const out = new Map();
    if (must.length === 0 && should.length === 0) return out;
    let candidates;
    if (must.length > 0) candidates = Array.from(must[0].keys()).filter(d => must.every(m => m.has(d)));
    else { const all = new Set(); should.forEach(m => m.forEach((_, d) => all.add(d))); candidates = Array.from(all); }
    const maxCoord = must.length + should.length;
    for (const doc of candidates) {
      if (not.some(m => m.has(doc))) continue;
      let matched = 0, sum = 0;
      for (const m of must) sum += m.get(doc);
      for (const m of should) if (m.has(doc)) { matched++; sum += m.get(doc); }
      if (matched < q.min || (must.length === 0 && matched === 0)) continue;
      let score = f32(sum);
      if (q.coord) { const share = f32((must.length + matched) / maxCoord); score = f32(score * f32(share * share)); }
      out.set(doc, score);
    }
    return out;
  };

  // ---- Answering (LuceneSearchEngine) ----

  KbSearch.prototype.search = function (query, limit, filters) {
    const s = this.settings;
    query = query == null ? '' : String(query);
    limit = limit == null ? 10 : Math.max(0, Math.min(s.maxLimit, Math.trunc(Number(limit)) || 0));
    const messages = [];
    let q = query;
    if (q.length > s.maxQueryLength) { q = q.slice(0, s.maxQueryLength); messages.push('Only the first ' + s.maxQueryLength + ' characters were searched.'); }
    const builder = new Builder(this);
    const built = builder.build(parse(lex(q, key => Object.prototype.hasOwnProperty.call(this.filterKeys, key.toLowerCase()))), filters);
    builder.messages.forEach(m => messages.push(m));
    if (built.main === null) return this.answer(query, [], [], builder.highlight, messages);
    let matches = this.evaluate(built.main);
    if (matches.size < s.fallbackBelow && built.fallback !== null) {
      const before = matches.size;
      matches = this.evaluate(built.fallback(before === 0));
      if (matches.size > before) {
        messages.push(before === 0 ? 'No entry has all the words: showing entries with some of them.'
          : 'Few entries have all the words: entries with most of them are shown too.');
      }
    }
    // Lucene's collector: best score first, then the lower document number (slug order).
    const ranked = Array.from(matches, ([doc, score]) => ({ doc: doc, score: score })).sort((a, b) => (b.score - a.score) || (a.doc - b.doc));
    let boosted = this.parentBoost(ranked);
    let all = ranked;
    if (this.asksGovernance(q, built.question)) {
      // A governor the words did not match is an answer all the same: it counts, and its facets too.
      boosted = this.governanceAnswer(boosted);
      all = ranked.concat(boosted.filter(r => !matches.has(r.doc)));
    }
    return this.answer(query, all, boosted.slice(0, limit), builder.highlight, messages);
  };

  /** GovernanceAnswer.Asks: a reporting line asked in a question (as the builder read it), or named at the query's end. */
  const GOVERNANCE = /\b(?:reports?|reporting|accountable|answers?|answerable)\s+to\b|\b(?:governed|overseen|supervised)\s+by\b|\bwho\s+(?:governs|oversees|supervises)\b/gi;
  KbSearch.prototype.asksGovernance = function (query, question) {
    const text = query.trim().replace(/[?!. ]+$/, '');
    const asking = Array.from(text.matchAll(GOVERNANCE));
    if (asking.length === 0) return false;
    const last = asking[asking.length - 1];
    return question || last.index + last[0].length === text.length;
  };

  /** GovernanceAnswer.Apply: the bodies the best match reports to or is governed by come first, at its score. */
  KbSearch.prototype.governanceAnswer = function (ranked) {
    if (ranked.length === 0) return ranked;
    const top = ranked[0];
    const lifted = Array.from(new Set(this.docs[top.doc].governors || [])).filter(g => g !== top.doc);
    if (lifted.length === 0) return ranked;
    return lifted.map(g => ({ doc: g, score: top.score })).concat(ranked.filter(r => lifted.indexOf(r.doc) < 0));
  };

  /** ParentBoost.Apply: each of the first results lends a share of its score to those of them it names as its lead or user. */
  KbSearch.prototype.parentBoost = function (ranked) {
    const s = this.settings;
    const window = Math.min(s.parentWindow, ranked.length);
    const scores = ranked.slice(0, window).map(r => Math.round(r.score * 1e6) / 1e6);
    for (let lender = 0; lender < window; lender++) {
      (this.docs[ranked[lender].doc].parents || []).forEach(parent => {
        for (let i = 0; i < window; i++) {
          if (ranked[i].doc === parent && i !== lender) scores[i] += s.parentShare * (Math.round(ranked[lender].score * 1e6) / 1e6);
        }
      });
    }
    const boosted = ranked.slice(0, window).map((r, i) => ({ doc: r.doc, score: Math.round(scores[i] * 1e6) / 1e6, order: i }))
      .sort((a, b) => (b.score - a.score) || (a.order - b.order));
    return boosted.concat(ranked.slice(window));
  };

  KbSearch.prototype.answer = function (query, all, top, highlight, messages) {
    return {
      query: query,
      total: all.length,
      results: top.map(r => {
        const d = this.docs[r.doc];
        return { slug: d.slug, title: d.title, kind: d.kind, url: d.url, score: Math.round(r.score * 1e6) / 1e6, snippet: this.snippet(r.doc, highlight), evidence: d.evidence || null };
      }),
      facets: this.facetCounts(all.map(r => r.doc)),
      message: messages.length === 0 ? null : messages.join(' ')
    };
  };

  /** The summary, HTML-escaped, with the matched terms marked from the summary's postings offsets (as SnippetMaker renders). */
  KbSearch.prototype.snippet = function (doc, highlight) {
    const text = this.docs[doc].summary;
    const matches = [];
    for (const term of highlight) {
      const p = this.postings('summary', term);
      const e = p === null ? undefined : p.docs.get(doc);
      if (e) e.offsets.forEach(o => matches.push(o));
    }
    matches.sort((a, b) => (a[0] - b[0]) || (b[1] - a[1]));
    let html = '', at = 0;
    for (let m = 0; m < matches.length; m++) {
      const start = Math.max(matches[m][0], at);
      let stop = Math.min(matches[m][1], text.length);
      while (m + 1 < matches.length && matches[m + 1][0] < stop) stop = Math.max(stop, Math.min(matches[++m][1], text.length));
      if (start >= stop) continue;
      html += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, stop)) + '</mark>';
      at = stop;
    }
    return (html + escapeHtml(text.slice(at))).trim();
  };

  /** FacetTable.Count: per facet value over every match, most frequent first, then by name. */
  KbSearch.prototype.facetCounts = function (docs) {
    const counts = new Map();
    docs.forEach(d => Object.keys(this.docs[d].facets).forEach(f => this.docs[d].facets[f].forEach(v => {
      const k = f + '\u0001' + v; counts.set(k, (counts.get(k) || 0) + 1);
    })));
    const result = {};
    Array.from(counts.keys()).sort(compare).forEach(k => {
      const fv = k.split('\u0001');
      (result[fv[0]] = result[fv[0]] || []).push({ value: fv[1], name: this.nameOf(fv[0], fv[1]), count: counts.get(k) });
    });
    Object.keys(result).forEach(f => result[f].sort((a, b) => (b.count - a.count) ||
      compare(a.name.toUpperCase(), b.name.toUpperCase()) || compare(a.value, b.value)));
    return result;
  };

  function escapeHtml(s) {
    return s.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  if (typeof module !== 'undefined' && module.exports) module.exports = KbSearch;
  else root.KbSearch = KbSearch;
})(typeof self !== 'undefined' ? self : this);

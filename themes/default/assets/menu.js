/*
 * The Gangs Manual's menu of options, in the browser.
 *
 * Ranks the options in menu-data.json (written by KnowledgeBase.Menu.MenuDataWriter) exactly as the C# MenuEngine
 * does: IDF-weighted facet matches, terms the free text names, locality, status and evidence, need groups
 * interleaved for coverage, the same reasons in the same words. One difference, by design: free-text relevance
 * here is word overlap (ln(1 + N/df) per shared word, doubled for title/summary/keywords, divided by the best),
 * where the site's C# engine uses the search index's BM25 with synonyms. With the C# TermOverlapRelevance the two
 * engines agree to the last decimal; with BM25 they agree on what matters (tests check top-3 or nDCG).
 *
 * Vanilla ES2017, no libraries. Works in a page (window.GangsMenu) and under Node (module.exports).
 */
(function (root) {
  'use strict';

  var FACETS = ['needs', 'crime_types', 'gang_types', 'focus', 'boroughs', 'communities', 'audiences'];
  var MATCHED = ['crime_types', 'gang_types', 'focus', 'communities', 'audiences'];
  var ALL_COMMUNITIES = 'all-communities';
  var FIELD_NAMES = {
    'need': 'needs', 'crime type': 'crime_types', 'gang type': 'gang_types', 'focus': 'focus',
    'borough': 'boroughs', 'community': 'communities', 'audience': 'audiences'
  };

  // Must equal KnowledgeBase.Menu.MenuStopWords.
  var STOP = new Set(('a about after again all already also although an and another any anything are around as at be ' +
    'because been before being believe both bring bringing brought but by can come comes coming could did do does ' +
    'doing done each either else even ever every few for from further get go goes going got had has have here how i ' +
    'if in into is it its just keep keeping keeps know known like lot lots made make makes many may me might more ' +
    'most much must my near need needs no not now of often on one only or other others our out over own per quite ' +
    'really same see seem seems seen shall should since so some someone soon still such take taken takes than that ' +
    'the their them then there these they this those to too two under until up us very via want wants was we were ' +
    'what when where which while who why will with within without would yet you your').split(' '));

  // ---- words: must equal KnowledgeBase.Menu.MenuText ----

  function words(text) {
    var out = [];
    var current = '';
    var s = text || '';
    for (var k = 0; k < s.length; k++) {
      var c = s[k].toLowerCase();
      if (c === '\'' || c === '\u2019') { continue; }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        current += c;
        continue;
      }
      if (current.length > 0) {
        out.push(current);
        current = '';
      }
      if (c === '&') { out.push('and'); }
    }
    if (current.length > 0) { out.push(current); }
    return out;
  }

  function isVowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u'; }

  function stem(word) {
    var w = word;
    var n = function () { return w.length; };
    if (n() > 4 && w.endsWith('ies')) { w = w.slice(0, -3) + 'y'; }
    else if (n() > 4 && w.endsWith('ives')) { w = w.slice(0, -3) + 'fe'; }
    else if (w.endsWith('sses')) { w = w.slice(0, -2); }
    else if (n() > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) { w = w.slice(0, -1); }

    var cut = false;
    if (n() > 5 && w.endsWith('ly')) { w = w.slice(0, -2); }
    else if (n() > 5 && w.endsWith('ing')) { w = w.slice(0, -3); cut = true; }
    else if (n() > 4 && w.endsWith('ied')) { w = w.slice(0, -3) + 'y'; }
    else if (n() > 5 && w.endsWith('ed')) { w = w.slice(0, -2); cut = true; }

    var last = w[n() - 1];
    if (cut && n() > 2 && last === w[n() - 2] && !isVowel(last) && last !== 's' && last !== 'z' && (last !== 'l' || n() > 5)) {
      w = w.slice(0, -1);
    }
    return w;
  }

  function stems(text) { return words(text).map(stem); }
  function contentStems(text) { return words(text).filter(function (w) { return !STOP.has(w); }).map(stem); }
  function key(text) { return stems(text).join(' '); }

  // As OptionScorer.MarkInferred.
  function markInferred(inferred, from, reasons) {
    for (var k = from; inferred && k < reasons.length; k++) { reasons[k] += ' (inferred by the editors)'; }
  }

  function cmpOrdinal(a, b) { return a < b ? -1 : (a > b ? 1 : 0); }
  function round(score) { return Math.floor((score * 1e6) + 0.5) / 1e6; }

  // Optimal string alignment distance, as KnowledgeBase.Diagnostics.Suggestions.Distance (adjacent swaps count one).
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) { return limit + 1; }
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (var x = 1; x <= a.length; x++) {
      for (var y = 1; y <= b.length; y++) {
        var cost = a[x - 1] === b[y - 1] ? 0 : 1;
        d[x][y] = Math.min(Math.min(d[x - 1][y] + 1, d[x][y - 1] + 1), d[x - 1][y - 1] + cost);
        if (x > 1 && y > 1 && a[x - 1] === b[y - 2] && a[x - 2] === b[y - 1]) {
          d[x][y] = Math.min(d[x][y], d[x - 2][y - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  // As VocabularyResolver.NearLimit: no edits for short words, where one edit makes another word.
  function nearLimit(length) { return length < 5 ? 0 : (length < 9 ? 1 : 2); }

  function startsAWord(candidate, k) {
    for (var at = candidate.indexOf(k); at >= 0; at = candidate.indexOf(k, at + 1)) {
      if (at === 0 || candidate[at - 1] === ' ') { return true; }
    }
    return false;
  }

  // ---- the engine ----

  function MenuEngine(data) {
    var self = this;
    self.w = data.weights;
    self.vocab = {};
    FACETS.forEach(function (f) {
      var v = (data.vocabularies || {})[f] || { title: f, singular: f, terms: [] };
      self.vocab[f] = v;
    });
    self.options = data.options;
    var count = self.options.length;
    self.count = count;

    // Tie-break: title case-insensitively, then exactly, then slug (as MenuIndex.TieRank).
    var order = self.options.map(function (o, i) { return i; }).sort(function (a, b) {
      var oa = self.options[a], ob = self.options[b];
      return cmpOrdinal(oa.title.toLowerCase(), ob.title.toLowerCase()) || cmpOrdinal(oa.title, ob.title) || cmpOrdinal(oa.slug, ob.slug);
    });
    self.tieRank = [];
    order.forEach(function (idx, r) { self.tieRank[idx] = r; });

    self.idf = {};
    var top = Math.log(1.0 + count);
    MATCHED.forEach(function (f) {
      var df = {};
      self.options.forEach(function (o) {
        Array.from(new Set(o[f])).forEach(function (t) { df[t] = (df[t] || 0) + 1; });
      });
      self.idf[f] = {};
      Object.keys(df).forEach(function (t) {
        self.idf[f][t] = self.w.idfFloor + ((1.0 - self.w.idfFloor) * (Math.log(1.0 + (count / df[t])) / top));
      });
    });

    self.covered = self.options.map(function (o) {
      var all = new Set(o.boroughs);
      o.programmes.forEach(function (p) { p.boroughs.forEach(function (b) { all.add(b); }); });
      return all;
    });
    self.strong = self.options.map(function (o) { return new Set(o.tw); });

    // Word overlap postings (as TermOverlapRelevance): strong words weigh 2, body-only words 1.
    self.postings = new Map();
    self.options.forEach(function (o, i) {
      [[o.tw, 2.0], [o.bw, 1.0]].forEach(function (pair) {
        pair[0].forEach(function (s) {
          if (!self.postings.has(s)) { self.postings.set(s, []); }
          self.postings.get(s).push([i, pair[1]]);
        });
      });
    });

    self.resolvers = {};
    self.phrases = new Map();
    FACETS.forEach(function (f) {
      var map = new Map();
      var terms = self.vocab[f].terms;
      terms.forEach(function (t) { var k = key(t.slug); if (!map.has(k)) { map.set(k, t.slug); } });
      terms.forEach(function (t) { var k = key(t.name); if (!map.has(k)) { map.set(k, t.slug); } });
      terms.forEach(function (t) { (t.aliases || []).forEach(function (a) { var k = key(a); if (!map.has(k)) { map.set(k, t.slug); } }); });
      map.delete('');
      self.resolvers[f] = map;
      self.ownKeys = self.ownKeys || {};
      self.ownKeys[f] = new Set(terms.map(function (t) { return key(t.slug); }).concat(terms.map(function (t) { return key(t.name); })));
      self.keysInOrder = self.keysInOrder || {};
      self.keysInOrder[f] = Array.from(map.keys()).sort(cmpOrdinal);
      // Slug and name keys with their term, for partial and near readings (as VocabularyResolver).
      var own = [];
      var seenOwn = new Set();
      terms.forEach(function (t) {
        [key(t.slug), key(t.name)].forEach(function (k) {
          if (k.length > 0 && !seenOwn.has(k + '\u0000' + t.slug)) { seenOwn.add(k + '\u0000' + t.slug); own.push({ key: k, slug: t.slug }); }
        });
      });
      own.sort(function (a, b) { return cmpOrdinal(a.key, b.key) || cmpOrdinal(a.slug, b.slug); });
      self.ownKeysInOrder = self.ownKeysInOrder || {};
      self.ownKeysInOrder[f] = own;
      // Slug and name keys of three letters or more, longest first, for the terms a longer value holds whole.
      self.containable = self.containable || {};
      self.containable[f] = own.filter(function (c) { return c.key.length >= 3; })
        .map(function (c) { return { key: c.key, words: c.key.split(' '), slug: c.slug }; })
        .sort(function (a, b) { return (b.words.length - a.words.length) || (b.key.length - a.key.length) || cmpOrdinal(a.key, b.key) || cmpOrdinal(a.slug, b.slug); });
      terms.forEach(function (t) {
        [t.slug.replace(/-/g, ' '), t.name].concat(t.aliases || []).forEach(function (phrase) {
          var st = stems(phrase);
          if (st.length === 0) { return; }
          if (!self.phrases.has(st[0])) { self.phrases.set(st[0], []); }
          self.phrases.get(st[0]).push({ facet: f, slug: t.slug, stems: st });
        });
      });
    });
  }

  MenuEngine.prototype.nameOf = function (facet, slug) {
    var terms = this.vocab[facet].terms;
    for (var i = 0; i < terms.length; i++) { if (terms[i].slug === slug) { return terms[i].name; } }
    return slug;
  };

  MenuEngine.prototype.statusBonus = function (s) {
    var w = this.w;
    return s === 'active' ? w.statusActive : s === 'pilot' ? w.statusPilot : s === 'planned' ? w.statusPlanned : s === 'ended' ? w.statusEnded : w.statusUnknown;
  };

  MenuEngine.prototype.evidenceBonus = function (e) {
    var w = this.w;
    return e === 'evaluated' ? w.evidenceEvaluated : e === 'reported-success' ? w.evidenceReported : e === 'in-development' ? w.evidenceInDevelopment : 0;
  };

  // ---- profiles: as MenuProfileParser ----

  MenuEngine.prototype.suggest = function (facet, value) {
    var k = key(value);
    if (k.length === 0) { return null; }
    var limit = Math.max(1, Math.floor(k.length / 3));
    var best = null;
    var bestDistance = Infinity;
    this.keysInOrder[facet].forEach(function (candidate) {
      var d = editDistance(k, candidate, limit);
      if (d <= limit && d < bestDistance) { best = this.resolvers[facet].get(candidate); bestDistance = d; }
    }, this);
    return best;
  };

  /** As VocabularyResolver.Contained: the terms whose slug or name a value of two words or more holds whole, no two on the same words. */
  MenuEngine.prototype.contained = function (facet, k) {
    var typed = k.split(' ');
    if (typed.length < 2) { return []; }
    var taken = typed.map(function () { return false; });
    var found = new Set();
    this.containable[facet].forEach(function (c) {
      if (c.words.length >= typed.length) { return; }
      for (var at = 0; at + c.words.length <= typed.length; at++) {
        var fits = true;
        for (var i = 0; i < c.words.length && fits; i++) { fits = !taken[at + i] && typed[at + i] === c.words[i]; }
        if (fits) {
          for (var j = 0; j < c.words.length; j++) { taken[at + j] = true; }
          found.add(c.slug);
        }
      }
    });
    return this.vocab[facet].terms.map(function (t) { return t.slug; }).filter(function (s) { return found.has(s); });
  };

  /** As VocabularyResolver.Read: exact key, else a unique word-prefix match, else the terms it holds whole, else a unique nearest spelling. */
  MenuEngine.prototype.read = function (facet, value) {
    var self = this;
    var k = key(value);
    var map = self.resolvers[facet];
    if (k.length === 0) { return { slug: null, candidates: [], loose: false }; }
    if (map.has(k)) { return { slug: map.get(k), candidates: [], loose: !self.ownKeys[facet].has(k) }; }
    var inOrder = function (slugs) {
      var set = new Set(slugs);
      return self.vocab[facet].terms.map(function (t) { return t.slug; }).filter(function (s) { return set.has(s); });
    };
    var own = self.ownKeysInOrder[facet];
    var found = k.length >= 3
      ? inOrder(own.filter(function (c) { return startsAWord(c.key, k); }).map(function (c) { return c.slug; }))
      : [];
    if (found.length === 0) {
      var whole = self.contained(facet, k);
      if (whole.length > 0) { return { slug: whole[0], candidates: [], loose: true, together: whole.length > 1 ? whole : [] }; }
      var limit = nearLimit(k.length);
      var best = limit + 1;
      var near = [];
      if (limit > 0) {
        own.forEach(function (c) {
          if (Math.abs(k.length - c.key.length) > limit) { return; }
          var d = editDistance(k, c.key, limit);
          if (d < best) { best = d; near = []; }
          if (d === best && d <= limit) { near.push(c.slug); }
        });
      }
      found = inOrder(near);
    }
    if (found.length === 1) { return { slug: found[0], candidates: [], loose: true }; }
    return { slug: null, candidates: found, loose: false };
  };

  /** Normalises a raw profile ({needs: ["Knife crime"], ..., text}) into slugs, collecting every problem. */
  MenuEngine.prototype.parse = function (raw) {
    var self = this;
    raw = raw || {};
    var problems = [];
    var readings = [];
    var profile = { text: String(raw.text || '').trim() };
    FACETS.forEach(function (f) {
      var found = new Set();
      var values = [].concat(raw[f] || []);
      var v2 = self.vocab[f];
      var allowed = v2.terms.map(function (t) { return t.slug; }).join(', ');
      values.forEach(function (v) {
        String(v == null ? '' : v).split(',').forEach(function (value) {
          if (value.trim().length === 0) { return; }
          var reading = self.read(f, value);
          if (reading.slug !== null) {
            var read = reading.together && reading.together.length > 0 ? reading.together : [reading.slug];
            read.forEach(function (slug) { found.add(slug); });
            if (reading.loose) { readings.push('\'' + value.trim() + '\' read as ' + read.map(function (slug) { return self.nameOf(f, slug); }).join(' and ')); }
          } else if (reading.candidates.length > 0) {
            problems.push('The ' + v2.singular.toLowerCase() + ' \'' + value.trim() + '\' could mean ' +
              reading.candidates.map(function (c) { return c + ' (' + self.nameOf(f, c) + ')'; }).join(', ') +
              ': say which. Allowed ' + v2.title.toLowerCase() + ': ' + allowed + '.');
          } else {
            var suggestion = self.suggest(f, value);
            problems.push('Unknown ' + v2.singular.toLowerCase() + ' \'' + value.trim() + '\'.' +
              (suggestion === null ? '' : ' Did you mean \'' + suggestion + '\'?') +
              ' Allowed ' + v2.title.toLowerCase() + ': ' + allowed +
              ' (display names and aliases are accepted too).');
          }
        });
      });
      profile[f] = self.vocab[f].terms.map(function (t) { return t.slug; }).filter(function (s) { return found.has(s); });
    });
    return { profile: profile, problems: problems, readings: readings };
  };

  /** As TextFacetDetector.Detect: {terms: facet -> slugs in vocabulary order, words: 'facet/slug' -> the words that named it}. */
  MenuEngine.prototype.detect = function (text) {
    var self = this;
    var typed = words(text);
    var st = typed.map(stem);
    var found = {};
    var named = {};
    for (var i = 0; i < st.length; i++) {
      (self.phrases.get(st[i]) || []).forEach(function (p) {
        if (i + p.stems.length > st.length) { return; }
        for (var k = 0; k < p.stems.length; k++) { if (st[i + k] !== p.stems[k]) { return; } }
        (found[p.facet] = found[p.facet] || new Set()).add(p.slug);
        var wordsKey = p.facet + '/' + p.slug;
        if (!(wordsKey in named)) { named[wordsKey] = typed.slice(i, i + p.stems.length).join(' '); }
      });
    }
    var out = {};
    Object.keys(found).forEach(function (f) {
      out[f] = self.vocab[f].terms.map(function (t) { return t.slug; }).filter(function (s) { return found[f].has(s); });
    });
    return { terms: out, words: named };
  };

  MenuEngine.prototype.textRelevance = function (text) {
    var self = this;
    var totals = new Map();
    Array.from(new Set(contentStems(text))).forEach(function (s) {
      var postings = self.postings.get(s);
      if (!postings) { return; }
      var idf = Math.log(1.0 + (self.count / postings.length));
      postings.forEach(function (p) { totals.set(p[0], (totals.get(p[0]) || 0) + (idf * p[1])); });
    });
    var best = 0;
    totals.forEach(function (v) { if (v > best) { best = v; } });
    var out = new Map();
    totals.forEach(function (v, i) { out.set(i, v / best); });
    return out;
  };

  MenuEngine.prototype.query = function (profile) {
    var self = this;
    var detection = profile.text.length === 0 ? { terms: {}, words: {} } : self.detect(profile.text);
    var detected = detection.terms;
    var d = function (f) { return detected[f] || []; };
    var implied = {};
    MATCHED.forEach(function (f) {
      var terms = d(f).filter(function (t) { return profile[f].indexOf(t) < 0; });
      if (terms.length > 0) { implied[f] = terms; }
    });
    var audienceSlugs = new Set(self.vocab.audiences.terms.map(function (t) { return t.slug; }));
    var seen = new Set();
    var textWords = [];
    words(profile.text).filter(function (w) { return !STOP.has(w); }).forEach(function (w) {
      var s = stem(w);
      if (!seen.has(s)) { seen.add(s); textWords.push({ word: w, stem: s }); }
    });
    var focusAudiences = profile.focus.filter(function (f) {
      return audienceSlugs.has(f) && profile.audiences.indexOf(f) < 0 && (implied.audiences || []).indexOf(f) < 0;
    });
    // As MenuEngine.GangCrimeTypes: the crime types the chosen gang types commit, when no crime type is named.
    var gangCrimeTypes = [];
    if (profile.crime_types.length === 0 && !implied.crime_types) {
      var committed = new Set();
      self.vocab.gang_types.terms.forEach(function (t) {
        if (t.crime_type && profile.gang_types.indexOf(t.slug) >= 0) { committed.add(t.crime_type); }
      });
      gangCrimeTypes = self.vocab.crime_types.terms.map(function (t) { return t.slug; }).filter(function (s) { return committed.has(s); });
    }
    // As MenuEngine.BuildQuery's topical.
    var topical = profile.text.length > 0 || Object.keys(implied).length > 0 || focusAudiences.length > 0 ||
      MATCHED.some(function (f) { return profile[f].length > 0; });
    return {
      profile: profile,
      needs: profile.needs.length === 0 ? d('needs') : profile.needs,
      needsImplied: profile.needs.length === 0 && d('needs').length > 0,
      implied: implied,
      boroughs: profile.boroughs.length === 0 ? d('boroughs') : profile.boroughs,
      boroughsImplied: profile.boroughs.length === 0 && d('boroughs').length > 0,
      focusAudiences: focusAudiences,
      gangCrimeTypes: gangCrimeTypes,
      text: profile.text.length === 0 ? new Map() : self.textRelevance(profile.text),
      textWords: textWords,
      topical: topical,
      impliedWords: detection.words
    };
  };

  // ---- scoring and reasons: as OptionScorer ----

  MenuEngine.prototype.names = function (facet, slugs, conjunction) {
    var self = this;
    var list = slugs.map(function (s) {
      var name = self.nameOf(facet, s);
      return facet === 'communities' || facet === 'boroughs' || name.length === 0 ? name : name[0].toLowerCase() + name.slice(1);
    });
    if (list.length <= 1) { return list.join(''); }
    return list.slice(0, -1).join(', ') + ' ' + (conjunction || 'and') + ' ' + list[list.length - 1];
  };

  MenuEngine.prototype.needFactor = function (o, q) {
    if (q.needs.length === 0) { return 1.0; }
    for (var i = 0; i < q.needs.length; i++) { if (o.needs.indexOf(q.needs[i]) >= 0) { return 1.0; } }
    return q.needsImplied ? 1.0 - ((1.0 - this.w.needMiss) * this.w.impliedShare) : this.w.needMiss;
  };

  var IMPLIED = ' (from your description)';
  var VERBS = { crime_types: 'answers', gang_types: 'fits', focus: 'focuses on', communities: 'works with', audiences: 'reaches' };

  MenuEngine.prototype.score = function (i, q, reasons) { return this.scoreParts(i, q, reasons).score; };

  /** As OptionScorer.Score, with the topic score (facets and text) beside the score. */
  MenuEngine.prototype.scoreParts = function (i, q, reasons) {
    var self = this;
    var w = self.w;
    var o = self.options[i];
    var factor = self.needFactor(o, q);
    if (reasons) { reasons.push(self.needReason(o, q)); }
    // As OptionScorer.Score: topic decides; locality and status order what is on topic (MenuWeights.OrderGate).
    var topic = 0.0;
    MATCHED.forEach(function (f) { topic += self.facetScore(i, f, q, reasons); });
    var locality = self.localityScore(i, q, reasons);
    topic += self.textScore(i, q, reasons);
    var order = locality + self.statusBonus(o.status) + self.evidenceBonus(o.evidence);
    if (reasons) {
      if (q.topical && !(topic > 0)) {
        reasons.push('matches nothing in the problem you describe, so it comes after every option that does');
      }
      var status = { active: 'active now', pilot: 'running as a pilot', planned: 'planned, not yet running', ended: 'ended: learn from it rather than join it' }[o.status];
      var evidence = {
        'evaluated': 'evaluated: there is evidence of its effect',
        'reported-success': 'reported success, not independently evaluated',
        'in-development': 'still in development: no results yet',
        'untested': 'no results reported yet'
      }[o.evidence];
      if (status) { reasons.push(status); }
      if (evidence) { reasons.push(evidence); }
    }
    var gate = !q.topical ? 1.0 : (topic > 0 ? Math.min(1.0, topic / w.topicForFullOrder) : w.offTopicShare);
    return { score: round(factor * (topic + (gate * order))), topic: topic };
  };

  MenuEngine.prototype.needReason = function (o, q) {
    if (q.needs.length === 0) {
      return o.needs.length === 0 ? 'serves no stated need' : 'serves ' + this.names('needs', o.needs);
    }
    var served = q.needs.filter(function (n) { return o.needs.indexOf(n) >= 0; });
    if (served.length > 0) { return 'serves ' + this.names('needs', served) + (q.needsImplied ? IMPLIED : ''); }
    var asked = this.names('needs', q.needs, 'or');
    return o.needs.length === 0
      ? 'does not serve ' + asked + ', so it ranks lower'
      : 'does not serve ' + asked + ' (it serves ' + this.names('needs', o.needs) + '), so it ranks lower';
  };

  MenuEngine.prototype.facetScore = function (i, f, q, reasons) {
    var o = this.options[i];
    var terms = o[f];
    if (terms.length === 0) { return 0; }
    var w = this.w;
    var weight = w[f === 'crime_types' ? 'crimeTypes' : f === 'gang_types' ? 'gangTypes' : f];
    var breadth = 1.0 / (1.0 + (w.breadth * (terms.length - 1)));
    // As MenuIndex.MatchFactor: a facet the editors inferred counts for a share of a stated one.
    if ((o.inferred || []).indexOf(f) >= 0) { breadth = breadth * w.inferredShare; }
    var idf = this.idf[f];
    var score = 0.0;
    // As OptionScorer's Match: the asked terms the option has, in the order asked, each added to the score in turn.
    var match = function (asked, share) {
      var matched = [];
      asked.forEach(function (t) {
        if (terms.indexOf(t) >= 0) { score += weight * idf[t] * breadth * share; matched.push(t); }
      });
      return matched;
    };
    var chosen = match(q.profile[f], 1.0);
    var everyone = false;
    if (f === 'communities' && chosen.length === 0 && q.profile.communities.length > 0 && terms.indexOf(ALL_COMMUNITIES) >= 0) {
      score += weight * w.allCommunitiesShare * idf[ALL_COMMUNITIES] * breadth;
      everyone = true;
    }
    var implied = match(q.implied[f] || [], w.impliedShare);
    var committed = f === 'crime_types' ? match(q.gangCrimeTypes, w.impliedShare) : [];
    var direct = f === 'audiences' ? match(q.focusAudiences, w.impliedShare) : [];
    if (reasons) {
      var start = reasons.length;
      if (chosen.length > 0) { reasons.push(VERBS[f] + ' ' + this.names(f, chosen)); }
      if (everyone) { reasons.push('works with all communities'); }
      if (implied.length > 0) {
        // As OptionScorer.Quoted: the commander's own words that named the terms.
        var quoted = [];
        implied.forEach(function (t) {
          var w = q.impliedWords[f + '/' + t];
          if (w !== undefined && quoted.indexOf('\'' + w + '\'') < 0) { quoted.push('\'' + w + '\''); }
        });
        reasons.push(VERBS[f] + ' ' + this.names(f, implied) + (quoted.length === 0 ? IMPLIED : ' (from ' + quoted.join(', ') + ' in your description)'));
      }
      if (committed.length > 0) {
        // As OptionScorer.GangTypesCommitting.
        var gangs = this.vocab.gang_types.terms.filter(function (t) {
          return t.crime_type && committed.indexOf(t.crime_type) >= 0 && q.profile.gang_types.indexOf(t.slug) >= 0;
        }).map(function (t) { return t.slug; });
        reasons.push('answers ' + this.names(f, committed) + ', what ' + this.names('gang_types', gangs) + ' commit');
      }
      if (direct.length > 0) { reasons.push('works directly with ' + this.names(f, direct) + ', your focus'); }
      markInferred((o.inferred || []).indexOf(f) >= 0, start, reasons);
    }
    return score;
  };

  MenuEngine.prototype.localityScore = function (i, q, reasons) {
    var self = this;
    if (q.boroughs.length === 0) { return 0; }
    var w = self.w;
    var o = self.options[i];
    var share = q.boroughsImplied ? w.impliedShare : 1.0;
    var covered = q.boroughs.filter(function (b) { return self.covered[i].has(b); });
    if (covered.length > 0) {
      if (reasons) {
        var start = reasons.length;
        var own = covered.filter(function (b) { return o.boroughs.indexOf(b) >= 0; });
        if (own.length > 0) { reasons.push('runs in ' + self.names('boroughs', own)); }
        var rest = covered.filter(function (b) { return o.boroughs.indexOf(b) < 0; });
        o.programmes.forEach(function (p) {
          var there = rest.filter(function (b) { return p.boroughs.indexOf(b) >= 0; });
          if (there.length > 0) {
            reasons.push(p.title + ' runs it in ' + self.names('boroughs', there));
            rest = rest.filter(function (b) { return there.indexOf(b) < 0; });
          }
        });
        var last = reasons.length - 1;
        if (q.boroughs.length > 1 && covered.length < q.boroughs.length) {
          reasons[last] += ' (' + covered.length + ' of ' + q.boroughs.length + ' boroughs asked)';
        }
        if (q.boroughsImplied && last >= start) { reasons[last] += IMPLIED; }
      }
      // As MenuIndex.LocalityInferred: full weight unless every source of the coverage is inferred.
      var inferred = o.inferred || [];
      var ownInferred = o.boroughs.length === 0 || inferred.indexOf('boroughs') >= 0;
      var programmesInferred = o.programmes.every(function (p) { return p.boroughs.length === 0; }) || inferred.indexOf('used_by') >= 0;
      var locality = ownInferred && programmesInferred ? w.locality * w.inferredShare : w.locality;
      if (reasons) { markInferred(locality !== w.locality, start, reasons); }
      return locality * share * covered.length / q.boroughs.length;
    }
    if (self.covered[i].size === 0 || o.londonWide) {
      if (reasons) {
        reasons.push('not tied to particular boroughs, so open to ' + self.names('boroughs', q.boroughs) + (q.boroughsImplied ? IMPLIED : ''));
      }
      return w.locality * share * w.londonWideShare;
    }
    return 0;
  };

  MenuEngine.prototype.textScore = function (i, q, reasons) {
    var relevance = q.text.get(i);
    if (!(relevance > 0)) { return 0; }
    relevance = Math.min(relevance, 1.0);
    if (reasons) {
      var strong = this.strong[i];
      var matched = q.textWords.filter(function (x) { return strong.has(x.stem); }).slice(0, 4).map(function (x) { return '\'' + x.word + '\''; });
      reasons.push(matched.length > 0 ? 'matches ' + matched.join(', ') : 'its text matches your description');
    }
    return this.w.text * relevance;
  };

  // ---- ranking: as MenuEngine.Recommend and CoverageMerger ----

  MenuEngine.prototype.compare = function (a, b) {
    return (b.score - a.score) || (this.tieRank[a.index] - this.tieRank[b.index]);
  };

  MenuEngine.prototype.best = function (scored, limit, filter) {
    var self = this;
    return scored.filter(function (r) { return filter(self.options[r.index]); })
      .sort(function (a, b) { return self.compare(a, b); })
      .slice(0, limit);
  };

  MenuEngine.prototype.merge = function (groups, others, limit) {
    var self = this;
    var flat = [];
    var taken = new Set();
    var next = groups.map(function () { return 0; });
    while (flat.length < limit) {
      var round = [];
      groups.forEach(function (g, gi) {
        var inRound = function (idx) { return round.some(function (r) { return r.option.index === idx; }); };
        while (next[gi] < g.options.length && (taken.has(g.options[next[gi]].index) || inRound(g.options[next[gi]].index))) { next[gi]++; }
        if (next[gi] < g.options.length) { round.push({ option: g.options[next[gi]], group: g.need }); }
      });
      if (round.length === 0) { break; }
      round.sort(function (a, b) { return self.compare(a.option, b.option); });
      round.slice(0, limit - flat.length).forEach(function (r) { flat.push(r); taken.add(r.option.index); });
    }
    for (var k = 0; k < others.length; k++) {
      var at = flat.length;
      while (at > 0 && flat[at - 1].option.score < others[k].score) { at--; }
      if (at >= limit) { break; }
      flat.splice(at, 0, { option: others[k], group: null });
    }
    return flat.slice(0, limit);
  };

  MenuEngine.prototype.describe = function (r, q, group) {
    var o = this.options[r.index];
    var reasons = [];
    var score = this.score(r.index, q, reasons);
    return {
      slug: o.slug, title: o.title, needs: o.needs, score: score, reasons: reasons, url: o.url, group: group,
      summary: o.summary, status: o.status, evidence: o.evidence, lead: o.lead, lead_contact: o.lead_contact || null,
      partners: o.partners, programmes: o.programmes, inferred: o.inferred || []
    };
  };

  /** Answers a raw profile as MenuEngine.Recommend does: {profile, options, groups, message}. */
  MenuEngine.prototype.recommend = function (raw, limit) {
    var self = this;
    var parsed = self.parse(raw);
    if (parsed.problems.length > 0) {
      return { profile: parsed.profile, options: [], groups: [], readings: parsed.readings, message: parsed.problems.join('\n') };
    }
    if (!(limit >= 1)) {
      return { profile: parsed.profile, options: [], groups: [], readings: parsed.readings, message: 'The limit must be at least 1 (it was ' + limit + ').' };
    }
    var q = self.query(parsed.profile);
    var all = self.options.map(function (o, i) { var p = self.scoreParts(i, q, null); return { index: i, score: p.score, topic: p.topic }; });
    // As MenuEngine.Best: when the profile says what the problem is and some option matches it, the rest are left out.
    var onTopicOnly = q.topical && all.some(function (r) { return r.topic > 0; });
    var scored = onTopicOnly ? all.filter(function (r) { return r.topic > 0; }) : all;
    var knownNeeds = new Set();
    self.options.forEach(function (o) { o.needs.forEach(function (n) { knownNeeds.add(n); }); });
    var groupNeeds = q.needs.length > 0 ? q.needs
      : self.vocab.needs.terms.map(function (t) { return t.slug; }).filter(function (n) { return knownNeeds.has(n); });
    // As MenuEngine.Answer: an option serving several requested needs is shown once, in the first of its groups.
    var shown = new Set();
    var groups = groupNeeds.map(function (n) {
      var ranked = self.best(scored, limit * groupNeeds.length, function (o) { return o.needs.indexOf(n) >= 0; });
      var options = [];
      ranked.forEach(function (r) {
        if (options.length < limit && !shown.has(r.index)) { shown.add(r.index); options.push(r); }
      });
      return { need: n, options: options };
    });
    var others = self.best(scored, limit, function (o) {
      return groupNeeds.every(function (n) { return o.needs.indexOf(n) < 0; });
    });
    var flat = self.merge(groups, others, limit);
    return {
      profile: parsed.profile,
      options: flat.map(function (f) { return self.describe(f.option, q, f.group); }),
      groups: groups.map(function (g) {
        return { need: g.need, title: self.nameOf('needs', g.need), options: g.options.map(function (r) { return self.describe(r, q, g.need); }) };
      }),
      readings: parsed.readings,
      message: null
    };
  };

  // ---- the page ----

  var FORM_FIELDS = { need: 'needs', crime_type: 'crime_types', gang_type: 'gang_types', borough: 'boroughs', community: 'communities', audience: 'audiences', focus: 'focus' };

  function el(doc, tag, text, attrs) {
    var node = doc.createElement(tag);
    if (text != null) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function link(doc, text, url) { return url ? el(doc, 'a', text, { href: url }) : doc.createTextNode(text); }

  function readForm(form) {
    var data = new FormData(form);
    var raw = { text: data.get('text') || '' };
    Object.keys(FORM_FIELDS).forEach(function (name) {
      raw[FORM_FIELDS[name]] = data.getAll(name).map(String).filter(function (v) { return v.length > 0; });
    });
    return raw;
  }

  /** Fills any empty <select data-menu-facet="boroughs"> with the vocabulary, so the page template stays simple. */
  function fillSelects(form, engine) {
    Array.prototype.forEach.call(form.querySelectorAll('select[data-menu-facet]'), function (select) {
      if (select.options.length > 0) { return; }
      (engine.vocab[select.getAttribute('data-menu-facet')] || { terms: [] }).terms.forEach(function (t) {
        select.appendChild(el(form.ownerDocument, 'option', t.name, { value: t.slug }));
      });
    });
  }

  // As KnowledgeBase.Menu.MenuWording: status in words and the reasons as a sentence (evidence-scale.js draws the
  // evidence as the server's pages do).
  var STATUS_NAMES = { active: 'Active', pilot: 'Pilot', planned: 'Planned', ended: 'Ended' };
  var STATUS_REASONS = { active: 'active now', pilot: 'running as a pilot', planned: 'planned, not yet running', ended: 'ended: learn from it rather than join it' };
  var EVIDENCE_REASONS = {
    'evaluated': 'evaluated: there is evidence of its effect',
    'reported-success': 'reported success, not independently evaluated',
    'in-development': 'still in development: no results yet',
    'untested': 'no results reported yet'
  };

  function why(option) {
    var shown = option.reasons.filter(function (r) { return r !== STATUS_REASONS[option.status] && r !== EVIDENCE_REASONS[option.evidence]; });
    if (shown.length === 0) { return ''; }
    var sentence = shown.join('; ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
  }

  function renderOption(doc, option) {
    // Element for element the server's partials/menu-option.sbnhtml, a heading level deeper (a browser test compares them).
    var item = el(doc, 'li', null, { 'class': 'menu-option', 'data-slug': option.slug });
    var heading = el(doc, 'h4', null, { 'class': 'menu-option-title' });
    heading.appendChild(link(doc, option.title, option.url));
    item.appendChild(heading);
    if (option.summary) { item.appendChild(el(doc, 'p', option.summary, { 'class': 'menu-when' })); }
    var facts = el(doc, 'p', null, { 'class': 'menu-facts' });
    var evidence = option.evidence ? root.KbEvidence.scale(doc, option.evidence) : null;
    if (evidence) { facts.appendChild(evidence); }
    if (option.status) {
      facts.appendChild(doc.createTextNode(' '));
      facts.appendChild(el(doc, 'span', 'Status: ' + STATUS_NAMES[option.status], { 'class': 'status' }));
    }
    item.appendChild(facts);
    var sentence = why(option);
    if (sentence) { item.appendChild(el(doc, 'p', sentence, { 'class': 'menu-why' })); }
    var who = el(doc, 'p', null, { 'class': 'menu-who' });
    var inferred = function (field) { return (option.inferred || []).indexOf(field) >= 0 ? ' (inferred)' : ''; };
    if (option.lead) {
      who.appendChild(doc.createTextNode('Lead: '));
      who.appendChild(link(doc, option.lead.title, option.lead.url));
      who.appendChild(doc.createTextNode(inferred('lead')));
      who.appendChild(doc.createTextNode((option.lead_contact ? ', contact: ' + option.lead_contact : '') + '. '));
    } else if (option.lead_contact) {
      who.appendChild(doc.createTextNode('Contact: ' + option.lead_contact + '. '));
    }
    if (option.partners.length > 0) {
      who.appendChild(doc.createTextNode('Partners: '));
      option.partners.forEach(function (p, k) {
        if (k > 0) { who.appendChild(doc.createTextNode(', ')); }
        who.appendChild(link(doc, p.text, p.url));
      });
      who.appendChild(doc.createTextNode(inferred('partners') + '. '));
    }
    var programmes = option.programmes.filter(function (p) { return !option.lead || p.slug !== option.lead.slug; });
    if (programmes.length > 0) {
      who.appendChild(doc.createTextNode('Used by: '));
      programmes.forEach(function (p, k) {
        if (k > 0) { who.appendChild(doc.createTextNode(', ')); }
        who.appendChild(link(doc, p.title, p.url));
      });
      who.appendChild(doc.createTextNode('.'));
    }
    item.appendChild(who);
    return item;
  }

  function render(output, answer) {
    var doc = output.ownerDocument;
    while (output.firstChild) { output.removeChild(output.firstChild); }
    if (answer.message) {
      output.appendChild(el(doc, 'p', answer.message, { 'class': 'menu-message', role: 'alert' }));
      return;
    }
    if (answer.readings && answer.readings.length > 0) {
      output.appendChild(el(doc, 'p', 'Read as you meant: ' + answer.readings.join('; ') + '.', { 'class': 'menu-readings' }));
    }
    answer.groups.forEach(function (group) {
      var section = el(doc, 'section', null, { 'class': 'menu-group', 'data-need': group.need });
      section.appendChild(el(doc, 'h3', group.title));
      var list = el(doc, 'ol');
      group.options.forEach(function (o) { list.appendChild(renderOption(doc, o)); });
      section.appendChild(list);
      output.appendChild(section);
    });
  }

  /** Wires a form to the menu: fetches menu-data.json once, answers on submit and on change. */
  function init(form, output, dataUrl, limit) {
    return fetch(dataUrl).then(function (r) { return r.json(); }).then(function (data) {
      var engine = new MenuEngine(data);
      fillSelects(form, engine);
      var answer = function (event) {
        if (event) { event.preventDefault(); }
        render(output, engine.recommend(readForm(form), limit || 5));
      };
      form.addEventListener('submit', answer);
      form.addEventListener('change', answer);
      answer();
      return engine;
    });
  }

  var api = { MenuEngine: MenuEngine, words: words, stem: stem, contentStems: contentStems, init: init, render: render, FIELD_NAMES: FIELD_NAMES };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.GangsMenu = api; // menu-page.js wires it to the page: the server's API first, this engine otherwise.
  }
})(typeof window !== 'undefined' ? window : this);

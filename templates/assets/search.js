// Static search: loads the index written by the generator (generator/Search/) piece by piece and ranks articles in
// the browser. The tokenizer and the stemmer must match SearchTokenizer.cs and EnglishStemmer.cs. Every index file is
// gzip, decompressed with DecompressionStream. No dependencies; no inline script; everything shown is built with DOM
// methods and textContent.
(function () {
  "use strict";

  var CJK = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/;
  var WORD = /[\p{L}\p{Nd}]/u;
  var FACETS = ["source", "year", "topic", "translator"];
  var VERIFY = 40;

  // Snowball English ("Porter2") stemmer, the same algorithm written the same way as EnglishStemmer.cs; only words
  // of the letters a to z are stemmed.
  var STEM_EXCEPTIONS = {
    skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl", ugly: "ugli",
    early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas",
    cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var AFTER_STEP_1A = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];
  var STEP_2 = [["ational", "ate"], ["tional", "tion"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
    ["biliti", "ble"], ["lessli", "less"], ["ization", "ize"], ["entli", "ent"], ["ousli", "ous"], ["fulli", "ful"],
    ["alism", "al"], ["aliti", "al"], ["iviti", "ive"], ["ation", "ate"], ["enci", "ence"], ["anci", "ance"],
    ["abli", "able"], ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]];
  var STEP_3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
    ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
  var STEP_4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
    "ion", "al", "er", "ic"];

  function isVowel(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }

  function stem(word) {
    if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
    if (Object.prototype.hasOwnProperty.call(STEM_EXCEPTIONS, word)) return STEM_EXCEPTIONS[word];
    var c = word.split("");
    if (c[0] === "y") c[0] = "Y";
    for (var k = 1; k < c.length; k++) if (c[k] === "y" && isVowel(c[k - 1])) c[k] = "Y";
    function regionAfter(from) {
      var i = from;
      while (i < c.length && !isVowel(c[i])) i++;
      while (i < c.length && isVowel(c[i])) i++;
      return i < c.length ? i + 1 : c.length;
    }
    var p1 = /^(gener|arsen)/.test(word) ? 5 : /^commun/.test(word) ? 6 : regionAfter(0);
    var p2 = regionAfter(p1);
    function ends(s) { return c.length >= s.length && c.slice(c.length - s.length).join("") === s; }
    function setEnd(length, replacement) { c.length = length; for (var i = 0; i < replacement.length; i++) c.push(replacement[i]); }
    function hasVowel(end) { for (var i = 0; i < end; i++) if (isVowel(c[i])) return true; return false; }
    function shortSyllable(end) {
      return end >= 3 && !isVowel(c[end - 3]) && isVowel(c[end - 2]) && !isVowel(c[end - 1]) && "wxY".indexOf(c[end - 1]) < 0 ||
        end === 2 && isVowel(c[0]) && !isVowel(c[1]);
    }
    function replace(rules, step2) {
      var best = -1;
      for (var i = 0; i < rules.length; i++) if (ends(rules[i][0]) && (best < 0 || rules[i][0].length > rules[best][0].length)) best = i;
      if (best < 0) return;
      var suffix = rules[best][0], start = c.length - suffix.length;
      if (start < p1) return;
      if (step2 && suffix === "ogi" && (start === 0 || c[start - 1] !== "l")) return;
      if (step2 && suffix === "li" && (start === 0 || "cdeghkmnrt".indexOf(c[start - 1]) < 0)) return;
      if (!step2 && suffix === "ative" && start < p2) return;
      setEnd(start, rules[best][1]);
    }
    // Step 1a
    if (ends("sses")) setEnd(c.length - 2, "");
    else if (ends("ied") || ends("ies")) setEnd(c.length - 3, c.length > 4 ? "i" : "ie");
    else if (ends("us") || ends("ss")) { /* unchanged */ }
    else if (ends("s") && hasVowel(c.length - 2)) setEnd(c.length - 1, "");
    if (AFTER_STEP_1A.indexOf(c.join("")) >= 0) return c.join("").replace(/Y/g, "y");
    // Step 1b
    if (ends("eedly") || ends("eed")) {
      var length = ends("eedly") ? c.length - 5 : c.length - 3;
      if (length >= p1) setEnd(length, "ee");
    } else {
      var base = ends("ingly") ? c.length - 5 : ends("edly") ? c.length - 4 : ends("ing") ? c.length - 3 : ends("ed") ? c.length - 2 : -1;
      if (base >= 0 && hasVowel(base)) {
        setEnd(base, "");
        var n = c.length;
        if (ends("at") || ends("bl") || ends("iz")) setEnd(n, "e");
        else if (n >= 2 && c[n - 1] === c[n - 2] && "bdfgmnprt".indexOf(c[n - 1]) >= 0) setEnd(n - 1, "");
        else if (n === p1 && shortSyllable(n)) setEnd(n, "e");
      }
    }
    // Step 1c
    if (c.length > 2 && (c[c.length - 1] === "y" || c[c.length - 1] === "Y") && !isVowel(c[c.length - 2])) c[c.length - 1] = "i";
    replace(STEP_2, true);
    replace(STEP_3, false);
    // Step 4
    var found = null;
    STEP_4.forEach(function (s) { if (ends(s) && (found === null || s.length > found.length)) found = s; });
    if (found !== null) {
      var at = c.length - found.length;
      if (at >= p2 && (found !== "ion" || (at > 0 && (c[at - 1] === "s" || c[at - 1] === "t")))) setEnd(at, "");
    }
    // Step 5
    if (ends("e")) {
      var e = c.length - 1;
      if (e >= p2 || e >= p1 && !shortSyllable(e)) setEnd(e, "");
    } else if (ends("ll") && c.length - 1 >= p2) {
      setEnd(c.length - 1, "");
    }
    return c.join("").replace(/Y/g, "y");
  }

  // The terms of a text as the index has them: words of two or more letters or digits (without stop words), and for
  // each CJK run its bigrams and then its trigrams (a lone CJK character is a term of its own).
  function tokenize(text, stopwords) {
    return pieces(text, stopwords).reduce(function (terms, piece) {
      return terms.concat(piece.cjk ? grams(piece.text) : [piece.text]);
    }, []);
  }

  // Words and CJK runs of a text, normalized and lower-cased, with where each starts and ends in the normalized text.
  function pieces(text, stopwords) {
    var s = String(text).normalize("NFKC").toLowerCase();
    var found = [];
    var i = 0;
    while (i < s.length) {
      var start = i;
      if (CJK.test(s[i])) {
        while (i < s.length && CJK.test(s[i])) i++;
        found.push({ text: s.substring(start, i), cjk: true, start: start, end: i });
      } else if (WORD.test(s[i])) {
        while (i < s.length && WORD.test(s[i]) && !CJK.test(s[i])) i++;
        var word = s.substring(start, i);
        if (word.length >= 2 && !(stopwords && stopwords.has(word))) found.push({ text: word, cjk: false, start: start, end: i });
      } else {
        i++;
      }
    }
    return found;
  }

  function ngrams(run, n) {
    var out = [];
    for (var j = 0; j + n <= run.length; j++) out.push(run.substring(j, j + n));
    return out;
  }

  function grams(run) { return run.length === 1 ? [run] : ngrams(run, 2).concat(ngrams(run, 3)); }

  function unique(list) { return Array.from(new Set(list)); }

  // One word of a query: an English word looked up by its stem, or a CJK run looked up by its bigrams (after taking
  // off a Korean particle), with the trigrams that say its bigrams stand together and, with a particle, in the form
  // asked for.
  function queryWord(piece, particles, phrase) {
    if (!piece.cjk) return { cjk: false, form: piece.text, key: stem(piece.text), phrase: phrase };
    var run = piece.text;
    var core = run;
    if (/^[\uAC00-\uD7A3]+$/.test(run)) {
      for (var p = 0; p < particles.length; p++) {
        var particle = particles[p];
        if (run.length - particle.length >= 2 && run.slice(-particle.length) === particle) {
          core = run.slice(0, -particle.length);
          break;
        }
      }
    }
    var tri = core.length >= 3 ? unique(ngrams(core, 3)) : [];
    var whole = run !== core ? unique(ngrams(run, 3)).filter(function (t) { return tri.indexOf(t) < 0; }) : [];
    return { cjk: true, form: run, core: core, bi: core.length === 1 ? [core] : unique(ngrams(core, 2)), tri: tri, whole: whole, phrase: phrase };
  }

  // The words and quoted phrases of a query.
  function parseQuery(query, meta) {
    var stop = new Set(meta.stopwords);
    var words = [];
    var phrases = [];
    String(query).split('"').forEach(function (part, k) {
      var quoted = k % 2 === 1;
      var found = pieces(part, stop).map(function (piece) { return queryWord(piece, meta.particles, quoted); });
      if (quoted && found.filter(function (w) { return !w.cjk; }).length > 1) phrases.push(part);
      words = words.concat(found);
    });
    var seen = {};
    words = words.filter(function (w) { var id = (w.cjk ? "c:" : "w:") + w.form; if (seen[id]) return false; seen[id] = true; return true; });
    return { words: words, phrases: phrases };
  }

  function varint(bytes, at) {
    var value = 0, shift = 0, b;
    do {
      b = bytes[at.i++];
      value += (b & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (b >= 0x80);
    return value;
  }

  var utf8 = new TextDecoder();

  function readString(bytes, at) {
    var length = varint(bytes, at);
    var text = utf8.decode(bytes.subarray(at.i, at.i + length));
    at.i += length;
    return text;
  }

  // A term shard: key -> { forms, count, postings: [start, end) in the bytes }.
  function parseShard(bytes) {
    var at = { i: 0 };
    var keys = new Map();
    var n = varint(bytes, at);
    for (var k = 0; k < n; k++) {
      var key = readString(bytes, at);
      var formCount = varint(bytes, at);
      var forms = [];
      for (var f = 0; f < formCount; f++) forms.push(readString(bytes, at));
      var count = varint(bytes, at);
      var length = varint(bytes, at);
      keys.set(key, { key: key, forms: formCount === 0 ? [key] : forms, masked: formCount > 1, count: count, bytes: bytes, start: at.i, end: at.i + length });
      at.i += length;
    }
    return keys;
  }

  // The postings of a shard entry: documents, scores, the first chunk of the body the key occurs in (the low bits
  // of the score's number, meta.chunks of them) and form masks.
  function postings(entry, chunkCount) {
    if (entry.docs) return entry;
    var at = { i: entry.start };
    var docs = [], scores = [], chunks = [], masks = [];
    var doc = 0;
    while (at.i < entry.end) {
      doc += varint(entry.bytes, at);
      docs.push(doc);
      var value = varint(entry.bytes, at);
      scores.push(Math.floor(value / chunkCount));
      chunks.push(value % chunkCount);
      masks.push(entry.masked ? varint(entry.bytes, at) : 1);
    }
    entry.docs = docs;
    entry.scores = scores;
    entry.chunks = chunks;
    entry.masks = masks;
    return entry;
  }

  function parseDocuments(bytes) {
    var at = { i: 0 };
    var n = varint(bytes, at);
    var docs = { source: [], year: [], topic: [], translator: [] };
    for (var d = 0; d < n; d++) {
      docs.source.push([varint(bytes, at)]);
      docs.year.push([varint(bytes, at)]);
      ["topic", "translator"].forEach(function (facet) {
        var list = [];
        for (var c = varint(bytes, at); c > 0; c--) list.push(varint(bytes, at));
        docs[facet].push(list);
      });
    }
    return docs;
  }

  function gunzip(bytes) {
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return Promise.resolve(bytes);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  // The index of the shard whose keys include key: the last shard whose first key is not after it.
  function shardOf(key, firstKeys) {
    var lo = 0, hi = firstKeys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firstKeys[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function has(mask, index) { return index >= 0 && ((mask >>> Math.min(index, 31)) & 1) === 1; }

  // load(name) returns a promise of the bytes of that file of the index folder.
  function createSearcher(load) {
    var cache = {};
    function file(name, parse) {
      if (!cache[name]) cache[name] = load(name).then(function (b) { return gunzip(new Uint8Array(b)); }).then(parse);
      return cache[name];
    }
    function json(bytes) { return JSON.parse(utf8.decode(bytes)); }
    function meta() { return file("meta.bin", json); }
    function fragment(doc) { return file("f/" + doc + ".bin", json); }
    function chunk(doc, k) { return file("f/" + doc + "-" + k + ".bin", function (b) { return utf8.decode(b); }); }
    // The fragment with the whole of the body's prose in x (every chunk fetched), for checking phrases.
    function whole(doc) {
      return fragment(doc).then(function (f) {
        var rest = [];
        for (var k = 1; k < (f.n || 1); k++) rest.push(chunk(doc, k));
        return Promise.all(rest).then(function (texts) { return Object.assign({}, f, { x: [f.x].concat(texts).join("") }); });
      });
    }
    // The excerpt of a result: from the first chunk of the body (in the fragment), else from the chunk the postings
    // name, else, for a full match, from the chunks after it; else from the summary.
    function excerptOf(c, f, words) {
      var parts = excerptIn(f.x || "", words);
      if (parts) return Promise.resolve(parts);
      var next = function (k) {
        if (k >= (f.n || 1) || k > Math.max(1, c.chunk) && !c.full) return Promise.resolve(excerpt({ m: f.m }, words));
        return chunk(c.doc, k).then(function (text) {
          var parts = excerptIn(text, words);
          if (parts && parts[0].text.charAt(0) !== "…") parts[0].text = "…" + parts[0].text;
          return parts || next(k + 1);
        });
      };
      return next(Math.max(1, c.chunk));
    }

    function lookup(m, keys) {
      var shards = unique(keys.map(function (k) { return shardOf(k, m.shards); }));
      return Promise.all(shards.map(function (s) { return file("t/" + s + ".bin", parseShard); })).then(function (loaded) {
        var found = new Map();
        loaded.forEach(function (shard) { keys.forEach(function (k) { if (shard.has(k)) found.set(k, postings(shard.get(k), m.chunks)); }); });
        return found;
      });
    }

    // Each document's level for one query word: 4 the exact form (or, for CJK, every bigram together and in the
    // form asked), 3 the stem (every bigram together), 2 every bigram apart, 1 some bigrams.
    function match(word, found, count) {
      var levels = new Map(), scores = new Map(), chunks = new Map();
      function add(doc, score, chunk) {
        scores.set(doc, (scores.get(doc) || 0) + score);
        chunks.set(doc, Math.min(chunk, chunks.has(doc) ? chunks.get(doc) : chunk));
      }
      if (!word.cjk) {
        var entry = found.get(word.key);
        if (!entry) return { levels: levels, scores: scores, chunks: chunks };
        var index = entry.forms.indexOf(word.form);
        var idf = Math.log(1 + count / entry.count);
        entry.docs.forEach(function (doc, k) {
          levels.set(doc, has(entry.masks[k], index) ? 4 : 3);
          add(doc, entry.scores[k] * idf, entry.chunks[k]);
        });
        return { levels: levels, scores: scores, chunks: chunks };
      }
      var tally = function (list) {
        var counts = new Map();
        list.forEach(function (g) {
          var e = found.get(g);
          if (!e) return;
          var idf = Math.log(1 + count / e.count);
          e.docs.forEach(function (doc, k) {
            counts.set(doc, (counts.get(doc) || 0) + 1);
            add(doc, e.scores[k] * idf / list.length, e.chunks[k]);
          });
        });
        return counts;
      };
      var bi = tally(word.bi), tri = tally(word.tri), whole = tally(word.whole);
      bi.forEach(function (n, doc) {
        var together = n === word.bi.length && (tri.get(doc) || 0) === word.tri.length;
        var level = n < word.bi.length ? 1 : !together ? 2 : (whole.get(doc) || 0) === word.whole.length ? 4 : 3;
        levels.set(doc, level);
      });
      return { levels: levels, scores: scores, chunks: chunks };
    }

    // Finds the articles for query; options.filters maps a facet (source, year, topic, translator) to a value key.
    function search(query, options) {
      options = options || {};
      return meta().then(function (m) {
        var parsed = parseQuery(query, m);
        if (parsed.words.length === 0) return { total: 0, full: 0, matches: [], facets: {}, words: [] };
        var keys = [];
        parsed.words.forEach(function (w) { keys = keys.concat(w.cjk ? w.bi.concat(w.tri, w.whole) : [w.key]); });
        var filters = options.filters || {};
        var withFacets = options.facets || FACETS.some(function (f) { return filters[f]; });
        var facetData = withFacets ? file("docs.bin", parseDocuments) : Promise.resolve(null);
        return Promise.all([lookup(m, unique(keys)), facetData]).then(function (loaded) {
          return verify(rank(m, parsed, loaded[0], loaded[1], filters));
        });
      });
    }

    function rank(m, parsed, found, docs, filters) {
      var matched = parsed.words.map(function (w) { return match(w, found, m.count); });
      var candidates = new Map();
      matched.forEach(function (r, i) {
        r.levels.forEach(function (level, doc) {
          var c = candidates.get(doc);
          if (!c) candidates.set(doc, c = { doc: doc, levels: new Array(parsed.words.length).fill(0), score: 0, chunk: Infinity });
          c.levels[i] = level;
          c.score += r.scores.get(doc) || 0;
          c.chunk = Math.min(c.chunk, r.chunks.has(doc) ? r.chunks.get(doc) : 0);
        });
      });
      var all = [];
      candidates.forEach(function (c) {
        var ok = true, full = true;
        c.levels.forEach(function (level, i) {
          var w = parsed.words[i];
          if (level === 0 || !w.cjk && level < 3) ok = false;
          if (level < 2 || w.cjk && w.phrase && level < 3) full = false;
        });
        if (!ok) return;
        c.full = full;
        c.level = c.levels.reduce(function (a, b) { return a + b; }, 0);
        all.push(c);
      });
      var chosen = {};
      FACETS.forEach(function (facet) {
        var values = m.facets[facet].map(function (v) { return v[0]; });
        chosen[facet] = filters[facet] ? values.indexOf(filters[facet]) : -1;
        if (filters[facet] && chosen[facet] < 0) chosen[facet] = -2;
      });
      function passes(c, except) {
        return !docs || FACETS.every(function (facet) { return facet === except || chosen[facet] === -1 || docs[facet][c.doc].indexOf(chosen[facet]) >= 0; });
      }
      var facets = null;
      if (docs) facets = {};
      if (docs) FACETS.forEach(function (facet) {
        var counts = new Map();
        all.forEach(function (c) { if (passes(c, facet)) docs[facet][c.doc].forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); }); });
        facets[facet] = Array.from(counts.entries()).map(function (e) { return { key: m.facets[facet][e[0]][0], name: m.facets[facet][e[0]][1], count: e[1], chosen: e[0] === chosen[facet] }; })
          .sort(function (a, b) { return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0); });
      });
      var kept = all.filter(function (c) { return passes(c, null); }).sort(order);
      return {
        total: kept.length,
        full: kept.filter(function (c) { return c.full; }).length,
        matches: kept,
        facets: facets,
        words: parsed.words,
        phrases: parsed.phrases
      };
    }

    // With quoted phrases, checks the first VERIFY full matches' fragments for them: those without a phrase become
    // partial matches, those with it rank above the ones not checked.
    function verify(found) {
      if (found.phrases.length === 0) return found;
      var checked = found.matches.filter(function (c) { return c.full; }).slice(0, VERIFY);
      return Promise.all(checked.map(function (c) { return whole(c.doc); })).then(function (fragments) {
        checked.forEach(function (c, k) {
          c.verified = found.phrases.every(function (p) { return containsPhrase(fragments[k], p); });
          if (!c.verified) c.full = false;
        });
        found.matches.sort(order);
        found.full = found.matches.filter(function (c) { return c.full; }).length;
        return found;
      });
    }

    // The results from..from+count of a search, each with what its fragment says and an excerpt; quoted phrases are
    // checked in the whole text, and an article without one of them counts as a partial match.
    function results(found, from, count) {
      var slice = found.matches.slice(from, from + count);
      return Promise.all(slice.map(function (c) {
        return (found.phrases.length && !c.verified ? whole(c.doc) : fragment(c.doc)).then(function (f) {
          var full = c.full && (c.verified || found.phrases.every(function (p) { return containsPhrase(f, p); }));
          return excerptOf(c, f, found.words).then(function (parts) {
            return {
              doc: c.doc, url: f.u, title: f.t, language: f.l, date: f.d, dateText: f.dd, source: f.s,
              translators: f.tr, partial: !full, excerpt: parts, score: c.score
            };
          });
        });
      }));
    }

    return { search: search, results: results, meta: meta };
  }

  // Full matches first, phrases checked before not checked, then more exact and contiguous words, higher scores,
  // newer articles.
  function order(a, b) {
    return (b.full - a.full) || ((b.verified ? 1 : 0) - (a.verified ? 1 : 0)) || (b.level - a.level) ||
      (b.score - a.score) || (b.doc - a.doc);
  }

  function containsPhrase(f, phrase) {
    var wanted = pieces(phrase).map(function (p) { return p.cjk ? p.text : stem(p.text); }).join(" ");
    return [f.t, f.m, f.x, f.o].some(function (text) {
      return (" " + pieces(text).map(function (p) { return p.cjk ? p.text : stem(p.text); }).join(" ") + " ").indexOf(" " + wanted + " ") >= 0;
    });
  }

  // Whether a piece of text matches a query word, and where in it.
  function hit(piece, word) {
    if (piece.cjk !== word.cjk) return null;
    if (!word.cjk) return stem(piece.text) === word.key ? [0, piece.text.length] : null;
    var at = piece.text.indexOf(word.core);
    return at < 0 ? null : [at, at + word.core.length];
  }

  // An excerpt of about 30 words around the first match in the body's text in the fragment (else the summary): a
  // list of { text, mark } pieces.
  function excerpt(f, words) {
    return excerptIn(f.x || "", words) || excerptIn(f.m || "", words) || [{ text: f.m || "", mark: false }];
  }

  // The excerpt around the first match in source, or null when nothing in it matches.
  function excerptIn(source, words) {
    var text = source.normalize("NFKC");
    var found = pieces(text.toLowerCase()).filter(function (p) { return words.some(function (w) { return hit(p, w); }); });
    if (found.length === 0) return null;
    var first = found[0].start;
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 80)));
    if (first - start > 100 || start < 0) start = Math.max(0, first - 80);
    var lineStart = text.lastIndexOf("\n", first);
    if (lineStart >= start) start = lineStart + 1;
    var end = text.indexOf(" ", Math.min(text.length, first + 160));
    if (end < 0) end = text.length;
    var lineEnd = text.indexOf("\n", first);
    if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
    var parts = [];
    var at = start;
    found.forEach(function (p) {
      if (p.start < at || p.end > end) return;
      var range = null;
      words.some(function (w) { range = hit(p, w); return range; });
      parts.push({ text: text.substring(at, p.start + range[0]), mark: false });
      parts.push({ text: text.substring(p.start + range[0], p.start + range[1]), mark: true });
      at = p.start + range[1];
    });
    parts.push({ text: text.substring(at, end), mark: false });
    if (start > 0) parts[0].text = "…" + parts[0].text.replace(/^\s+/, "");
    if (end < text.length) parts[parts.length - 1].text = parts[parts.length - 1].text.replace(/\s+$/, "") + "…";
    return parts.filter(function (p) { return p.text !== ""; });
  }

  var api = { tokenize: tokenize, stem: stem, parseQuery: parseQuery, createSearcher: createSearcher, gunzip: gunzip };
  if (typeof globalThis !== "undefined") globalThis.StaticSiteSearch = api;
  if (typeof document === "undefined") return;

  var PAGE = 5;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? values[name] : m; });
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function start() {
    var form = document.querySelector("form[data-index]");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var facetsBox = document.querySelector(".search-facets");
    var more = document.querySelector(".search-more");
    var languages = document.querySelectorAll(".search-languages a");
    var text = function (name) { return form.getAttribute("data-text-" + name) || ""; };
    var base = form.getAttribute("data-index");
    var searcher = createSearcher(function (name) {
      return fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + name);
        return r.arrayBuffer();
      });
    });
    var latest = 0;
    var timer = 0;
    var current = null;
    var shown = 0;

    function state() {
      var params = new URLSearchParams(window.location.search);
      var filters = {};
      FACETS.forEach(function (f) { if (params.get(f)) filters[f] = params.get(f); });
      return { query: params.get("q") || "", filters: filters };
    }

    function href(query, filters) {
      var url = new URL(window.location.href);
      url.search = "";
      url.searchParams.set("q", query);
      FACETS.forEach(function (f) { if (filters[f]) url.searchParams.set(f, filters[f]); });
      return url.pathname + url.search;
    }

    function card(r) {
      var li = element("li", "card" + (r.partial ? " partial" : ""));
      if (r.language) li.lang = r.language;
      var h = element("h2", "card-title");
      var a = element("a", null, r.title);
      a.href = r.url;
      h.appendChild(a);
      var meta = element("p", "meta");
      var time = element("time", null, r.dateText);
      time.dateTime = r.date;
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(" · " + r.source));
      if (r.translators.length) meta.appendChild(document.createTextNode(" · " + text("translated-by") + " " + r.translators.join(", ")));
      var summary = element("p", "summary");
      r.excerpt.forEach(function (part) {
        summary.appendChild(part.mark ? element("mark", null, part.text) : document.createTextNode(part.text));
      });
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(summary);
      return li;
    }

    function showResults(found, results) {
      var partialShown = list.querySelector(".search-partial") !== null;
      results.forEach(function (r) {
        if (r.partial && !partialShown) {
          list.appendChild(element("li", "search-partial", text("partial")));
          partialShown = true;
        }
        list.appendChild(card(r));
      });
      shown += results.length;
      list.hidden = shown === 0;
      more.hidden = shown >= found.total;
    }

    function showFacets(query, filters, found) {
      facetsBox.textContent = "";
      facetsBox.hidden = found.total === 0;
      if (!found.facets) {
        var narrow = element("button", "search-narrow", text("narrow"));
        narrow.type = "button";
        narrow.addEventListener("click", function () {
          searcher.search(query, { filters: filters, facets: true }).then(function (withFacets) {
            showFacets(query, filters, withFacets);
          });
        });
        facetsBox.appendChild(narrow);
        return;
      }
      FACETS.forEach(function (facet) {
        var values = found.facets[facet] || [];
        if (values.length === 0) return;
        var section = element("section", "search-facet");
        section.appendChild(element("h2", null, text("facet-" + facet)));
        var ul = element("ul");
        if (filters[facet]) {
          var clear = Object.assign({}, filters);
          delete clear[facet];
          var all = element("a", null, text("facet-all"));
          all.href = href(query, clear);
          var li0 = element("li");
          li0.appendChild(all);
          ul.appendChild(li0);
        }
        values.slice(0, 12).forEach(function (v) {
          var li = element("li");
          var chosen = Object.assign({}, filters);
          chosen[facet] = v.key;
          var a = element("a", null, v.name);
          a.href = href(query, chosen);
          if (v.chosen) a.setAttribute("aria-current", "true");
          li.appendChild(a);
          li.appendChild(document.createTextNode(" (" + v.count + ")"));
          ul.appendChild(li);
        });
        section.appendChild(ul);
        facetsBox.appendChild(section);
      });
      Array.prototype.forEach.call(languages, function (a) {
        var url = new URL(a.href, window.location.href);
        url.search = "";
        if (query) url.searchParams.set("q", query);
        a.href = url.pathname + url.search;
      });
    }

    function run(query, filters) {
      var id = ++latest;
      query = query.trim();
      list.textContent = "";
      shown = 0;
      more.hidden = true;
      if (query === "") {
        status.textContent = "";
        list.hidden = true;
        facetsBox.hidden = true;
        return;
      }
      status.textContent = text("loading");
      searcher.search(query, { filters: filters }).then(function (found) {
        if (id !== latest) return;
        current = found;
        status.textContent = fill(text(found.total === 1 ? "result-one" : found.total ? "results" : "none"), { count: found.total, query: query });
        showFacets(query, filters, found);
        return searcher.results(found, 0, PAGE).then(function (results) {
          if (id === latest) showResults(found, results);
        });
      }).catch(function () {
        if (id !== latest) return;
        status.textContent = text("failed");
      });
    }

    more.addEventListener("click", function () {
      var id = latest;
      var found = current;
      searcher.results(found, shown, PAGE).then(function (results) {
        if (id === latest) showResults(found, results);
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var filters = state().filters;
      window.history.pushState(null, "", href(input.value, filters));
      run(input.value, filters);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        window.history.replaceState(null, "", href(input.value, {}));
        run(input.value, {});
      }, 250);
    });
    window.addEventListener("popstate", function () {
      var s = state();
      input.value = s.query;
      run(s.query, s.filters);
    });

    var initial = state();
    if (initial.query) {
      input.value = initial.query;
      run(initial.query, initial.filters);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

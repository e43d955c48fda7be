// Static search: loads the index written by the generator (generator/Search/) on first use and ranks articles in the
// browser. The tokenizer and shard hash must match SearchTokenizer.cs. No dependencies; no inline script needed.
(function () {
  "use strict";

  var CJK = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/;
  var WORD = /[\p{L}\p{Nd}]/u;

  function tokenize(text, stopwords) {
    var s = String(text).normalize("NFKC").toLowerCase();
    var terms = [];
    var i = 0;
    while (i < s.length) {
      var c = s[i];
      var start = i;
      if (CJK.test(c)) {
        while (i < s.length && CJK.test(s[i])) i++;
        if (i - start === 1) terms.push(s.substring(start, i));
        for (var j = start; j + 1 < i; j++) terms.push(s.substring(j, j + 2));
      } else if (WORD.test(c)) {
        while (i < s.length && WORD.test(s[i]) && !CJK.test(s[i])) i++;
        var word = s.substring(start, i);
        if (word.length >= 2 && !(stopwords && stopwords.has(word))) terms.push(word);
      } else {
        i++;
      }
    }
    return terms;
  }

  function shardOf(term, shards) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % shards;
  }

  // load(name) returns a promise of the parsed JSON file of that name in the index folder.
  function createSearcher(load) {
    var cache = {};
    function file(name) {
      if (!cache[name]) cache[name] = load(name);
      return cache[name];
    }

    // Score of an article = sum over query terms of (stored field-weighted count) * idf, where idf = ln(1 + N / df).
    // Articles matching more distinct query terms always rank first; ties go to the newer article (lower number).
    function search(query, limit) {
      return file("meta.json").then(function (meta) {
        var stop = new Set(meta.stopwords);
        var terms = Array.from(new Set(tokenize(query, stop)));
        if (terms.length === 0) return { total: 0, results: [] };
        return Promise.all(terms.map(function (t) { return file("terms-" + shardOf(t, meta.shards) + ".json"); }))
          .then(function (shards) {
            var scores = new Map();
            terms.forEach(function (term, k) {
              var postings = Object.prototype.hasOwnProperty.call(shards[k], term) ? shards[k][term] : null;
              if (!postings) return;
              var df = postings.length / 2;
              var idf = Math.log(1 + meta.count / df);
              var doc = 0;
              for (var p = 0; p < postings.length; p += 2) {
                doc += postings[p];
                var entry = scores.get(doc) || { doc: doc, score: 0, matched: 0 };
                entry.score += postings[p + 1] * idf;
                entry.matched += 1;
                scores.set(doc, entry);
              }
            });
            var ranked = Array.from(scores.values()).sort(function (a, b) {
              return b.matched - a.matched || b.score - a.score || a.doc - b.doc;
            });
            var top = ranked.slice(0, limit || 50);
            var chunks = Array.from(new Set(top.map(function (r) { return Math.floor(r.doc / meta.chunk); })));
            return Promise.all(chunks.map(function (c) { return file("docs-" + c + ".json"); })).then(function (loaded) {
              var byChunk = {};
              chunks.forEach(function (c, k) { byChunk[c] = loaded[k]; });
              return {
                total: ranked.length,
                results: top.map(function (r) {
                  var d = byChunk[Math.floor(r.doc / meta.chunk)][r.doc % meta.chunk];
                  return { url: meta.articles + d[0] + "/", title: d[1], date: d[2], dateText: d[3], source: d[4], summary: d[5], score: r.score, matched: r.matched };
                })
              };
            });
          });
      });
    }

    return { search: search };
  }

  var api = { tokenize: tokenize, shardOf: shardOf, createSearcher: createSearcher };
  if (typeof globalThis !== "undefined") globalThis.StaticSiteSearch = api;
  if (typeof document === "undefined") return;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? values[name] : m; });
  }

  function start() {
    var form = document.querySelector("form[data-index]");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var base = form.getAttribute("data-index");
    var searcher = createSearcher(function (name) {
      return fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + name);
        return r.json();
      });
    });
    var latest = 0;
    var timer = 0;

    function show(results) {
      list.textContent = "";
      results.forEach(function (r) {
        var li = document.createElement("li");
        li.className = "card";
        var h = document.createElement("h2");
        h.className = "card-title";
        var a = document.createElement("a");
        a.href = r.url;
        a.textContent = r.title;
        h.appendChild(a);
        var meta = document.createElement("p");
        meta.className = "meta";
        var time = document.createElement("time");
        time.dateTime = r.date;
        time.textContent = r.dateText;
        meta.appendChild(time);
        meta.appendChild(document.createTextNode(" · " + r.source));
        var summary = document.createElement("p");
        summary.className = "summary";
        summary.textContent = r.summary;
        li.appendChild(h);
        li.appendChild(meta);
        li.appendChild(summary);
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
    }

    function run(query) {
      var id = ++latest;
      query = query.trim();
      if (query === "") {
        status.textContent = "";
        show([]);
        return;
      }
      status.textContent = form.getAttribute("data-text-loading");
      searcher.search(query, 50).then(function (found) {
        if (id !== latest) return;
        status.textContent = fill(form.getAttribute(found.total === 1 ? "data-text-result-one" : found.total ? "data-text-results" : "data-text-none"), { count: found.total, query: query });
        show(found.results);
      }, function () {
        if (id !== latest) return;
        status.textContent = form.getAttribute("data-text-failed");
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url);
      run(input.value);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, 250);
    });

    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) {
      input.value = initial;
      run(initial);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

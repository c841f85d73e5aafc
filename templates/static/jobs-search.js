/* Full-text search for the listing's search box: the Pagefind index under /pagefind/ (built by
   generator/render/search.py), loaded on the first query. The filters (jobs-filter.js) ask `lookup(q)`
   which rows a query finds and in what order, and `decorate(card, row, q)` adds the excerpt to a card.
   Excerpts are cut here from the description's plain text and drawn as text nodes and <mark>s. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var root = document.querySelector("[data-browse][data-search]");
  if (!root || !J.cards) return;
  var BASE = root.dataset.search;
  var SHORT = 2;  // words this short are indexed with a "~" after them, so they match whole (search.py)
  var TOKEN = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;  // search.py TOKEN_RE
  var WINDOW = 180;  // characters of description in an excerpt
  var engine = null;
  var results = new Map();  // query → {rank: Map row → position} once Pagefind has answered
  var busy = null;  // the query Pagefind is answering: one at a time, since one that matches most postings
  var wanted = null;  // takes it ~0.5 s; keystrokes that arrive meanwhile are skipped for the latest text
  var whenDone = new Set();
  var texts = new Map();  // result id → promise of the description's text
  var failed = false;

  // The query's words as the index holds them (search.py search_tokens), for Pagefind and for highlighting.
  function tokens(q) {
    var seen = [];
    (J.cards.fold(q).match(TOKEN) || []).forEach(function (t) {
      if (seen.indexOf(t) < 0) seen.push(t);
    });
    return seen;
  }

  function indexed(t) {
    return t.length <= SHORT ? t + "~" : t;
  }

  function load() {
    if (!engine) {
      engine = Promise.all([
        import(BASE + "pagefind.js").then(function (pf) {
          return pf.options({ basePath: BASE }).then(function () { return pf; });
        }),
        fetch(BASE + "jobsite-rows.json", { credentials: "same-origin" }).then(function (r) {
          if (!r.ok) throw new Error("search rows " + r.status);
          return r.json();
        })
      ]).then(function (got) {
        return { pf: got[0], ids: got[1], rows: new Map(got[1].map(function (id, row) { return [id, row]; })) };
      });
    }
    return engine;
  }

  function run(q) {
    return load().then(function (e) {
      var words = tokens(q).map(indexed);
      return (words.length ? e.pf.search(words.join(" ")) : Promise.resolve({ results: [] })).then(function (r) {
        var rank = new Map();
        r.results.forEach(function (hit) {
          var row = e.rows.get(hit.id);
          if (row !== undefined && !rank.has(row)) rank.set(row, rank.size);
        });
        results.set(q, { rank: rank });
      });
    });
  }

  function next() {
    if (busy !== null || wanted === null) return;
    var q = wanted;
    wanted = null;
    if (results.has(q)) return;
    busy = q;
    run(q).then(null, function (error) {
      failed = true;
      if (window.console) console.warn("Full-text search is unavailable:", error);
    }).then(function () {
      busy = null;
      next();
      whenDone.forEach(function (fn) { fn(); });
    });
  }

  // The rows `q` finds, ranked; null while Pagefind works (then `done` runs once it has answered),
  // false when search is unavailable (the filters fall back to their own title/company/tag/place match).
  function lookup(q, done) {
    if (failed) return false;
    if (results.has(q)) return results.get(q);
    whenDone.add(done);
    if (q !== busy) wanted = q;
    next();
    return null;
  }

  // Cards are drawn before their excerpt: the text is fetched when a card comes near the screen.
  var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) { observer.unobserve(entry.target); fill(entry.target); }
    });
  }, { rootMargin: "400px 0px" }) : null;

  function decorate(card, row, q) {
    var box = card.querySelector(".card-excerpt");
    if (!q || failed) {
      if (box) box.remove();
      return;
    }
    if (box && box.dataset.q === q) return;
    if (!box) {
      box = J.cards.el("p", { class: "card-excerpt" });
      var facts = card.querySelector(".card-facts");
      facts.after(box);
    }
    box.dataset.q = q;
    box.dataset.row = String(row);
    if (observer) observer.observe(box);
    else fill(box);
  }

  function fill(box) {
    var q = box.dataset.q;
    load().then(function (e) {
      var id = e.ids[Number(box.dataset.row)];
      if (!texts.has(id)) {
        texts.set(id, fetch(BASE + "text/" + id + ".txt", { credentials: "same-origin" }).then(function (r) {
          return r.ok ? r.text() : "";
        }));
      }
      return texts.get(id);
    }).then(function (text) {
      if (box.dataset.q === q) box.replaceChildren.apply(box, excerpt(text, tokens(q)));
    }, function () { /* no excerpt; the card stands without it */ });
  }

  // Folded text with a map back to the original, so a match found in "krakow" marks "Kraków".
  function foldMap(text) {
    var folded = "", at = [];
    for (var i = 0; i < text.length; i++) {
      var f = J.cards.fold(text[i]);
      for (var k = 0; k < f.length; k++) at.push(i);
      folded += f;
    }
    at.push(text.length);
    return { text: folded, at: at };
  }

  // A word matches a query word when it starts with it, less a common ending ("engineers" marks
  // "engineering"), as Pagefind's stemmed prefix match does; short words must match whole.
  function matcher(words) {
    var parts = words.map(function (w) {
      var stem = w.length > 4 ? w.replace(/(?:ing|ers|er|ed|es|s)$/, "") : w;
      var tail = w.length <= SHORT || /[+#]$/.test(w) ? "(?![\\p{L}\\p{N}+#])" : "[\\p{L}\\p{N}]*";
      return stem.replace(/[.+]/g, "\\$&") + tail;
    });
    return new RegExp("(?<![\\p{L}\\p{N}.])(?:" + parts.join("|") + ")", "gu");
  }

  // Nodes for about WINDOW characters around the first match: text, with <mark> on every match.
  function excerpt(text, words) {
    if (!text) return [];
    var map = foldMap(text);
    var re = matcher(words);
    var found = [], m;
    while ((m = re.exec(map.text)) !== null && found.length < 200) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      found.push([map.at[m.index], map.at[m.index + m[0].length]]);
    }
    var start = found.length ? Math.max(0, found[0][0] - 60) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + WINDOW);
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), found.length ? found[0][1] : 0) || end;
    var nodes = [start > 0 ? "…" : ""];
    var at = start;
    found.forEach(function (f) {
      if (f[0] < at || f[1] > end) return;
      nodes.push(text.slice(at, f[0]), J.cards.el("mark", {}, [text.slice(f[0], f[1])]));
      at = f[1];
    });
    nodes.push(text.slice(at, end) + (end < text.length ? "…" : ""));
    return nodes.filter(function (n) { return n !== ""; });
  }

  J.search = { lookup: lookup, decorate: decorate, answered: function (q) { return results.has(q); } };
})();

/* Full-text search for the listing's search box, over the index the build writes (generator/render/browse/search.py):
   a manifest (data-search) names one shard per key, the first letters of the words in it; a shard lists its
   words by stem, each stem with the rows whose posting holds it and those whose title does: the postings
   index's rows counted from its end, less the manifest's tombstones (search.py search_rows).
   Shards are fetched as the query's words need them, then kept. The filters (jobs-filter.js) ask
   `lookup(q)` which rows a query finds and how well, and `decorate(card, p, q)` adds the excerpt, cut here
   from the description's text and drawn as text nodes and <mark>s. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var root = document.querySelector("[data-browse][data-search]");
  if (!root || !J.cards) return;
  // Words this short match only whole ("r" must not find every "rust"); then search.py TOKEN_RE and DIGITS.
  var SHORT = 2;
  var TOKEN = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  // Characters of description in an excerpt.
  var WINDOW = 180;
  // The manifest's promise; then its rows (n), tombstones (x), shard files by key (s), where shards (b) and
  // texts (t) are; toRow: a search row's row in the postings index, -1 for a tombstone.
  var manifest = null;
  var M = null, n = 0, files = null, toRow = null;
  // Shard key → the shard, or its promise while it is fetched.
  var shards = new Map();
  // Query word → {rows, title: 1 per row that holds it, words: the words it matched}.
  var matches = new Map();
  // Query → {score: per row, 0 when not found, else 1 + the query's words in its title}.
  var results = new Map();
  // Posting key → promise of its description's text.
  var texts = new Map();
  var waiting = new Set();
  var failed = false;

  // The query's words as the index holds them (search.py search_tokens).
  function tokens(q) {
    return Array.from(new Set(J.cards.fold(q).match(TOKEN)));
  }

  function get(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + " " + r.status);
      return r;
    });
  }

  function settle() {
    var fns = Array.from(waiting);
    waiting.clear();
    fns.forEach(function (fn) { fn(); });
  }

  function fail(error) {
    failed = true;
    if (window.console) console.warn("Full-text search is unavailable:", error);
    settle();
  }

  // A word lives in the shard of the longest key it starts with; words starting with a prefix also live
  // in the longer keys that start with it (search.py cut_shards).
  function keysFor(w) {
    var best = "", out = [];
    Object.keys(files).forEach(function (k) {
      if (w.startsWith(k)) { if (k.length > best.length) best = k; }
      else if (w.length > SHORT && k.startsWith(w)) out.push(k);
    });
    return best ? out.concat(best) : out;
  }

  // True when every shard is here; otherwise fetch the missing ones and call `done` once they are.
  function have(keys, done) {
    var missing = keys.filter(function (k) { return !shards.has(k) || shards.get(k).then; });
    if (!missing.length) return true;
    waiting.add(done);
    missing.forEach(function (k) {
      if (shards.has(k)) return;
      shards.set(k, get(M.b + files[k]).then(function (r) { return r.json(); }).then(function (s) {
        shards.set(k, s);
        settle();
      }, fail));
    });
    return false;
  }

  // Set into[row] for every row of an encoded list (search.py encode_rows): a bitmap, or gaps in base 32.
  function or(into, code) {
    var i, row = -1, gap = 0;
    if (code[0] === "!") {
      var bits = atob(code.slice(1));
      for (i = 0; i < bits.length * 8; i++) into[i] |= bits.charCodeAt(i >> 3) >> (i & 7) & 1;
      return;
    }
    for (i = 0; i < code.length; i++) {
      var d = DIGITS.indexOf(code[i]);
      if (d < 32) { row += gap * 32 + d + 1; into[row] = 1; gap = 0; } else gap = gap * 32 + d - 32;
    }
  }

  // A query word finds every stem with a word equal to it or, past SHORT letters, starting with it.
  function match(w) {
    if (matches.has(w)) return matches.get(w);
    var m = { rows: new Uint8Array(n), title: new Uint8Array(n), words: new Set() };
    keysFor(w).forEach(function (k) {
      var s = shards.get(k);
      s.w.forEach(function (group, g) {
        var words = group.split(" ");
        if (!words.some(function (x) { return x === w || (w.length > SHORT && x.startsWith(w)); })) return;
        words.forEach(function (x) { m.words.add(x); });
        or(m.rows, s.l[s.g[2 * g]]);
        or(m.title, s.l[s.g[2 * g + 1]]);
      });
    });
    if (matches.size > 500) matches.clear();
    matches.set(w, m);
    return m;
  }

  // What `q` finds: every word must match; a row's score is 1 plus the number of words its title holds.
  // Null while the index loads (`done` runs once it is here), false when search is unavailable (the
  // filters then fall back to their own title/company/tag/place match).
  function lookup(q, done) {
    if (failed) return false;
    if (results.has(q)) return results.get(q);
    if (!files) {
      waiting.add(done);
      manifest = manifest || get(root.dataset.search).then(function (r) { return r.json(); }).then(function (m) {
        M = m;
        n = m.n;
        toRow = new Int32Array(n);
        or(toRow, m.x);
        for (var r = n - 1, k = 0; r >= 0; r--) toRow[r] = toRow[r] ? -1 : k++;
        files = m.s;
        settle();
      }, fail);
      return null;
    }
    var words = tokens(q);
    var keys = [];
    words.forEach(function (w) { if (!matches.has(w)) keys = keys.concat(keysFor(w)); });
    if (!have(keys, done)) return null;
    var found = new Uint8Array(n).fill(words.length ? 1 : 0), score = new Uint8Array(n);
    words.forEach(function (w) {
      var m = match(w);
      for (var i = 0; i < n; i++) found[i] = m.rows[i] && found[i] ? found[i] + m.title[i] : 0;
    });
    for (var i = 0; i < n; i++) if (toRow[i] >= 0) score[toRow[i]] = found[i];
    if (results.size > 50) results.clear();
    results.set(q, { score: score });
    return results.get(q);
  }

  // Cards are drawn before their excerpt: the text is fetched when a card comes near the screen.
  var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) { observer.unobserve(entry.target); fill(entry.target); }
    });
  }, { rootMargin: "400px 0px" }) : null;

  function decorate(card, p, q) {
    var box = card.querySelector(".card-excerpt");
    if (!q || failed) {
      if (box) box.remove();
      return;
    }
    if (box && box.dataset.q === q) return;
    if (!box) {
      box = J.cards.el("p", { class: "card-excerpt" });
      card.querySelector(".card-facts").after(box);
    }
    box.dataset.q = q;
    box.dataset.key = p.key;
    if (observer) observer.observe(box);
    else fill(box);
  }

  function fill(box) {
    var q = box.dataset.q, key = box.dataset.key;
    if (!texts.has(key)) texts.set(key, get(M.t + key + ".txt").then(function (r) { return r.text(); }));
    texts.get(key).then(function (text) {
      var marks = tokens(q).map(function (w) { return matches.has(w) ? matches.get(w).words : new Set(); });
      if (box.dataset.q === q) box.replaceChildren.apply(box, excerpt(text, marks));
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

  // Nodes for about WINDOW characters around the first match: text, with <mark> on every word the search
  // matched (a dotted word when one of its parts did).
  function excerpt(text, marks) {
    if (!text) return [];
    var map = foldMap(text);
    var found = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(map.text)) !== null && found.length < 200) {
      var parts = [m[0]].concat(m[0].split("."));
      if (marks.some(function (set) { return parts.some(function (t) { return set.has(t); }); })) {
        found.push([map.at[m.index], map.at[m.index + m[0].length]]);
      }
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
    return nodes.filter(function (x) { return x !== ""; });
  }

  J.search = { lookup: lookup, decorate: decorate, answered: function (q) { return results.has(q); } };
})();

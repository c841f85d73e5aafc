/* What a filter state (jobs-url.js) matches in the decoded index, and each facet value's count. No DOM.
   `hits` is full-text search's answer for s.q (jobs-search.js: a score per row, 0 when not found); without
   it, q matches titles, companies, tags and places here. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  // Facets whose value is one entry of an index table: posting.ids[name] is its position in that table.
  var TABLES = { category: "categories", workplace: "workplaces", seniority: "levels", type: "types",
                 stage: "stages", company: "companies" };
  var COUNTED = ["category", "workplace", "country", "seniority", "type", "stage", "tag", "visa", "relocation", "tz"];
  // Yes-or-no tests, one count each. `offers` bits follow the index's `offers` labels: visas, then relocation.
  var FLAGS = {
    visa: function (p) { return (p.offers & 1) === 1; },
    relocation: function (p) { return (p.offers & 2) === 2; },
    tz: function (p, at) { return p.window !== null && p.window[0] <= at && at <= p.window[1]; }
  };

  function flags(size, values, lookup) {
    var out = new Uint8Array(size);
    values.forEach(function (v) { if (lookup.has(v)) out[lookup.get(v)] = 1; });
    return out;
  }

  function bySalary(a, b) {
    var ha = a.pay ? a.pay.high : -2, hb = b.pay ? b.pay.high : -2;
    return hb - ha || (b.pay ? b.pay.low : -2) - (a.pay ? a.pay.low : -2) || a.row - b.row;
  }

  function create(data) {
    var ix = data.meta;
    // value → position in its index table, per facet.
    var positions = {};
    var countryGroups = {};  // country code → ids of the reach groups that include it (or are open anywhere)
    var lastSearch = { q: "", pass: null };  // the latest query and which postings it let through
    var tzAt = 0;  // the offset the tz test and count are for: the link's, else the visitor's own
    Object.keys(TABLES).forEach(function (name) {
      positions[name] = new Map(ix[TABLES[name]].map(function (row, i) { return [row[0], i]; }));
    });
    positions.tag = new Map(ix.tags.map(function (t, i) { return [t, i]; }));
    Object.keys(FLAGS).forEach(function (name) { positions[name] = { get: function () { return 0; } }; });
    var codes = Object.keys(ix.countries);
    positions.country = new Map(codes.map(function (c, i) { return [c, i]; }));
    codes.forEach(function (code) { countryGroups[code] = []; });
    data.reachGroups.forEach(function (reach, id) {
      (reach === null ? codes : Array.from(reach)).forEach(function (code) {
        if (countryGroups[code]) countryGroups[code].push(id);
      });
    });

    // Keep only values the index knows, so a mistyped link shows a sensible view instead of nothing.
    function sanitize(s) {
      Object.keys(TABLES).concat("country").forEach(function (name) {
        s[name] = s[name].filter(function (v) { return positions[name].has(v); });
      });
      return s;
    }

    // The tests a posting must pass, one bit each, so a facet's counts can ignore that facet's own test.
    function tests(s, hits) {
      var out = [];
      if (s.q && hits) {
        out.push({ name: "q", fn: function (p) { return hits.score[p.row] > 0; } });
      } else if (s.q) {
        var terms = J.cards.fold(s.q).split(/\s+/).filter(Boolean);
        // Typing on narrows the search: what failed "eng" fails "engi", so only last time's passes are read.
        var before = lastSearch.q && s.q.indexOf(lastSearch.q) === 0 ? lastSearch.pass : null;
        var pass = new Uint8Array(ix.cols.title.length);  // by row: roles closed since the build hold theirs
        lastSearch = { q: s.q, pass: pass };
        out.push({ name: "q", fn: function (p) {
          if (before && !before[p.row]) return false;
          var text = p.text === null ? J.cards.searchText(ix, p) : p.text;
          for (var i = 0; i < terms.length; i++) if (text.indexOf(terms[i]) < 0) return false;
          pass[p.row] = 1;
          return true;
        } });
      }
      Object.keys(TABLES).forEach(function (name) {
        if (!s[name].length) return;
        var allowed = flags(ix[TABLES[name]].length, s[name], positions[name]);
        out.push({ name: name, fn: function (p) { return allowed[p.ids[name]] === 1; } });
      });
      if (s.tag.length) {
        var tags = flags(ix.tags.length, s.tag, positions.tag);
        out.push({ name: "tag", fn: function (p) {
          for (var i = 0; i < p.tagIds.length; i++) if (tags[p.tagIds[i]]) return true;
          return false;
        } });
      }
      if (s.country.length) {
        var groups = new Uint8Array(data.reachGroups.length);
        s.country.forEach(function (c) { (countryGroups[c] || []).forEach(function (id) { groups[id] = 1; }); });
        out.push({ name: "country", fn: function (p) { return groups[p.reachId] === 1; } });
      }
      tzAt = s.tz !== null ? s.tz : J.when ? J.when.offset() : 0;
      Object.keys(FLAGS).forEach(function (name) {
        if (name === "tz" ? s.tz !== null : s[name]) out.push({ name: name, fn: function (p) { return FLAGS[name](p, tzAt); } });
      });
      if (s.new && J.when) out.push({ name: "new", fn: function (p) { return J.when.isNew(ix.posted[p.age][0]); } });
      if (s.salary_min || s.pay) {
        var min = s.salary_min / 1000;
        var employer = s.pay === "employer";
        out.push({ name: "salary", fn: function (p) {
          return p.pay !== null && !(employer && p.pay.estimated) && (min === 0 || p.pay.high >= min);
        } });
      }
      out.forEach(function (t, i) { t.bit = 1 << i; });
      return out;
    }

    function newCounts() {
      var counts = { tag: new Int32Array(ix.tags.length), country: new Int32Array(data.reachGroups.length) };
      ["category", "workplace", "seniority", "type", "stage"].forEach(function (name) {
        counts[name] = new Int32Array(ix[TABLES[name]].length);
      });
      Object.keys(FLAGS).forEach(function (name) { counts[name] = new Int32Array(1); });
      return counts;
    }

    function tally(counts, name, p) {
      if (name === "tag") for (var i = 0; i < p.tagIds.length; i++) counts.tag[p.tagIds[i]]++;
      else if (name === "country") counts.country[p.reachId]++;
      else if (FLAGS[name]) { if (FLAGS[name](p, tzAt)) counts[name][0]++; }
      else counts[name][p.ids[name]]++;
    }

    // One pass: the matches, and for every counted facet how many postings each value would leave (postings
    // failing no test, or failing only that facet's own test).
    function evaluate(s, withCounts, hits) {
      var active = tests(s, hits);
      var n = active.length;
      var byBit = {};
      active.forEach(function (t) { byBit[t.bit] = t.name; });
      var counts = withCounts ? newCounts() : null;
      var found = [];
      var postings = data.postings;
      for (var i = 0; i < postings.length; i++) {
        var p = postings[i];
        var m = 0;
        for (var j = 0; j < n; j++) if (!active[j].fn(p)) m |= active[j].bit;
        if (m === 0) {
          found.push(p);
          if (counts) for (var k = 0; k < COUNTED.length; k++) tally(counts, COUNTED[k], p);
        } else if (counts && (m & (m - 1)) === 0 && counts[byBit[m]]) tally(counts, byBit[m], p);
      }
      var order = J.url.sortOf(s);
      if (order === "salary") found.sort(bySalary);
      else if (order === "relevance" && s.q && hits) {
        // Higher score first; the sort is stable, so newest first among equals.
        found.sort(function (a, b) { return hits.score[b.row] - hits.score[a.row]; });
      }
      return { matches: found, counts: counts };
    }

    // Postings per country, from postings per reach group: a group open anywhere counts for every country.
    function countryTotals(counts) {
      var totals = new Map();
      var anywhere = 0;
      data.reachGroups.forEach(function (reach, id) {
        var n = counts.country[id];
        if (!n) return;
        if (reach === null) anywhere += n;
        else reach.forEach(function (code) { totals.set(code, (totals.get(code) || 0) + n); });
      });
      return { totals: totals, anywhere: anywhere };
    }

    return { positions: positions, sanitize: sanitize, evaluate: evaluate, countryTotals: countryTotals };
  }

  J.filter = { COUNTED: COUNTED, create: create };
})();

/* Filters on the first listing page. The state lives in the URL query (q, category, workplace, country,
   seniority, type, salary_min, pay, stage, tag, company, sort; several values joined by commas), so a link
   reproduces a view and Back/Forward step through changes. Without filters the server's list stays.
   Text in q is a full-text search when jobs-search.js is loaded (J.search: lookup, decorate); without it,
   or if its index cannot load, q matches titles, companies, tags and places here. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var root = document.querySelector("[data-browse]");
  if (!root || !J.cards) return;

  var LISTS = ["category", "workplace", "country", "seniority", "type", "stage", "tag", "company"];
  var ORDER = ["q", "category", "workplace", "country", "seniority", "type", "salary_min", "pay", "stage", "tag",
               "company", "sort"];
  // Facets whose value is one entry of an index table: posting.ids[name] is its position in that table.
  var TABLES = { category: "categories", workplace: "workplaces", seniority: "levels", type: "types",
                 stage: "stages", company: "companies" };
  var COUNTED = ["category", "workplace", "country", "seniority", "type", "stage", "tag"];
  var PAGE = 50;
  var SORTS = ["relevance", "newest", "salary"];
  var form = document.getElementById("filters");
  var q = form.elements.q;
  var salary = form.elements.salary_min;
  var pay = form.querySelector('input[name="pay"]');
  var sort = document.getElementById("f-sort");
  var relevance = sort.querySelector('option[value="relevance"]');
  var $ = function (name) { return root.querySelector("[data-" + name + "]"); };
  var ui = { count: $("count"), announce: $("announce"), server: $("server-list"), results: $("results"),
             list: $("results-list"), empty: $("results-empty"), more: $("more"), subscribe: $("subscribe"),
             clear: $("clear"), chips: $("chips"), salaryOut: $("salary-out"), emptyText: $("empty-text"),
             clearSearch: $("clear-search"), clearFilters: $("clear-filters") };
  var data = null;
  var state = parse(location.search);
  var matches = [];
  var shown = 0;
  var pendingCommit = 0;  // keystrokes and slider drags: the URL follows once the hand pauses
  var pendingPush = false;
  var announceTimer = 0;
  var touched = false;
  var readyResolve;
  var ready = new Promise(function (resolve) { readyResolve = resolve; });

  function emptyState() {
    var s = { q: "", salary_min: 0, pay: "", sort: "" };  // sort "": relevance with q, else newest
    LISTS.forEach(function (name) { s[name] = []; });
    return s;
  }

  function decode(text) {
    try { return decodeURIComponent(text.replace(/\+/g, " ")); } catch (e) { return ""; }
  }

  function encode(text) {
    return encodeURIComponent(text).replace(/%20/g, "+");
  }

  // Split on literal commas before decoding, so a value containing an encoded comma (%2C) survives.
  function parse(search) {
    var s = emptyState();
    search.replace(/^\?/, "").split("&").forEach(function (pair) {
      var eq = pair.indexOf("=");
      var name = decode(eq < 0 ? pair : pair.slice(0, eq));
      var raw = eq < 0 ? "" : pair.slice(eq + 1);
      if (LISTS.indexOf(name) >= 0) {
        raw.split(",").map(decode).forEach(function (v) { if (v && s[name].indexOf(v) < 0) s[name].push(v); });
      } else if (name === "q") s.q = decode(raw).trim();
      else if (name === "salary_min") s.salary_min = Math.max(0, parseInt(decode(raw), 10) || 0);
      else if (name === "pay") s.pay = decode(raw) === "employer" ? "employer" : "";
      else if (name === "sort") s.sort = SORTS.indexOf(decode(raw)) >= 0 ? decode(raw) : "";
    });
    s.country = s.country.map(function (c) { return c.toUpperCase(); });
    return s;
  }

  function serialize(s) {
    var parts = [];
    ORDER.forEach(function (name) {
      var v = s[name];
      if (Array.isArray(v)) { if (v.length) parts.push(name + "=" + v.map(encode).join(",")); }
      else if (name === "salary_min") { if (v > 0) parts.push(name + "=" + v); }
      else if (name === "sort") { if (v && v !== defaultSort(s)) parts.push("sort=" + v); }
      else if (v) parts.push(name + "=" + encode(v));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function defaultSort(s) {
    return s.q ? "relevance" : "newest";
  }

  function sortOf(s) {
    return s.sort === "relevance" && !s.q ? "newest" : s.sort || defaultSort(s);
  }

  function isActive(s) {
    return !!(s.q || s.salary_min || s.pay || sortOf(s) !== "newest" ||
              LISTS.some(function (name) { return s[name].length; }));
  }

  // Keep only values the index knows, so a mistyped link shows a sensible view instead of nothing.
  function sanitize(s) {
    Object.keys(positions).forEach(function (name) {
      if (name !== "tag") s[name] = s[name].filter(function (v) { return positions[name].has(v); });
    });
    return s;
  }

  // value → position in its index table, per facet; built once when the index arrives.
  var positions = {};
  var countryGroups = {};  // country code → ids of the reach groups that include it (or are open anywhere)

  function prepare() {
    var ix = data.meta;
    Object.keys(TABLES).forEach(function (name) {
      positions[name] = new Map(ix[TABLES[name]].map(function (row, i) { return [row[0], i]; }));
    });
    positions.tag = new Map(ix.tags.map(function (t, i) { return [t, i]; }));
    positions.country = new Map(Object.keys(ix.countries).map(function (c, i) { return [c, i]; }));
    var codes = Object.keys(ix.countries);
    codes.forEach(function (code) { countryGroups[code] = []; });
    data.reachGroups.forEach(function (reach, id) {
      (reach === null ? codes : Array.from(reach)).forEach(function (code) {
        if (countryGroups[code]) countryGroups[code].push(id);
      });
    });
  }

  var lastSearch = { q: "", pass: null };  // the latest query and which postings it let through

  function flags(size, values, lookup) {
    var out = new Uint8Array(size);
    values.forEach(function (v) { if (lookup.has(v)) out[lookup.get(v)] = 1; });
    return out;
  }

  // The tests a posting must pass, one bit each, so a facet's counts can ignore that facet's own test.
  function tests(s) {
    var out = [];
    var ix = data.meta;
    var found = s.q && J.search ? J.search.lookup(s.q, searched) : false;
    if (found) {
      out.push({ name: "q", fn: function (p) { return found.rank.has(p.row); } });
    } else if (s.q) {
      var terms = J.cards.fold(s.q).split(/\s+/).filter(Boolean);
      // Typing on narrows the search: what failed "eng" fails "engi", so only last time's passes are read.
      var before = lastSearch.q && s.q.indexOf(lastSearch.q) === 0 ? lastSearch.pass : null;
      var pass = new Uint8Array(data.postings.length);
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
    if (s.salary_min || s.pay) {
      var min = s.salary_min / 1000;
      var employer = s.pay === "employer";
      out.push({ name: "salary", fn: function (p) {
        return p.pay !== null && !(employer && p.pay.estimated) && (min === 0 || p.pay.high >= min);
      } });
    }
    out.forEach(function (t, i) { t.bit = 1 << i; });
    out.ranked = found || null;
    return out;
  }

  // One pass: the matches, and for every counted facet how many postings each value would leave (postings
  // failing no test, or failing only that facet's own test).
  function evaluate(s, withCounts) {
    var active = tests(s);
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
    var order = sortOf(s);
    if (order === "salary") found.sort(bySalary);
    else if (order === "relevance" && active.ranked) {
      var rank = active.ranked.rank;
      found.sort(function (a, b) { return rank.get(a.row) - rank.get(b.row); });
    }
    return { matches: found, counts: counts };
  }

  function newCounts() {
    var ix = data.meta;
    var counts = { tag: new Int32Array(ix.tags.length), country: new Int32Array(data.reachGroups.length) };
    ["category", "workplace", "seniority", "type", "stage"].forEach(function (name) {
      counts[name] = new Int32Array(ix[TABLES[name]].length);
    });
    return counts;
  }

  function tally(counts, name, p) {
    if (name === "tag") for (var i = 0; i < p.tagIds.length; i++) counts.tag[p.tagIds[i]]++;
    else if (name === "country") counts.country[p.reachId]++;
    else counts[name][p.ids[name]]++;
  }

  function bySalary(a, b) {
    var ha = a.pay ? a.pay.high : -2, hb = b.pay ? b.pay.high : -2;
    return hb - ha || (b.pay ? b.pay.low : -2) - (a.pay ? a.pay.low : -2) || a.row - b.row;
  }

  function optionInputs(name) {
    return form.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
  }

  // Every counted choice with its count element; refreshed when a choice is added.
  var options = [];

  function collectOptions() {
    options = [];
    COUNTED.forEach(function (name) {
      optionInputs(name).forEach(function (input) {
        var label = input.closest("label");
        options.push({ name: name, input: input, label: label, n: label.querySelector(".n"), last: null,
                       at: positions[name].get(input.value) });
      });
    });
  }

  // Postings per country, from postings per reach group: a group open anywhere counts for every country.
  function countryTotals(counts) {
    var totals = new Map();
    var anywhere = 0;
    data.reachGroups.forEach(function (codes, id) {
      var n = counts.country[id];
      if (!n) return;
      if (codes === null) anywhere += n;
      else codes.forEach(function (code) { totals.set(code, (totals.get(code) || 0) + n); });
    });
    return { totals: totals, anywhere: anywhere };
  }

  // Touch only the counts that changed: hundreds of labels rewritten per keystroke would cost a relayout.
  function updateCounts(counts) {
    var countries = countryTotals(counts);
    options.forEach(function (o) {
      var n = o.at === undefined ? 0 : o.name !== "country" ? counts[o.name][o.at]
        : (countries.totals.get(o.input.value) || 0) + countries.anywhere;
      var zero = n === 0 && !o.input.checked;
      var key = n + (zero ? "z" : "");
      if (key === o.last) return;
      o.last = key;
      o.n.textContent = n;
      o.label.classList.toggle("zero", zero);
    });
  }

  // A value chosen in a link but not among the server-rendered choices (a rarer tag) gets a checkbox too.
  function ensureOption(name, value) {
    var box = form.querySelector('[data-facet="' + name + '"] .options');
    var exists = Array.prototype.some.call(optionInputs(name), function (i) { return i.value === value; });
    if (!box || exists) return false;
    var el = J.cards.el;
    var text = name === "country" ? data.meta.countries[value] || value : value;
    var input = el("input", { type: "checkbox", name: name, value: value });
    box.append(el("li", {}, [el("label", {}, [input, " " + text + " ", el("span", { class: "n" }, ["0"])])]));
    return true;
  }

  function writeForm(s) {
    q.value = s.q;
    salary.value = String(s.salary_min);
    pay.checked = s.pay === "employer";
    showSort(s);
    showSalary();
    var added = false;
    LISTS.forEach(function (name) {
      if (data) s[name].forEach(function (v) { added = ensureOption(name, v) || added; });
      optionInputs(name).forEach(function (input) { input.checked = s[name].indexOf(input.value) >= 0; });
      var details = form.querySelector('details[data-facet="' + name + '"]');
      if (details && s[name].length) details.open = true;
    });
    if (added) collectOptions();
  }

  // "Relevance" means something only with a query; without one the list is newest first.
  function showSort(s) {
    relevance.disabled = !s.q;
    sort.value = sortOf(s);
  }

  function readForm() {
    var s = emptyState();
    s.q = q.value.trim();
    s.salary_min = parseInt(salary.value, 10) || 0;
    s.pay = pay.checked ? "employer" : "";
    s.sort = SORTS.indexOf(sort.value) >= 0 && sort.value !== defaultSort(s) ? sort.value : "";
    LISTS.forEach(function (name) {
      optionInputs(name).forEach(function (input) { if (input.checked) s[name].push(input.value); });
    });
    s.company = state.company.slice();  // no control of its own: set by links, removed with its chip
    return s;
  }

  function money(dollars) {
    return dollars ? J.cards.formatAmount(dollars, ["USD", "$", 0]) + "+" : "Any";
  }

  function showSalary() {
    var text = money(parseInt(salary.value, 10) || 0);
    ui.salaryOut.textContent = text;
    salary.setAttribute("aria-valuetext", text === "Any" ? "Any amount" : text + " a year");
  }

  function plural(n) {
    return n === 1 ? "1 role" : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") + " roles";
  }

  // Pagefind answered a query: draw it if it is still the one asked.
  function searched() {
    if (data) render();
  }

  function render() {
    // While a search runs the previous results stay; the count says so on a first search from a link.
    if (state.q && J.search && J.search.lookup(state.q, searched) === null) {
      if (!matches.length && !touched) ui.count.textContent = "Searching…";
      return;
    }
    var result = evaluate(state, true);
    matches = result.matches;
    updateCounts(result.counts);
    var active = isActive(state);
    setHidden(ui.server, active);
    setHidden(ui.results, !active);
    if (active) {
      showFirst();
      setHidden(ui.empty, matches.length > 0);
      if (!matches.length) explainEmpty();
    }
    var text = plural(matches.length);
    if (ui.count.textContent !== text) ui.count.textContent = text;
    setHidden(ui.clear, !active);
    renderChips();
    renderSubscribe();
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      ui.announce.textContent = plural(matches.length) + (active ? " match your filters" : "");
    }, 500);
  }

  // Writing an attribute, even to its current value, makes the browser recheck styles: write only changes.
  function setHidden(node, hidden) {
    if (node.hidden !== hidden) node.hidden = hidden;
  }

  // The first page of results; left alone when a keystroke did not change it.
  var firstRows = "";

  // Narrowing a search mostly removes cards from a list that otherwise stays in order, so the list is
  // patched (drop what went, insert what came) rather than rebuilt.
  function showFirst() {
    var rows = state.q + "|" + matches.slice(0, PAGE).map(function (p) { return p.row; }).join(",");
    if (rows === firstRows && shown <= PAGE) return;
    firstRows = rows;
    var keys = savedKeys();
    var cards = matches.slice(0, PAGE).map(function (p) { return cardFor(p, keys); });
    var wanted = new Set(cards);
    var list = ui.list;
    for (var i = 0; i < cards.length; i++) {
      var at = list.children[i] || null;
      while (at && !wanted.has(at)) {
        var next = at.nextElementSibling;
        at.remove();
        at = next;
      }
      if (at !== cards[i]) list.insertBefore(cards[i], at);
    }
    while (list.children.length > cards.length) list.lastElementChild.remove();
    shown = cards.length;
    setHidden(ui.more, shown >= matches.length);
  }

  function savedKeys() {
    return new Set(J.saved ? J.saved.read().map(function (item) { return item.k; }) : []);
  }

  // Cards are kept once drawn: while typing, most of the next results were on screen a keystroke ago.
  var cardCache = new Map();

  function cardFor(p, keys) {
    var card = cardCache.get(p.row);
    if (!card) {
      if (cardCache.size > 2000) cardCache.clear();
      card = J.cards.renderCard(data.meta, p, 2, "r-", keys);
      cardCache.set(p.row, card);
    } else {
      var button = card.querySelector("[data-save]");
      var pressed = String(keys.has(J.cards.keyOf(p)));
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    }
    if (J.search) J.search.decorate(card, p.row, state.q);
    return card;
  }

  function showMore(focusFirst) {
    var keys = savedKeys();
    var batch = document.createDocumentFragment();
    var end = Math.min(matches.length, shown + PAGE);
    var first = null;
    for (var i = shown; i < end; i++) {
      var card = cardFor(matches[i], keys);
      first = first || card;
      batch.append(card);
    }
    ui.list.append(batch);
    shown = end;
    setHidden(ui.more, shown >= matches.length);
    if (focusFirst && first) first.querySelector("a").focus();
  }

  // No results: say what was asked, and offer to drop the search or the filters (whichever is set).
  function explainEmpty() {
    var filtered = isActive(Object.assign({}, state, { q: "", sort: "" }));
    ui.emptyText.textContent = state.q
      ? (filtered ? "No roles match “" + state.q + "” with these filters." : "No roles match “" + state.q + "”.")
      : "No roles match all of these filters. Remove one to see more.";
    setHidden(ui.clearSearch, !state.q);
    setHidden(ui.clearFilters, !filtered);
  }

  var chipsFor = "";

  function renderChips() {
    if (state.company.join(",") === chipsFor) return;
    chipsFor = state.company.join(",");
    ui.chips.replaceChildren();
    state.company.forEach(function (slug) {
      var co = data.meta.companies.find(function (row) { return row[0] === slug; });
      var chip = J.cards.el("button", { type: "button", class: "chip", "data-company": slug },
                            ["Company: " + (co ? co[1] : slug), J.cards.el("span", { "aria-hidden": "true" }, [" ×"]),
                             J.cards.el("span", { class: "visually-hidden" }, [" (remove this filter)"])]);
      ui.chips.append(chip);
    });
  }

  // A feed exists for one category, one company, one tag with a feed, or remote roles (docs/urls.md).
  function feedFor(s) {
    if (s.q || s.salary_min || s.pay) return null;
    var used = LISTS.filter(function (name) { return s[name].length; });
    if (used.length !== 1 || s[used[0]].length !== 1) return null;
    var name = used[0], v = s[name][0];
    if (name === "category") return "/categories/" + v + "/feed.xml";
    if (name === "company") return "/companies/" + v + "/feed.xml";
    if (name === "tag" && data.meta.tag_feeds[v]) return "/tags/" + data.meta.tag_feeds[v] + "/feed.xml";
    if (name === "workplace" && v === "remote") return "/remote/feed.xml";
    return null;
  }

  function renderSubscribe() {
    var url = feedFor(state);
    setHidden(ui.subscribe, !url);
    if (url && ui.subscribe.getAttribute("href") !== url) ui.subscribe.href = url;
  }

  // One history entry per deliberate change. A run of keystrokes or a slider drag makes one entry too, written
  // when the hand pauses: updating the URL costs Chromium several milliseconds, too much for every keystroke.
  function commit(push) {
    clearTimeout(pendingCommit);
    pendingCommit = 0;
    pendingPush = false;
    var url = location.pathname + serialize(state) + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  function commitSoon() {
    pendingPush = pendingPush || !pendingCommit;
    clearTimeout(pendingCommit);
    var push = pendingPush;
    pendingCommit = setTimeout(function () { commit(push); }, 400);
  }

  function changed(event) {
    touched = true;
    var continuous = event.target === q || event.target === salary;
    if (event.target === salary) showSalary();
    if (!data) return;
    if (event.target === q) {
      state = Object.assign({}, state, { q: q.value.trim() });
      showSort(state);
    } else {
      state = readForm();
    }
    render();
    if (continuous) commitSoon();
    else commit(true);
  }

  function apply(s) {
    state = sanitize(s);
    writeForm(state);
    render();
    commit(true);
  }

  // Fold every posting's search text in idle moments, so the first keystroke does not pay for all of it.
  function warmSearch(from) {
    var idle = window.requestIdleCallback || function (fn) { return setTimeout(fn, 50); };
    idle(function () {
      var end = Math.min(data.postings.length, from + 1000);
      for (var i = from; i < end; i++) J.cards.searchText(data.meta, data.postings[i]);
      if (end < data.postings.length) warmSearch(end);
    });
  }

  function init(loaded) {
    data = loaded;
    prepare();
    collectOptions();
    state = sanitize(touched ? readForm() : state);
    writeForm(state);
    render();
    if (touched) commit(true);
    readyResolve();
    warmSearch(0);
  }

  form.addEventListener("input", changed);
  sort.addEventListener("change", changed);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  ui.more.addEventListener("click", function () { showMore(true); });
  ui.clear.addEventListener("click", function (event) {
    event.preventDefault();
    if (data) apply(emptyState());
    q.focus();
  });
  ui.clearSearch.addEventListener("click", function () {
    apply(Object.assign(readForm(), { q: "" }));
    q.focus();
  });
  ui.clearFilters.addEventListener("click", function () {
    apply(Object.assign(emptyState(), { q: state.q }));
    q.focus();
  });
  ui.chips.addEventListener("click", function (event) {
    var chip = event.target.closest("[data-company]");
    if (!chip || !data) return;
    var s = readForm();
    s.company = s.company.filter(function (slug) { return slug !== chip.dataset.company; });
    apply(s);
    q.focus();
  });
  window.addEventListener("popstate", function () {
    clearTimeout(pendingCommit);
    pendingCommit = 0;
    pendingPush = false;
    if (!data) return;
    state = sanitize(parse(location.search));
    writeForm(state);
    render();
  });

  writeForm(state);
  if (window.matchMedia("(min-width: 900px)").matches) root.querySelector("[data-filters-box]").open = true;
  var start = function () {
    J.cards.load(root.dataset.index).then(init, function () {
      ui.count.textContent = "Filters are unavailable right now; here are all open roles.";
      ui.server.hidden = false;
    });
  };
  // A filtered link needs the index at once; otherwise fetch it after the first paint.
  if (isActive(state)) {
    ui.count.textContent = "Loading roles…";
    start();
  } else {
    requestAnimationFrame(function () { setTimeout(start, 0); });
  }

  J.browse = {
    ready: ready,
    empty: emptyState,
    count: function (s) { return evaluate(sanitize(s), false).matches.length; },
    apply: function (s) { apply(s); return matches.length; }
  };
})();

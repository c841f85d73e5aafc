/* The listing's filters, the view: reads the form, draws results, keeps the URL (jobs-url.js) in step.
   Matching is jobs-state.js; text in q is a full-text search when jobs-search.js is loaded (J.search:
   lookup, decorate). Without filters the server's list stays. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var root = document.querySelector("[data-browse]");
  if (!root || !J.cards || !J.url || !J.filter) return;

  var U = J.url;
  var PAGE = 50;
  var form = document.getElementById("filters");
  var q = form.elements.q;
  var salary = form.elements.salary_min;
  var pay = form.querySelector('input[name="pay"]');
  var flags = { visa: form.querySelector('input[name="visa"]'), relocation: form.querySelector('input[name="relocation"]') };
  var tz = form.querySelector('input[name="tz"]');
  var tzLabels = JSON.parse(tz.dataset.labels);  // offset → "UTC−5", written by the build
  var sort = document.getElementById("f-sort");
  var relevance = sort.querySelector('option[value="relevance"]');
  var $ = J.$(root);
  var ui = { count: $("count"), announce: $("announce"), server: $("server-list"), results: $("results"),
             list: $("results-list"), empty: $("results-empty"), more: $("more"), subscribe: $("subscribe"),
             clear: $("clear"), chips: $("chips"), salaryOut: $("salary-out"), emptyText: $("empty-text"),
             clearSearch: $("clear-search"), clearFilters: $("clear-filters"), newSince: $("new-since"),
             subscribeNote: $("subscribe-note"), panel: $("panel"), open: $("panel-open"), close: $("panel-close"),
             show: $("panel-show"), activeN: $("panel-n") };
  var salaryLabels = ui.salaryOut.dataset.labels.split("|");  // one per step, formatted by the server
  var countryNames = new Map();  // folded name → [code, name], from the page's one <datalist>
  document.querySelectorAll("#country-names option").forEach(function (o) {
    countryNames.set(J.cards.fold(o.value), [o.dataset.code, o.value]);
  });
  var data = null;  // the decoded index, and its filter engine, once loaded
  var engine = null;
  var state = U.parse(location.search);
  // The form was used before the index arrived: "typing" when last in the search box or on the slider (whose
  // URL waits for the hand to pause), "set" for any other control.
  var touched = false;
  var drawn = { matches: [], shown: 0, rows: "", chips: "", cards: new Map() };
  var pending = { timer: 0, push: false };  // keystrokes and slider drags: the URL follows once the hand pauses
  var announceTimer = 0;
  var newCount = null;
  var options = [];  // every counted choice with its count element; refreshed when a choice is added
  var readyResolve;
  var ready = new Promise(function (resolve) { readyResolve = resolve; });

  function sanitize(s) {
    return engine ? engine.sanitize(s) : s;
  }

  function optionInputs(name) {
    return form.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
  }

  function collectOptions() {
    options = [];
    J.filter.COUNTED.forEach(function (name) {
      optionInputs(name).forEach(function (input) {
        var label = input.closest("label");
        options.push({ name: name, input: input, label: label, n: label.querySelector(".n"), last: null,
                       at: engine.positions[name].get(input.value) });
      });
    });
  }

  // Touch only the counts that changed: hundreds of labels rewritten per keystroke would cost a relayout.
  function updateCounts(counts) {
    var countries = engine.countryTotals(counts);
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

  function countryName(code) {
    var found = Array.prototype.find.call(document.querySelectorAll("#country-names option"),
                                          function (o) { return o.dataset.code === code; });
    return found ? found.value : code;
  }

  // A country typed (or picked from the list) becomes a ticked choice among the others, and the box empties.
  function picked(input) {
    var hit = countryNames.get(J.cards.fold(input.value.trim()));
    if (!hit) return false;
    if (ensureOption("country", hit[0])) { if (data) collectOptions(); }
    optionInputs("country").forEach(function (i) { if (i.value === hit[0]) i.checked = true; });
    input.value = "";
    return true;
  }

  // A value chosen in a link but not among the server-rendered choices (a rarer tag) gets a checkbox too.
  function ensureOption(name, value) {
    var box = form.querySelector('[data-facet="' + name + '"] .options');
    var exists = Array.prototype.some.call(optionInputs(name), function (i) { return i.value === value; });
    if (!box || exists) return false;
    var option = J.cards.blank("option");
    var input = option.querySelector("input");
    input.name = name;
    input.value = value;
    input.nextSibling.data = " " + (name === "country" ? countryName(value) : value) + " ";
    box.append(option);
    return true;
  }

  function writeForm(s) {
    q.value = s.q;
    salary.value = String(s.salary_min);
    pay.checked = s.pay === "employer";
    flags.visa.checked = !!s.visa;
    flags.relocation.checked = !!s.relocation;
    showZone(s);
    showSort(s);
    showSalary();
    var added = false;
    U.LISTS.forEach(function (name) {
      if (data) s[name].forEach(function (v) { added = ensureOption(name, v) || added; });
      optionInputs(name).forEach(function (input) { input.checked = s[name].indexOf(input.value) >= 0; });
      var details = form.querySelector('details[data-facet="' + name + '"]');
      if (details && s[name].length) details.open = true;
    });
    if (added) collectOptions();
  }

  // The time-zone choice names the offset it tests: the visitor's own, or the one a shared link carries.
  function showZone(s) {
    var here = J.when.offset(), at = s.tz !== null ? s.tz : here, label = tzLabels[at] || "UTC";
    tz.value = String(at);
    tz.checked = s.tz !== null;
    tz.nextElementSibling.textContent = at === here ? "Works from my time zone (" + label + ")" : "Works from " + label;
  }

  // "Relevance" means something only with a query.
  function showSort(s) {
    relevance.disabled = !s.q;
    sort.value = U.sortOf(s);
  }

  function readForm() {
    var s = U.empty();
    s.q = q.value.trim();
    s.salary_min = parseInt(salary.value, 10) || 0;
    s.pay = pay.checked ? "employer" : "";
    s.visa = flags.visa.checked ? "yes" : "";
    s.relocation = flags.relocation.checked ? "yes" : "";
    s.tz = tz.checked ? Number(tz.value) : null;
    s.new = state.new;  // set by the "new since your last visit" link, removed with "Clear all filters"
    s.sort = U.SORTS.indexOf(sort.value) >= 0 && sort.value !== U.defaultSort(s) ? sort.value : "";
    U.LISTS.forEach(function (name) {
      optionInputs(name).forEach(function (input) { if (input.checked) s[name].push(input.value); });
    });
    s.company = state.company.slice();  // no control of its own: set by links, removed with its chip
    return s;
  }

  function showSalary() {
    var text = salaryLabels[Math.round((parseInt(salary.value, 10) || 0) / Number(salary.step))] || "Any";
    ui.salaryOut.textContent = text;
    salary.setAttribute("aria-valuetext", text === "Any" ? "Any amount" : text + " a year");
  }

  // Full-text search's answer for q: null while it runs (render is called again when it answers), false
  // when there is none (no query, or no search: jobs-state.js then matches titles, tags and places).
  function searchHits() {
    return state.q && J.search ? J.search.lookup(state.q, searched) : false;
  }

  function searched() {
    if (data) render();
  }

  function render() {
    var hits = searchHits();
    if (hits === null) {  // the previous results stay while the search runs, but their count is not announced
      clearTimeout(announceTimer);
      if (!drawn.matches.length && !touched) ui.count.textContent = "Searching…";
      return;
    }
    var result = engine.evaluate(state, true, hits);
    var n = result.matches.length;
    drawn.matches = result.matches;
    updateCounts(result.counts);
    var active = U.isActive(state);
    setHidden(ui.server, active);
    setHidden(ui.results, !active);
    if (active) {
      showFirst();
      setHidden(ui.empty, n > 0);
      if (!n) explainEmpty();
    }
    if (ui.count.textContent !== J.plural(n)) ui.count.textContent = J.plural(n);
    ui.show.textContent = n ? "Show " + J.plural(n) : "No roles match: change a filter";
    setHidden(ui.clear, !active);
    renderChips();
    renderSubscribe();
    renderNew();
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      ui.announce.textContent = J.plural(n) + (active ? (n === 1 ? " matches" : " match") + " your filters" : "");
    }, 500);
  }

  // Write only changes: even an unchanged attribute write makes the browser recheck styles.
  function setHidden(node, hidden) {
    if (node.hidden !== hidden) node.hidden = hidden;
  }

  // Narrowing a search mostly removes cards, so the first page is patched (drop what went, insert what came).
  function showFirst() {
    var first = drawn.matches.slice(0, PAGE);
    var rows = state.q + "|" + first.map(function (p) { return p.row; }).join(",");
    if (rows === drawn.rows && drawn.shown <= PAGE) return;
    drawn.rows = rows;
    var keys = savedKeys();
    var cards = first.map(function (p) { return cardFor(p, keys); });
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
    drawn.shown = cards.length;
    setHidden(ui.more, drawn.shown >= drawn.matches.length);
  }

  function savedKeys() {
    return new Set(J.saved ? J.saved.read().map(function (item) { return item.k; }) : []);
  }

  // Cards are kept once drawn: while typing, most of the next results were on screen a keystroke ago.
  function cardFor(p, keys) {
    var card = drawn.cards.get(p.row);
    if (!card) {
      if (drawn.cards.size > 2000) drawn.cards.clear();
      card = J.cards.renderCard(data.meta, p, "r-", keys);
      drawn.cards.set(p.row, card);
    } else {
      var button = card.querySelector("[data-save]");
      var pressed = String(keys.has(p.key));
      if (button.getAttribute("aria-pressed") !== pressed) {
        button.setAttribute("aria-pressed", pressed);
        button.querySelector(".save-word").textContent = pressed === "true" ? "Saved" : "Save";
      }
    }
    if (J.search) J.search.decorate(card, p, state.q);
    return card;
  }

  function showMore(focusFirst) {
    var keys = savedKeys();
    var batch = document.createDocumentFragment();
    var end = Math.min(drawn.matches.length, drawn.shown + PAGE);
    var first = null;
    for (var i = drawn.shown; i < end; i++) {
      var card = cardFor(drawn.matches[i], keys);
      first = first || card;
      batch.append(card);
    }
    ui.list.append(batch);
    drawn.shown = end;
    setHidden(ui.more, drawn.shown >= drawn.matches.length);
    if (focusFirst && first) first.querySelector("a").focus();
  }

  // No results: say what was asked, and offer to drop the search or the filters (whichever is set).
  function explainEmpty() {
    var filtered = U.isActive(Object.assign({}, state, { q: "", sort: "" }));
    ui.emptyText.textContent = state.q
      ? (filtered ? "No roles match “" + state.q + "” with these filters." : "No roles match “" + state.q + "”.")
      : "No roles match all of these filters. Remove one to see more.";
    setHidden(ui.clearSearch, !state.q);
    setHidden(ui.clearFilters, !filtered);
  }

  // Every active filter as a chip that removes it: [name, value, words] per chip.
  function chipsOf(s) {
    var chips = [];
    if (s.q) chips.push(["q", "", "Search: “" + s.q + "”"]);
    U.LISTS.forEach(function (name) {
      s[name].forEach(function (v) { chips.push([name, v, chipLabel(name, v)]); });
    });
    if (s.salary_min) chips.push(["salary_min", "", "Pay: " + (salaryLabels[s.salary_min / Number(salary.step)] || "$" + s.salary_min)]);
    if (s.pay) chips.push(["pay", "", "Employer ranges only"]);
    if (s.visa) chips.push(["visa", "", "Sponsors visas"]);
    if (s.relocation) chips.push(["relocation", "", "Helps with relocation"]);
    if (s.tz !== null) chips.push(["tz", "", "Works from " + (tzLabels[s.tz] || "UTC")]);
    if (s.new) chips.push(["new", "", "New since your last visit"]);
    return chips;
  }

  function chipLabel(name, value) {
    if (name === "company") {
      var co = data.meta.companies.find(function (row) { return row[0] === value; });
      return "Company: " + (co ? co[1] : value);
    }
    if (name === "country") return countryName(value);
    var input = Array.prototype.find.call(optionInputs(name), function (i) { return i.value === value; });
    return input ? input.nextSibling.data.trim() : value;
  }

  function renderChips() {
    var chips = chipsOf(state);
    var key = JSON.stringify(chips);
    if (key === drawn.chips) return;
    drawn.chips = key;
    var el = J.cards.el;
    ui.chips.replaceChildren.apply(ui.chips, chips.map(function (c) {
      return el("li", {}, [el("button", { type: "button", class: "chip", "data-chip": c[0], "data-chip-value": c[1] },
                               [c[2], el("span", { "aria-hidden": "true" }, [" ×"]),
                                el("span", { class: "visually-hidden" }, [" (remove this filter)"])])]);
    }));
    ui.activeN.textContent = chips.length ? String(chips.length) : "";
    ui.activeN.setAttribute("aria-hidden", "true");  // the button's name says it in words
    if (chips.length) ui.open.setAttribute("aria-label", "Filters, " + chips.length + " on");
    else ui.open.removeAttribute("aria-label");
  }

  // The state without one chip's filter.
  function without(s, name, value) {
    var next = Object.assign({}, s);
    if (U.LISTS.indexOf(name) >= 0) next[name] = s[name].filter(function (v) { return v !== value; });
    else next[name] = name === "salary_min" ? 0 : name === "tz" ? null : "";
    return next;
  }

  // "3 new since your last visit": roles posted after it, whatever the filters (none on a first visit).
  function renderNew() {
    if (newCount === null) {  // the visit and the index stay as they are while the page is open: count once
      newCount = J.when.since() === null ? 0 : engine.evaluate(Object.assign(U.empty(), { new: "yes" }), false).matches.length;
    }
    var n = newCount, text = n + " new since your last visit";
    setHidden(ui.newSince, !n);
    if (n && ui.newSince.firstElementChild.textContent !== text) ui.newSince.firstElementChild.textContent = text;
  }

  // The feed of this view, or the narrowest that covers it and what it leaves out. Worked out again only when
  // the filters change (no feed narrows by search words, so only their presence counts): it counts the roles of
  // each candidate.
  function renderSubscribe() {
    var key = U.serialize(Object.assign({}, state, { q: state.q ? "words" : "", sort: "" }));
    if (drawn.feedKey === key) return;
    drawn.feedKey = key;
    var feed = U.feedFor(state, data.meta, function (filters) {
      var s = U.empty();
      Object.keys(filters).forEach(function (name) { s[name] = Array.isArray(s[name]) ? [filters[name]] : filters[name]; });
      return engine.evaluate(s, false).matches.length;
    });
    var names = data.meta.filter_names, left = [];
    feed.left.forEach(function (name) { if (left.indexOf(names[name]) < 0) left.push(names[name]); });
    setHidden(ui.subscribe, false);
    if (ui.subscribe.getAttribute("href") !== feed.url) ui.subscribe.href = feed.url;
    ui.subscribeNote.textContent = left.length ? "(the feed leaves out: " + left.join(", ") + ")" : "";
  }

  // One history entry per deliberate change; typing or a slider drag makes one when the hand pauses (a URL
  // update costs Chromium milliseconds, too much for every keystroke).
  function commit(push) {
    clearTimeout(pending.timer);
    pending = { timer: 0, push: false };
    var url = location.pathname + U.serialize(state) + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  function commitSoon() {
    var push = pending.push || !pending.timer;
    clearTimeout(pending.timer);
    pending = { timer: setTimeout(function () { commit(push); }, 400), push: push };
  }

  // A choice from the list arrives as one input event; typed text is taken on Enter or leaving the box (change),
  // so "Niger" does not win while "Nigeria" is being typed.
  function pickEvent(event) {
    if (event.type === "input" && event.inputType && event.inputType !== "insertReplacementText") return false;
    var typed = event.target.value.trim();
    var ok = picked(event.target);
    var hint = event.target.parentNode.querySelector("[data-pick-hint]");
    if (ok || (event.type === "change" && typed)) {
      hint.textContent = ok ? hint.dataset.text : "No country of that name has roles here. Pick one from the list.";
    }
    return ok;
  }

  function changed(event) {
    if (event.target.dataset.pick && !pickEvent(event)) return;
    var continuous = event.target === q || event.target === salary;
    touched = continuous ? "typing" : "set";
    if (event.target === salary) showSalary();
    if (event.target === q) showSort(Object.assign({}, state, { q: q.value.trim() }));
    if (!data) return;
    state = event.target === q ? Object.assign({}, state, { q: q.value.trim() }) : readForm();
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
    engine = J.filter.create(loaded);
    collectOptions();
    state = sanitize(touched ? readForm() : state);
    writeForm(state);
    render();
    // Words typed on once it is here join those typed while it loaded: one history entry when the hand pauses.
    if (touched === "typing") commitSoon();
    else if (touched) commit(true);
    readyResolve();
    root.dataset.ready = "";  // for the tests, which wait for the index before they read counts
    warmSearch(0);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", function (event) { if (event.target.dataset.pick) changed(event); });
  form.querySelectorAll("[data-pick-hint]").forEach(function (hint) { hint.dataset.text = hint.textContent; });
  sort.addEventListener("change", changed);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  ui.more.addEventListener("click", function () { showMore(true); });
  ui.clear.addEventListener("click", function (event) {
    event.preventDefault();
    if (data) apply(U.empty());
    q.focus();
  });
  ui.clearSearch.addEventListener("click", function () {
    apply(Object.assign(readForm(), { q: "" }));
    q.focus();
  });
  ui.clearFilters.addEventListener("click", function () {
    apply(Object.assign(U.empty(), { q: state.q }));
    q.focus();
  });
  ui.newSince.addEventListener("click", function (event) {
    event.preventDefault();
    if (data) apply(Object.assign(U.empty(), { new: "yes" }));
  });
  ui.chips.addEventListener("click", function (event) {
    var chip = event.target.closest("[data-chip]");
    if (!chip || !data) return;
    var rest = ui.chips.querySelectorAll(".chip");
    var at = Array.prototype.indexOf.call(rest, chip);
    apply(without(state, chip.dataset.chip, chip.dataset.chipValue));
    // Focus stays among the chips (the next one, else the previous), or goes to the count when none is left.
    var left = ui.chips.querySelectorAll(".chip");
    var next = left[Math.min(at, left.length - 1)];
    if (next) next.focus();
    else { ui.count.tabIndex = -1; ui.count.focus(); }
  });

  // The panel over the results on narrow screens: a modal dialog while open, the sidebar otherwise.
  var narrow = window.matchMedia("(max-width: 899.98px)");
  // Everything beside the panel and its ancestors: made inert while the panel is open, so nothing behind it
  // takes focus or clicks.
  function outside() {
    var nodes = [];
    for (var at = ui.panel; at.parentElement; at = at.parentElement) {
      Array.prototype.forEach.call(at.parentElement.children, function (n) { if (n !== at) nodes.push(n); });
    }
    return nodes;
  }

  function setPanel(open) {
    var panel = ui.panel;
    if (panel.classList.contains("is-open") === open) return;
    panel.classList.toggle("is-open", open);
    document.body.classList.toggle("panel-open", open);
    ui.open.setAttribute("aria-expanded", String(open));
    if (open) {
      panel.setAttribute("role", "dialog");
      panel.setAttribute("aria-modal", "true");
    } else {
      panel.removeAttribute("role");
      panel.removeAttribute("aria-modal");
    }
    outside().forEach(function (node) { node.inert = open; });
  }

  ui.open.addEventListener("click", function () {
    start();
    setPanel(true);
    document.getElementById("filters-heading").focus();
  });
  ui.close.addEventListener("click", function () { setPanel(false); ui.open.focus(); });
  ui.show.addEventListener("click", function () {
    setPanel(false);
    ui.count.tabIndex = -1;
    ui.count.focus();
    ui.count.scrollIntoView({ block: "start" });
  });
  ui.panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && ui.panel.classList.contains("is-open")) { setPanel(false); ui.open.focus(); }
  });
  narrow.addEventListener("change", function () { if (!narrow.matches) setPanel(false); });

  window.addEventListener("popstate", function () {
    clearTimeout(pending.timer);
    pending = { timer: 0, push: false };
    if (!data) return;
    state = sanitize(U.parse(location.search));
    writeForm(state);
    render();
  });

  writeForm(state);
  var started = false;
  function start() {
    if (started) return ready;
    started = true;
    J.cards.load(root.dataset.index).then(init, function () {
      ui.count.textContent = "Filters are unavailable right now; here are all open roles.";
      ui.server.hidden = false;
    });
    return ready;
  }
  // A filtered link needs the index at once, and so does a returning visitor with roles new since the last
  // visit (the first server-drawn card is the newest), to count them; otherwise it is fetched when the visitor
  // first reaches for the filters, the search or the sort (a 10,000-role index would cost the first screen ten
  // times its weight).
  var newest = ui.server.querySelector("time[datetime]");
  if (U.isActive(state)) {
    ui.count.textContent = "Loading roles…";
    start();
  } else if (newest && J.when.isNew(newest.getAttribute("datetime"))) {
    start();
  } else {
    ["pointerdown", "focusin", "input"].forEach(function (type) {
      root.addEventListener(type, function wake(event) {
        if (!event.target.closest("[data-panel], .results-bar")) return;
        root.removeEventListener(type, wake);
        start();
      });
    });
  }

  J.browse = {
    countryCode: function (name) { var hit = countryNames.get(J.cards.fold(name.trim())); return hit && hit[0]; },
    ready: ready,
    need: function () { return start(); },
    empty: U.empty,
    count: function (s) { return engine.evaluate(sanitize(s), false).matches.length; },
    apply: function (s) { apply(s); return drawn.matches.length; }
  };
})();

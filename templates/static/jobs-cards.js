/* The postings index (built by generator/render/browse_index.py) decoded into postings, and job cards drawn
   exactly like the server's (_macros.html job_card). Used by the listing filters and the saved-jobs page. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY_MS = 864e5;
  var loading = {};

  // Lower case without accents, so "krakow" finds "Kraków".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The slug a title gives under the naming rule; the index leaves such slugs out (derived_slug in Python).
  function derivedSlug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function load(url) {
    if (!loading[url]) {
      loading[url] = fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error("index " + response.status);
        return response.json();
      }).then(decode);
    }
    return loading[url];
  }

  // Postings as small objects of numbers and raw strings; text for cards and search is derived when needed,
  // so decoding ten thousand postings stays well under a frame's budget of work per thousand.
  function decode(ix) {
    var c = ix.cols;
    var companies = ix.companies.map(function (co) { return { slug: co[0], name: co[1] }; });
    var postings = [];
    var today = Date.parse(ix.today + "T00:00:00Z");
    var now = Date.now();
    var groups = [];  // distinct "countries a posting can be taken from" sets, shared by many postings
    var groupIds = new Map();
    var remoteAt = ix.workplaces.findIndex(function (w) { return w[0] === "remote"; });
    for (var i = 0; i < c.title.length; i++) {
      // Open through its last day anywhere on Earth: until 12:00 UTC the next day (model.closes_at).
      if (c.expires[i] !== undefined && now >= today + (c.expires[i] + 1) * DAY_MS + DAY_MS / 2) continue;
      var refs = typeof c.places[i] === "number" ? [c.places[i]] : c.places[i];
      var remote = c.remote[i] || [];
      var company = companies[c.company[i]];
      var countries = refs.map(function (r) { return ix.places[r][1]; });
      var isRemote = c.workplace[i] === remoteAt;
      var groupKey = (isRemote ? "r" : "o") + countries.join(",") + "|" + remote.join(",");
      if (!groupIds.has(groupKey)) {
        groupIds.set(groupKey, groups.length);
        groups.push(reach(countries, isRemote, remote, ix.regions));
      }
      postings.push({
        row: i, title: c.title[i], company: company, slug: c.slug[i] || null, key: null,
        ids: { category: c.category[i], workplace: c.workplace[i], seniority: c.level[i], type: c.type[i],
               stage: ix.companies[c.company[i]][2], company: c.company[i] },
        tagIds: c.tags[i], placeRefs: refs, remote: remote, duration: c.duration[i] || "", age: c.age[i],
        pay: decodePay(ix, c.pay[i]), reachId: groupIds.get(groupKey), text: null
      });
    }
    return { meta: ix, postings: postings, reachGroups: groups, byKey: null };
  }

  // "company/slug", derived on first use: most postings are never drawn or looked up.
  function keyOf(p) {
    if (p.key === null) {
      p.slug = p.slug || derivedSlug(p.title);
      p.key = p.company.slug + "/" + p.slug;
    }
    return p.key;
  }

  // The open posting with this key, or undefined when it is not open (closed, or taken down).
  function find(data, key) {
    if (data.byKey === null) data.byKey = new Map(data.postings.map(function (p) { return [keyOf(p), p]; }));
    return data.byKey.get(key);
  }

  function decodePay(ix, pay) {
    if (!pay) return null;
    return { min: pay[0], max: pay[1], currency: ix.currencies[pay[2]], period: ix.periods[pay[3]][1],
             estimated: pay[4] === 1, low: pay[5], high: pay[6] };
  }

  function countryName(ix, code) {
    return ix.countries[code] || code;
  }

  function eligibilityLabel(ix, value) {
    return value.length === 2 ? countryName(ix, value) : value;
  }

  // Countries a posting can be taken from, null for anywhere: the same rule as generator/regions.py open_to.
  function reach(located, isRemote, remote, regions) {
    if (!isRemote) return new Set(located);
    if (!remote.length) return located.length ? new Set(located) : null;
    if (remote.indexOf("Worldwide") >= 0) return null;
    var codes = new Set(located);
    remote.forEach(function (item) {
      (regions[item] || [item]).forEach(function (code) { codes.add(code); });
    });
    return codes;
  }

  function placeLabels(ix, p) {
    return p.placeRefs.map(function (r) { return ix.places[r][0] + ", " + countryName(ix, ix.places[r][1]); });
  }

  function tagsOf(ix, p) {
    return p.tagIds.map(function (t) { return ix.tags[t]; });
  }

  // What the search box looks in: title, company, tags, places; folded once per posting, on first use.
  function searchText(ix, p) {
    if (p.text === null) {
      p.text = fold([p.title, p.company.name, tagsOf(ix, p).join(" "), placeLabels(ix, p).join(" "),
                     p.remote.map(function (e) { return eligibilityLabel(ix, e); }).join(" ")].join(" | "));
    }
    return p.text;
  }

  // "Belgrade, Serbia" or "Remote (EU, United Kingdom)": format_place in render/format.py.
  function formatPlace(ix, p) {
    var places = placeLabels(ix, p).join("; ");
    if (ix.workplaces[p.ids.workplace][0] !== "remote") return places;
    if (p.remote.length) {
      return "Remote (" + p.remote.map(function (e) { return eligibilityLabel(ix, e); }).join(", ") + ")";
    }
    return places ? "Remote (" + places + ")" : "Remote";
  }

  // "Internship · 12–24 weeks · On-site"; remote roles leave the workplace out (format_terms).
  function formatTerms(ix, p) {
    var parts = [ix.types[p.ids.type][1]];
    if (p.duration) parts.push(p.duration);
    if (ix.workplaces[p.ids.workplace][0] !== "remote") parts.push(ix.workplaces[p.ids.workplace][1]);
    return parts.join(" · ");
  }

  function group(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  // $120,000 · €4,500 · CHF 150,000 · 12,000 zł: format_amount in render/format.py.
  function formatAmount(amount, currency) {
    var parts = (amount >= 100 || Number.isInteger(amount) ? amount.toFixed(0) : amount.toFixed(2)).split(".");
    var number = group(parts[0]) + (parts[1] ? "." + parts[1] : "");
    var code = currency[0], symbol = currency[1];
    if (!symbol) return code + " " + number;
    return currency[2] ? number + " " + symbol : symbol + number;
  }

  function formatPay(pay) {
    var low = formatAmount(pay.min, pay.currency);
    return (pay.min === pay.max ? low : low + " – " + formatAmount(pay.max, pay.currency)) + " " + pay.period;
  }

  function postedDate(ix, p) {
    return new Date(Date.parse(ix.today + "T00:00:00Z") - p.age * DAY_MS);
  }

  function formatDate(date) {
    return date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear();
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      if (child !== null) node.append(child);
    });
    return node;
  }

  // One card, the same markup as the server's; `prefix` keeps ids unique beside the server list.
  function renderCard(ix, p, level, prefix, savedKeys) {
    var key = keyOf(p);
    var id = prefix + "job-" + p.company.slug + "-" + p.slug;
    var url = "/jobs/" + key + "/";
    var tags = tagsOf(ix, p);
    var posted = postedDate(ix, p);
    var facts = [el("li", {}, [formatPlace(ix, p)]), el("li", {}, [formatTerms(ix, p)])];
    if (p.pay) {
      var est = p.pay.estimated ? el("abbr", { title: "estimated from industry benchmarks" }, ["est."]) : null;
      facts.push(el("li", { class: "pay" }, [formatPay(p.pay), est ? " " : null, est]));
    }
    var iso = posted.toISOString().slice(0, 10);
    return el("li", { class: "card" }, [el("article", { "aria-labelledby": id }, [
      el("h" + level, { class: "card-title", id: id }, [el("a", { href: url }, [p.title])]),
      el("p", { class: "card-company" }, [p.company.name]),
      el("ul", { class: "card-facts" }, facts),
      el("p", { class: "card-meta" }, [el("time", { datetime: iso }, ["Posted " + formatDate(posted)])]),
      tags.length ? el("ul", { class: "tags", "aria-label": "Tags" },
                       tags.map(function (t) { return el("li", {}, [t]); })) : null,
      saveButton(key, p.title, p.company.name, savedKeys.has(key))
    ])]);
  }

  function saveButton(key, title, company, saved) {
    return el("button", { type: "button", class: "save", "data-save": key, "data-title": title,
                          "data-company": company, "aria-pressed": String(!!saved) }, [
      el("span", { class: "star", "aria-hidden": "true" }), "Save",
      el("span", { class: "visually-hidden" }, [" " + title + " at " + company])
    ]);
  }

  J.cards = { load: load, decode: decode, keyOf: keyOf, find: find, fold: fold, searchText: searchText,
              renderCard: renderCard, saveButton: saveButton, el: el, formatAmount: formatAmount };
})();

/* The postings index (render/browse/index.py) decoded, and job cards cloned from the page's <template>, made by
   the server's own card macro (_macros.html job_card). The index carries every string formatted. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var loading = {};

  // Lower case without accents, so "krakow" finds "Kraków".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
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

  // Postings as small objects of numbers and raw strings; search text is derived when first needed. A role that
  // closed since the build (its `closes` instant has passed) is left out. `reachGroups` are the index's distinct
  // sets of countries a posting can be taken from (null: anywhere); a posting's `reachId` points into them.
  function decode(ix) {
    var c = ix.cols;
    var companies = ix.companies.map(function (co) { return { slug: co[0], name: co[1], mark: co[3] }; });
    var postings = [];
    var now = Date.now();
    for (var i = 0; i < c.title.length; i++) {
      if (c.closes[i] !== undefined && now >= c.closes[i]) continue;
      var pay = c.pay[i];
      postings.push({
        row: i, title: c.title[i], company: companies[c.company[i]], key: c.key[i],
        ids: { category: c.category[i], workplace: c.workplace[i], seniority: c.level[i], type: c.type[i],
               stage: ix.companies[c.company[i]][2], company: c.company[i] },
        offers: c.offers[i], window: c.tz[i] === undefined ? null : ix.windows[c.tz[i]],
        tagIds: c.tags[i], placeRefs: typeof c.places[i] === "number" ? [c.places[i]] : c.places[i],
        remote: c.remote[i] || [], where: c.where[i], terms: c.terms[i], age: c.age[i],
        pay: pay ? { text: pay[0], estimated: pay[1] === 1, low: pay[2], high: pay[3] } : null,
        verified: c.verified[i] === 1, reachId: c.reach[i], text: null
      });
    }
    var groups = ix.reaches.map(function (codes) { return codes === null ? null : new Set(codes); });
    return { meta: ix, postings: postings, reachGroups: groups, byKey: null };
  }

  // The open posting with this key, or undefined when it is not open (closed, or taken down).
  function find(data, key) {
    if (data.byKey === null) data.byKey = new Map(data.postings.map(function (p) { return [p.key, p]; }));
    return data.byKey.get(key);
  }

  // What the search box looks in: title, company, tags, places; folded once per posting, on first use.
  function searchText(ix, p) {
    if (p.text === null) {
      var places = p.placeRefs.map(function (r) { var code = ix.places[r][1];
        return ix.places[r][0] + ", " + (ix.countries[code] || code);
      });
      var remote = p.remote.map(function (e) { return e.length === 2 ? ix.countries[e] || e : e; });
      p.text = fold([p.title, p.company.name, p.tagIds.map(function (t) { return ix.tags[t]; }).join(" "),
                     places.join(" "), remote.join(" ")].join(" | "));
    }
    return p.text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      if (child !== null) node.append(child);
    });
    return node;
  }

  // A copy of the page's card template (`name` picks another one, e.g. "closed-card").
  function blank(name) {
    return document.querySelector("template[data-" + (name || "card") + "-template]").content.firstElementChild
      .cloneNode(true);
  }

  function setSave(button, key, title, company, saved) {
    button.dataset.save = key;
    button.dataset.title = title;
    button.dataset.company = company;
    button.setAttribute("aria-pressed", String(!!saved));
    button.querySelector(".save-word").textContent = saved ? "Saved" : "Save";
    button.lastChild.textContent = "Save " + title + " at " + company;
  }

  // A card's heading, link and company line (open and closed cards alike).
  function setHead(card, id, url, title, company) {
    var link = card.querySelector(".card-title a");
    card.firstElementChild.setAttribute("aria-labelledby", id);
    link.parentNode.id = id;
    link.href = url;
    link.textContent = title;
    card.querySelector(".card-company").lastChild.data = company;
  }

  // The company's mark as the server draws it (_macros.html company_mark): a logo's address starts with "/".
  function setMark(card, mark, company) {
    var old = card.querySelector(".mark");
    if (mark.charAt(0) !== "/") { old.textContent = mark; return; }
    old.replaceWith(el("img", { class: "mark", src: mark, alt: company + " logo", width: "24", height: "24",
                                loading: "lazy", decoding: "async" }));
  }

  // One card, the server's markup filled in; `prefix` keeps ids unique beside the server's list.
  function renderCard(ix, p, prefix, savedKeys) {
    var key = p.key;
    var card = blank();
    var q = function (selector) { return card.querySelector(selector); };
    setHead(card, prefix + "job-" + key.replace("/", "-"), J.jobUrl(key), p.title, p.company.name);
    setMark(card, p.company.mark, p.company.name);
    var facts = card.querySelectorAll(".card-facts li");
    facts[0].textContent = ix.wheres[p.where];
    facts[1].textContent = ix.terms[p.terms];
    if (!p.pay) facts[2].remove();
    else if (p.pay.estimated) facts[2].firstChild.data = p.pay.text + " ";
    else facts[2].textContent = p.pay.text;
    var posted = ix.posted[p.age];
    q("time").dateTime = posted[0];
    q("time").textContent = posted[1];
    if (!p.verified) q(".card-verified").remove();
    var tags = q(".tags");
    if (p.tagIds.length) {
      tags.replaceChildren.apply(tags, p.tagIds.map(function (t) { return el("li", {}, [ix.tags[t]]); }));
    } else tags.remove();
    var offers = q(".card-offers"), labels = ix.offers.filter(function (o, bit) { return p.offers & (1 << bit); });
    if (labels.length) {
      offers.replaceChildren.apply(offers, labels.map(function (label) { return el("li", {}, [label]); }));
    } else offers.remove();
    setSave(q("[data-save]"), key, p.title, p.company.name, savedKeys.has(key));
    if (J.when) J.when.decorate(card);
    return card;
  }

  J.cards = { load: load, decode: decode, find: find, fold: fold, searchText: searchText,
              renderCard: renderCard, blank: blank, setHead: setHead, setSave: setSave, el: el };
})();

/* The filter state as a URL query and back (several values joined by commas), so a link reproduces a view. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var LISTS = ["category", "workplace", "country", "seniority", "type", "stage", "tag", "company"];
  var ORDER = ["q", "category", "workplace", "country", "seniority", "type", "salary_min", "pay", "visa",
               "relocation", "tz", "new", "stage", "tag", "company", "sort"];
  var YES = ["visa", "relocation", "new"];  // set or not: "yes" in the URL
  var SORTS = ["relevance", "newest", "salary"];

  function empty() {
    // sort "": the default (sortOf); tz: the offset (minutes east of UTC) a role's window must hold, or null.
    var s = { q: "", salary_min: 0, pay: "", sort: "", visa: "", relocation: "", new: "", tz: null };
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
    var s = empty();
    search.replace(/^\?/, "").split("&").forEach(function (pair) {
      var eq = pair.indexOf("=");
      var name = decode(eq < 0 ? pair : pair.slice(0, eq));
      var raw = eq < 0 ? "" : pair.slice(eq + 1);
      if (LISTS.indexOf(name) >= 0) {
        raw.split(",").map(decode).forEach(function (v) {
          if (name === "country") v = v.toUpperCase();  // before the duplicate check: "de,DE" is one country
          if (v && s[name].indexOf(v) < 0) s[name].push(v);
        });
      } else if (name === "q") s.q = decode(raw).trim();
      else if (name === "salary_min") s.salary_min = Math.max(0, parseInt(decode(raw), 10) || 0);
      else if (name === "pay") s.pay = decode(raw) === "employer" ? "employer" : "";
      else if (name === "sort") s.sort = SORTS.indexOf(decode(raw)) >= 0 ? decode(raw) : "";
      else if (YES.indexOf(name) >= 0) s[name] = decode(raw) === "yes" ? "yes" : "";
      else if (name === "tz" && /^-?\d{1,3}$/.test(raw) && Math.abs(raw - 60) <= 780) s.tz = Number(raw);  // −12…+14 h
    });
    return s;
  }

  function serialize(s) {
    var parts = [];
    ORDER.forEach(function (name) {
      var v = s[name];
      if (Array.isArray(v)) { if (v.length) parts.push(name + "=" + v.map(encode).join(",")); }
      else if (name === "salary_min") { if (v > 0) parts.push(name + "=" + v); }
      else if (name === "sort") { if (v && v !== defaultSort(s)) parts.push("sort=" + v); }
      else if (name === "tz") { if (v !== null) parts.push("tz=" + v); }
      else if (v) parts.push(name + "=" + encode(v));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  // With a search, best match first (jobs-search.js ranks); without one, newest first.
  function defaultSort(s) {
    return s.q ? "relevance" : "newest";
  }

  function sortOf(s) {
    return s.sort === "relevance" && !s.q ? "newest" : s.sort || defaultSort(s);
  }

  function isActive(s) {
    return !!(s.q || s.salary_min || s.pay || s.visa || s.relocation || s.new || s.tz !== null || sortOf(s) !== "newest" ||
              LISTS.some(function (name) { return s[name].length; }));
  }

  function isSet(s, name) {
    var v = s[name];
    return Array.isArray(v) ? v.length > 0 : name === "tz" ? v !== null : !!v;
  }

  // A view holds a feed's filter when it asks for exactly that one value.
  function holds(s, name, value) {
    var v = s[name];
    return Array.isArray(v) ? v.length === 1 && v[0] === value : String(v) === value;
  }

  // The feed for a view, from the index's list (render/feeds/scopes.py search_feeds): of those whose every filter
  // the view holds, the one with the fewest roles (`count`), then the most filters. `left`: the view's filters
  // that feed leaves out (none when it matches the view exactly).
  function feedFor(s, ix, count) {
    var best = null;
    ix.feeds.forEach(function (f) {
      var names = Object.keys(f[0]);
      if (!names.every(function (name) { return holds(s, name, f[0][name]); })) return;
      var n = count(f[0]);
      if (!best || n < best.n || n === best.n && names.length > best.names.length) best = { url: f[1], names: names, n: n };
    });
    var left = ORDER.filter(function (name) { return name !== "sort" && isSet(s, name) && best.names.indexOf(name) < 0; });
    return { url: best.url, left: left };
  }

  J.url = { LISTS: LISTS, SORTS: SORTS, empty: empty, parse: parse, serialize: serialize, isActive: isActive,
            feedFor: feedFor, defaultSort: defaultSort, sortOf: sortOf };
})();

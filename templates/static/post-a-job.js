/* /post-a-job/: turn the form into a posting file (and a new company's), checked against the board's own JSON
   Schemas (schemas/, generated from generator/load/schema.py), then offer it as a GitHub pull request, a download
   and a copy. No dependencies; nothing is sent anywhere but to GitHub, and only when the author chooses. */
(function () {
  "use strict";
  var form = document.querySelector("[data-post-form]");
  if (!form) return;
  var NEW = "*new";
  var schemas = {}, RULES = {};
  var tried = false;

  function control(doc, name) {
    return form.querySelector('[data-doc="' + doc + '"][name="' + name + '"]');
  }
  function value(doc, name) { var el = control(doc, name); return el ? el.value.trim() : ""; }
  function body(doc) { return form.querySelector('[data-body="' + doc + '"]').value; }
  function list(text) { return text.split(",").map(function (s) { return s.trim(); }).filter(Boolean); }
  function number(text) { return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text; }
  function put(obj, key, v) { if (v !== "" && v !== undefined && !(Array.isArray(v) && !v.length)) obj[key] = v; }
  function isNew() { return value("posting", "company") === NEW; }
  function workplace() { return value("posting", "workplace"); }

  // base/slugs.py's slugify, step for step, on the spellings the build ships from Python (the folder in
  // data-slug-tables: one file per block of 256 characters, loaded when a name needs it, and the entity
  // names): "Łódź" is "lodz" and "北京" is "bei-jing" here as in the build and `jobsite new`
  // (tests/browser/test_post_a_job.py compares them).
  var SPELLINGS = {}, ENTITIES = {}, ASCII = /^[\x00-\x7f]*$/;
  function spellingsNeeded(texts) {
    var blocks = {};
    texts.forEach(function (text) {
      for (var ch of text.normalize("NFKD")) {
        var cp = ch.codePointAt(0);
        if (cp > 127 && cp <= 0xffff && !SPELLINGS[cp >> 8]) blocks[(cp >> 8).toString(16)] = true;
      }
      if (text.indexOf("&") >= 0 && !ENTITIES.loaded) blocks.entities = true;
    });
    return Object.keys(blocks);
  }
  function loadSpellings(texts) {
    return Promise.all(spellingsNeeded(texts).map(function (name) {
      return fetchJson(form.dataset.slugTables + name + ".json").then(function (data) {
        if (name === "entities") { ENTITIES = data; ENTITIES.loaded = true; } else { SPELLINGS[parseInt(name, 16)] = data; }
      });
    }));
  }
  function spell(text) {  // text-unidecode: each character as its table spells it; beyond the BMP, nothing
    if (ASCII.test(text)) return text;
    var out = "";
    for (var ch of text) {
      var cp = ch.codePointAt(0), block = SPELLINGS[cp >> 8];
      out += cp < 128 ? ch : cp > 0xffff || !block ? "" : block[cp & 255];
    }
    return out;
  }
  // Numeric references as python-slugify reads them: &#233; and &#xe9; (a lower-case x only), each kind all or
  // nothing (one past U+10FFFF leaves every reference of its kind as written); a surrogate is decoded, then
  // dropped as any symbol is.
  function numeric(text, pattern, base) {
    var all = Array.from(text.matchAll(pattern)).every(function (m) { return parseInt(m[1], base) <= 0x10ffff; });
    return all ? text.replace(pattern, function (match, digits) { return String.fromCodePoint(parseInt(digits, base)); }) : text;
  }
  function slugify(text) {
    text = spell(text.replace(/'+/g, "-").normalize("NFKD"))
      .replace(/&([A-Za-z0-9]+);/g, function (m, name) {
        return name !== "loaded" && Object.prototype.hasOwnProperty.call(ENTITIES, name) ? String.fromCodePoint(ENTITIES[name]) : m;
      });
    text = numeric(numeric(text, /&#(\d+);/g, 10), /&#x([\da-fA-F]+);/g, 16);
    return text.normalize("NFKD").toLowerCase().replace(/'+/g, "").replace(/(?<=\d),(?=\d)/g, "")
      .replace(/[^-a-zA-Z0-9]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");
  }
  function named() { return [value("posting", "title"), value("company", "name")]; }

  // --- The documents, as the YAML loader will read them ---------------------------------------------------

  function postingData() {
    var d = {};
    put(d, "title", value("posting", "title"));
    put(d, "company", isNew() ? slugify(value("company", "name")) : value("posting", "company"));
    put(d, "category", value("posting", "category"));
    put(d, "tags", list(value("posting", "tags")));
    var city = value("posting", "city"), country = value("posting", "country");
    if (city || country) {
      var loc = {}; put(loc, "city", city); put(loc, "country", country); d.locations = [loc];
    }
    put(d, "workplace", workplace());
    if (workplace() === "remote") {
      put(d, "remote_eligibility", list(value("posting", "remote_eligibility")));
      var west = value("posting", "time_zones.from"), east = value("posting", "time_zones.to");
      if (west || east) { d.time_zones = {}; put(d.time_zones, "from", west); put(d.time_zones, "to", east); }
    }
    ["visa_sponsorship", "relocation"].forEach(function (k) {
      var said = value("posting", k);
      if (said) d[k] = said === "true";
    });
    put(d, "employment_type", value("posting", "employment_type"));
    var min = value("posting", "salary.min"), max = value("posting", "salary.max");
    var currency = value("posting", "salary.currency");
    if (min || max || currency) {
      d.salary = {};
      put(d.salary, "min", min && number(min)); put(d.salary, "max", max && number(max));
      put(d.salary, "currency", currency); put(d.salary, "period", value("posting", "salary.period"));
    }
    put(d, "posted", value("posting", "posted"));
    put(d, "expires", value("posting", "expires"));
    put(d, "apply_url", value("posting", "apply_url"));
    // "octocat" and "@octocat" both name the account; the file always mentions it with the @.
    var contact = value("posting", "contact");
    put(d, "contact", contact && contact.charAt(0) !== "@" ? "@" + contact : contact);
    return d;
  }

  function companyData() {
    var d = {};
    ["name", "website", "stage", "tagline"].forEach(function (k) { put(d, k, value("company", k)); });
    var city = value("company", "headquarters.city"), country = value("company", "headquarters.country");
    if (city || country) {
      d.headquarters = {}; put(d.headquarters, "city", city); put(d.headquarters, "country", country);
    }
    put(d, "size", value("company", "size"));
    return d;
  }

  // --- Validation: the JSON Schemas (generated from load/schema.py) and the cross-field rules of
  // load/posting_rules.py, both shipped as data; the words come with them (render/pages/post_a_job.py) -------

  function say(name, vars) {
    return RULES.messages[name].replace(/\{(\w+)\}/g, function (m, k) { return vars && k in vars ? vars[k] : ""; });
  }
  function typeOf(v) {
    return Array.isArray(v) ? "array" : v === null ? "null" : typeof v === "object" ? "object" : typeof v;
  }
  function choices(list) { return list && list.length <= 12 ? ": " + list.join(", ") : ""; }

  function check(s, v, path, out) {
    if (s.anyOf) {
      var ok = s.anyOf.some(function (branch) { var e = []; check(branch, v, path, e); return !e.length; });
      var names = [].concat.apply([], s.anyOf.map(function (b) { return b.enum && b.enum.length <= 12 ? b.enum : []; }));
      if (!ok) out.push({ path: path, message: say("anyOf", { value: v, choices: names.length ? " or one of" + choices(names) : "" }) });
      return;
    }
    var types = [].concat(s.type || []);
    if (types.length && types.indexOf(typeOf(v)) < 0) {
      out.push({ path: path, message: say(types.indexOf("number") >= 0 && types.indexOf("string") < 0 ? "number" : "type") });
      return;
    }
    if (s.enum && s.enum.indexOf(v) < 0) out.push({ path: path, message: say("enum", { value: v, choices: choices(s.enum) }) });
    if (typeof v === "string") checkString(s, v, path, out);
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) out.push({ path: path, message: say("minimum", { limit: s.minimum }) });
      if (s.maximum !== undefined && v > s.maximum) out.push({ path: path, message: say("maximum", { limit: s.maximum }) });
    }
    if (Array.isArray(v)) checkArray(s, v, path, out);
    if (typeOf(v) === "object") checkObject(s, v, path, out);
  }

  function checkString(s, v, path, out) {
    if (s.maxLength !== undefined && v.length > s.maxLength) {
      out.push({ path: path, message: say("maxLength", { limit: s.maxLength, count: v.length }) });
    } else if (s.pattern && !new RegExp(s.pattern).test(v)) {
      out.push({ path: path, message: s.format === "date" || s.format === "uri" ? say(s.format) :
        say("pattern", { value: v, doc: s.description ? " (" + s.description + ")" : "" }) });
    }
  }

  function checkArray(s, v, path, out) {
    if (s.minItems !== undefined && v.length < s.minItems) out.push({ path: path, message: say("minItems", { limit: s.minItems }) });
    if (s.maxItems !== undefined && v.length > s.maxItems) out.push({ path: path, message: say("maxItems", { limit: s.maxItems }) });
    if (s.uniqueItems) {
      var seen = {};
      v.forEach(function (item, i) {
        var key = String(item).toLowerCase();
        if (seen[key]) out.push({ path: path + "/" + i, message: say("uniqueItems", { value: item }) });
        seen[key] = true;
      });
    }
    if (s.items) v.forEach(function (item, i) { check(s.items, item, path + "/" + i, out); });
  }

  function checkObject(s, v, path, out) {
    (s.required || []).forEach(function (k) {
      if (!(k in v)) {
        var doc = s.properties && s.properties[k] && s.properties[k].description;
        out.push({ path: path + "/" + k, required: true, message: say("required", { doc: doc ? ": " + doc : "" }) });
      }
    });
    Object.keys(v).forEach(function (k) {
      if (s.properties && s.properties[k]) check(s.properties[k], v[k], path + "/" + k, out);
      else if (s.additionalProperties === false) out.push({ path: path + "/" + k, message: say("additionalProperties") });
    });
  }

  // load/posting_rules.py's rules, as `jobsite check` applies them: a value its schema refused counts as absent
  // (the value itself: pay whose lowest figure was refused is still given pay, as posting_rules.get reads it).
  function at(data, key) {
    return key.split(".").reduce(function (v, k) { return v && typeof v === "object" ? v[k] : undefined; }, data);
  }
  function breaks(r, p, refused) {
    var usable = function (key) {
      var path = "posting/" + key.replace(/\./g, "/");
      var v = refused.some(function (e) { return e.path === path; }) ? undefined : at(p, key);
      return r.scale && v !== undefined ? r.scale[v] : v;
    };
    if (r.when && r.when[1].indexOf(usable(r.when[0])) < 0) return false;
    if (r.unless && usable(r.unless) !== undefined) return false;
    if (r.kind === "needs" || r.kind === "forbids") return (at(p, r.key) === undefined) === (r.kind === "needs");
    var v = usable(r.key), low = r.low && usable(r.low);
    if (v === undefined) return false;
    if (r.kind === "order") return low !== undefined && low > v;
    if (r.kind === "plausible") {  // a year's pay in US dollars outside the bounds, at the board's rates
      var usd = r.usd_per_unit[usable(r.currency)] * r.per_year[usable(r.period)];
      return low !== undefined && usd > 0 && (v * usd < r.usd_per_year[0] || low * usd > r.usd_per_year[1]);
    }
    if (r.kind === "not_future") return v > today();
    if (r.kind === "not_passed") return Date.parse(v + "T00:00:00Z") + RULES.closes_after_hours * 3600000 <= Date.now();
    return false;
  }
  function postingRules(p, out) {
    var refused = out.slice(), broken = {};
    RULES.rules.forEach(function (r) {
      if (r.after && broken[r.after] || !breaks(r, p, refused)) return;
      broken[r.id] = true;
      out.push({ path: "posting/" + r.at.replace(/\./g, "/"), message: r.says });
    });
  }

  // What only the form can know: the files it names, and the board it would add them to.
  function formChecks(c, out) {
    var slug = slugify(value("posting", "title"));
    if (value("posting", "title") && !slug) out.push({ path: "posting/title", message: say("nameless", { what: "title" }) });
    if (!body("posting").trim()) out.push({ path: "posting/description", message: say("body_posting") });
    var option = form.querySelector('[name="company"] option:checked');
    var taken = option && option.dataset.postings ? option.dataset.postings.split(" ") : [];
    if (slug && taken.indexOf(slug) >= 0) out.push({ path: "posting/title", message: say("taken", { slug: slug }) });
    if (!c) return;
    var cslug = slugify(c.name || "");
    if (c.name && !cslug) out.push({ path: "company/name", message: say("nameless", { what: "name" }) });
    // The list's own choices ("Choose your company", "not on the board yet") are no companies: a name with no
    // letters has the placeholder's empty slug, and is told that, not that it is taken.
    var known = Array.prototype.some.call(form.querySelector('[name="company"]').options, function (o) {
      return o.value && o.value !== NEW && (o.value === cslug || o.text.trim().toLowerCase() === (c.name || "").toLowerCase());
    });
    if (c.name && known) out.push({ path: "company/name", message: say("known") });
    if (!body("company").trim()) out.push({ path: "company/about", message: say("body_company") });
  }

  // A schema path (/locations/0/city) names the control of its field (city); lists point at their one input.
  var ALIASES = { "posting/locations": "city", "posting/locations/city": "city", "posting/locations/country": "country",
                  "posting/description": "description", "company/about": "about" };
  function controlFor(where) {
    var doc = where.split("/")[0];
    var key = where.split("/").filter(function (part) { return !/^\d+$/.test(part); }).join("/");
    var name = ALIASES[key] || key.split("/").slice(1).join(".");
    if (name === "company" && doc === "posting" && isNew()) return control("company", "name");
    return form.querySelector('[name="' + name + '"][data-' + (name === "description" || name === "about" ? "body" : "doc") + '="' + doc + '"]');
  }

  function validate() {
    var problems = [], p = postingData(), c = isNew() ? companyData() : null;
    check(schemas.posting, p, "posting", problems);
    if (c) check(schemas.company, c, "company", problems);
    // A new company's name that makes no slug leaves the posting's company unset: the name's own message says why.
    if (isNew() && !slugify(value("company", "name"))) problems = problems.filter(function (e) { return e.path !== "posting/company"; });
    postingRules(p, problems);
    formChecks(c, problems);
    return { posting: p, company: c, problems: problems };
  }

  // 'summary' only on submit: the alert is announced, and retyping a field must not announce it again.
  function show(problems, summary) {
    form.querySelectorAll("[data-error]").forEach(function (el) { el.hidden = true; el.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
    var unplaced = [];
    problems.forEach(function (e) {
      var el = controlFor(e.path);
      var box = el && document.getElementById(el.id + "-error");
      if (!box) { unplaced.push(e.message); return; }
      // A list's choices need no explaining; the schema's doc is written for people editing files.
      var message = e.required && el.tagName === "SELECT" ? say("choose") : e.message;
      box.textContent = box.textContent ? box.textContent + " " + message : message;
      box.hidden = false;
      el.setAttribute("aria-invalid", "true");
    });
    var box = form.querySelector("[data-summary]");
    box.textContent = "";
    box.hidden = !(summary && problems.length);
    if (summary && problems.length) {
      var n = problems.length;
      box.appendChild(text("p", n + (n === 1 ? " answer needs" : " answers need") + " fixing before the file can be made."));
      unplaced.forEach(function (m) { box.appendChild(text("p", m)); });
    }
  }

  // --- The file: YAML front matter, then the Markdown body -------------------------------------------------

  // A JSON string is a valid YAML double-quoted scalar: quotes, backslashes and newlines stay what they are.
  // Numbers and the date fields stay bare, so YAML reads them as a number and a date.
  var DATES = { posted: true, expires: true };
  function scalar(v, key) { return typeof v === "string" && !DATES[key] ? JSON.stringify(v) : String(v); }

  function yaml(data, pad) {
    var lines = [];
    Object.keys(data).forEach(function (k) {
      var v = data[k];
      if (Array.isArray(v) && typeOf(v[0]) === "object") {
        lines.push(pad + k + ":");
        v.forEach(function (item) {
          var inner = yaml(item, pad + "    ");
          lines.push(pad + "  - " + inner.slice(pad.length + 4));
        });
      } else if (Array.isArray(v)) {
        lines.push(pad + k + ": [" + v.map(function (item) { return scalar(item, ""); }).join(", ") + "]");
      } else if (typeOf(v) === "object") {
        lines.push(pad + k + ":", yaml(v, pad + "  "));
      } else {
        lines.push(pad + k + ": " + scalar(v, k));
      }
    });
    return lines.join("\n");
  }

  function file(data, body) {
    var text = body.replace(/\r\n?/g, "\n").trim();
    return "---\n" + yaml(data, "") + "\n---\n" + text + "\n";
  }

  function encodePath(path) { return path.split("/").map(encodeURIComponent).join("/"); }

  // GitHub's new-file page, filled in: for people without write access it forks and opens a pull request.
  function pullRequestUrl(path, contents) {
    return form.dataset.repository + "/new/" + encodePath(form.dataset.branch) + "?filename=" +
      encodeURIComponent(path) + "&value=" + encodeURIComponent(contents);
  }

  var downloads = [];
  function offer(kind, path, contents) {
    var box = document.querySelector('[data-file="' + kind + '"]');
    box.hidden = !path;
    if (!path) return;
    box.querySelector("[data-file-path]").textContent = path;
    box.querySelector("[data-file-text]").value = contents;
    var pr = box.querySelector("[data-pull-request]");
    if (pr) pr.href = pullRequestUrl(path, contents);
    var link = box.querySelector("[data-download]");
    var url = URL.createObjectURL(new Blob([contents], { type: "text/markdown;charset=utf-8" }));
    downloads.push(url);
    link.href = url;
    link.setAttribute("download", path.split("/").pop());
    box.querySelector("[data-copy-status]").textContent = "";
  }

  function make() {
    var result = validate();
    show(result.problems, true);
    var panel = document.querySelector("[data-result]");
    // Refused: the files of an earlier check no longer match the form, so they are no longer offered.
    if (result.problems.length) { panel.hidden = true; form.querySelector("[data-summary]").focus(); return; }
    downloads.forEach(URL.revokeObjectURL);
    downloads = [];
    var p = result.posting, slug = slugify(p.title);
    var names = { company: p.company, slug: slug };
    var path = function (kind) { return RULES.files[kind].replace(/\{(\w+)\}/g, function (m, k) { return names[k]; }); };
    offer("company", result.company && path("company"), result.company && file(result.company, body("company")));
    offer("posting", path("posting"), file(p, body("posting")));
    panel.querySelector("[data-result-intro]").textContent = result.company ?
      "Two files: the company's and the posting's. " + (form.dataset.repository ?
        "Open a pull request for each, company first; the posting's checks pass once the company's is merged." :
        "Send both to the board's editors.") :
      (form.dataset.repository ? "Open a pull request to send it to the editors, or download or copy it." :
        "Download or copy it and send it to the board's editors.");
    panel.hidden = false;
    panel.querySelector("h2").focus();
  }

  // --- Preview: Markdown drawn with DOM nodes, never parsed as HTML, by load/markdown.py's rules (CommonMark
  // with tables and ~~strike~~; '#' is an h2, raw HTML and refused links stay text, images are not drawn: the
  // build shows "!" and a link). tests/browser/test_post_a_job.py compares it with the build's HTML. --------

  function text(tag, content) { var el = document.createElement(tag); el.textContent = content; return el; }
  function add(parent, tag) { return parent.appendChild(document.createElement(tag)); }

  var INLINE = new RegExp([
    "\\\\([!-/:-@\\[-\\x60{-~])",  // 1: an escaped punctuation mark
    "(?<!\\x60)(\\x60+)([^\\x60][\\s\\S]*?)(?<!\\x60)\\2(?!\\x60)",  // 2, 3: a code span (its opening run whole)
    "<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*)>",  // 4: an autolink
    "\\[((?:[^\\[\\]\\\\]|\\\\.)*)\\]\\(\\s*([^\\s()]*)(?:\\s+\"([^\"]*)\")?\\s*\\)",  // 5, 6, 7: text, address, title
    "(\\*\\*|(?<![A-Za-z0-9])__)(?=\\S)([\\s\\S]*?\\S)\\8",  // 8, 9: strong
    "(\\*|(?<![A-Za-z0-9])_)(?=\\S)([\\s\\S]*?\\S)\\10(?![A-Za-z0-9_])",  // 10, 11: emphasis
    "~~(?=\\S)([\\s\\S]*?\\S)~~",  // 12: strikethrough
    "( {2,}|\\\\)\\n",  // 13: a hard line break
  ].join("|"));
  function safe(url) {
    url = url.trim().toLowerCase();
    return RULES.links.schemes.some(function (scheme) { return url.indexOf(scheme) === 0; });
  }

  function inline(parent, source) {
    var rest = source, m;
    while ((m = INLINE.exec(rest))) {
      var before = rest.slice(0, m.index), skip = m[0].length;
      if (before) parent.appendChild(document.createTextNode(before));
      if (m[1]) parent.appendChild(document.createTextNode(m[1]));
      else if (m[2]) parent.appendChild(text("code", m[3].replace(/\n/g, " ").replace(/^ (.*[^ ].*) $/, "$1")));
      else if (m[4] !== undefined) link(parent, m[4], null).textContent = m[4];
      else if (m[5] !== undefined) {
        if (safe(m[6])) inline(link(parent, m[6], m[7]), m[5]);
        else { parent.appendChild(document.createTextNode("[")); skip = 1; }  // refused: the brackets stay text
      } else if (m[8]) inline(add(parent, "strong"), m[9]);
      else if (m[10]) inline(add(parent, "em"), m[11]);
      else if (m[12]) inline(add(parent, "s"), m[12]);
      else { add(parent, "br"); parent.appendChild(document.createTextNode("\n")); }
      rest = rest.slice(m.index + skip);
    }
    if (rest) parent.appendChild(document.createTextNode(rest));
  }
  function link(parent, url, title) {
    if (!safe(url)) return parent.appendChild(document.createElement("span"));
    var a = add(parent, "a");
    a.setAttribute("href", url);
    if (title) a.setAttribute("title", title);
    a.setAttribute("rel", RULES.links.rel);
    return a;
  }

  var FENCE = /^ {0,3}(\x60{3,}|~{3,})[ \t]*([^\x60\s]*)[^\x60]*$/, HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$/;
  var RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, SETEXT = /^ {0,3}(=+|-+)[ \t]*$/, QUOTE = /^ {0,3}> ?(.*)$/;
  var ITEM = /^( {0,3})([-*+]|(\d{1,9})[.)])(?:([ \t]+)(.*)|$)/, CELLS = /^ {0,3}\|?(.*?)\|?[ \t]*$/;
  var DIVIDER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

  function paragraph(parent, lines) {
    inline(add(parent, "p"), lines.map(function (l) { return l.replace(/^[ \t]+/, ""); }).join("\n").replace(/[ \t]+$/, ""));
  }
  function heading(parent, level, content) { inline(add(parent, "h" + Math.max(level, 2)), content.trim()); }

  function blocks(parent, lines) {
    var para = [];
    function end() { if (para.length) paragraph(parent, para); para = []; }
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i], m;
      if (!line.trim()) { end(); continue; }
      if (para.length && (m = SETEXT.exec(line))) { heading(parent, m[1][0] === "=" ? 1 : 2, para.join("\n")); para = []; continue; }
      if (!para.length && /^( {4}|\t)/.test(line)) { i = code(parent, lines, i, null) - 1; continue; }
      if ((m = FENCE.exec(line))) { end(); i = code(parent, lines, i, m); continue; }
      if ((m = HEADING.exec(line))) { end(); heading(parent, m[1].length, m[2] || ""); continue; }
      if (RULE.test(line)) { end(); add(parent, "hr"); continue; }
      if (QUOTE.test(line)) { end(); i = quote(parent, lines, i) - 1; continue; }
      if ((m = ITEM.exec(line)) && (!para.length || m[5] && (!m[3] || m[3] === "1"))) { end(); i = items(parent, lines, i) - 1; continue; }
      if (!para.length && lines[i + 1] !== undefined && /\|/.test(line) && DIVIDER.test(lines[i + 1])) { i = table(parent, lines, i) - 1; continue; }
      para.push(line);
    }
    end();
  }

  function code(parent, lines, i, fence) {
    var inner = [], closing = fence && new RegExp("^ {0,3}" + fence[1][0] + "{" + fence[1].length + ",}[ \\t]*$");
    for (var j = fence ? i + 1 : i; j < lines.length; j++) {
      if (fence ? closing.test(lines[j]) : lines[j].trim() && !/^( {4}|\t)/.test(lines[j])) break;
      inner.push(fence ? lines[j] : lines[j].replace(/^( {4}|\t)/, ""));
    }
    while (!fence && inner.length && !inner[inner.length - 1].trim()) inner.pop();
    var el = text("code", inner.length ? inner.join("\n") + "\n" : "");
    if (fence && fence[2]) el.className = "language-" + fence[2];
    add(parent, "pre").appendChild(el);
    return j;  // for a fence, its closing line: the caller's i++ steps past it
  }

  function quote(parent, lines, i) {
    var inner = [];
    for (; i < lines.length && lines[i].trim(); i++) { var m = QUOTE.exec(lines[i]); inner.push(m ? m[1] : lines[i]); }
    blocks(add(parent, "blockquote"), inner);
    return i;
  }

  function items(parent, lines, i) {
    var first = ITEM.exec(lines[i]), marker = first[3] ? first[2].slice(-1) : first[2];
    var el = add(parent, first[3] ? "ol" : "ul"), all = [], loose = false, gap = false;
    if (first[3] && Number(first[3]) !== 1) el.setAttribute("start", String(Number(first[3])));
    for (; i < lines.length; i++) {
      var m = ITEM.exec(lines[i]), line = lines[i];
      var last = all[all.length - 1];
      if (!line.trim() && last) {
        last.lines.push("");
      } else if (last && line.search(/\S/) >= last.indent) {  // the item's own blocks, a nested list among them
        if (gap) loose = true;
        last.lines.push(line.slice(last.indent));
      } else if (m && (m[3] ? m[2].slice(-1) : m[2]) === marker) {
        if (gap && last) loose = true;
        // Five spaces or more after the marker: the text is indented code, and the item's indent counts one.
        var gapped = m[4] ? m[4].length : 1, code = gapped > 4;
        all.push({ indent: m[1].length + m[2].length + (code ? 1 : gapped), lines: [(code ? m[4].slice(1) : "") + (m[5] || "")] });
      } else if (!gap && !m && !RULE.test(line) && !HEADING.test(line) && !FENCE.test(line) && !QUOTE.test(line)) {
        last.lines.push(line);  // a lazy continuation of the item's paragraph
      } else break;
      gap = !line.trim();
    }
    all.forEach(function (item) {
      var li = add(el, "li");
      blocks(li, item.lines);
      if (!loose) Array.prototype.slice.call(li.children).forEach(function (p) { if (p.tagName === "P") p.replaceWith.apply(p, p.childNodes); });
    });
    return i;
  }

  function table(parent, lines, i) {
    var cells = function (line) { return CELLS.exec(line)[1].split(/(?<!\\)\|/).map(function (c) { return c.trim(); }); };
    var aligns = cells(lines[i + 1]).map(function (c) {
      return /^:-+:$/.test(c) ? "center" : /^:/.test(c) ? "left" : /:$/.test(c) ? "right" : "";
    });
    var head = cells(lines[i]), el = add(parent, "table");
    function row(section, values, tag) {
      var tr = add(section, "tr");
      head.forEach(function (h, k) {
        var cell = add(tr, tag);
        if (aligns[k]) cell.className = "align-" + aligns[k];  // markdown._align_by_class
        inline(cell, values[k] || "");
      });
    }
    row(add(el, "thead"), head, "th");
    var body = null;
    for (i += 2; i < lines.length && lines[i].trim() && !endsTable(lines[i]); i++) {
      row(body || (body = add(el, "tbody")), cells(lines[i]), "td");
    }
    return i;
  }

  // markdown-it's table rule: a body row ends at a blank line or at any line that opens a block (its blockquote
  // terminators: a quote, a fence, a heading, a rule, a list item) or is indented as code.
  function endsTable(line) {
    return QUOTE.test(line) || FENCE.test(line) || HEADING.test(line) || RULE.test(line) || ITEM.test(line) ||
      /^( {4}|\t)/.test(line);
  }

  function preview(source, target) {
    target.textContent = "";
    if (!source.trim()) {
      target.appendChild(text("p", "The description appears here as you type.")).className = "muted";
      return;
    }
    blocks(target, source.replace(/\r\n?/g, "\n").split("\n"));
  }

  // --- Wiring --------------------------------------------------------------------------------------------

  function sync() {
    form.querySelector("[data-new-company]").hidden = !isNew();
    var remote = workplace() === "remote";
    form.querySelectorAll("[data-remote-only]").forEach(function (el) { el.hidden = !remote; });
    form.querySelectorAll("[data-location-mark]").forEach(function (mark) { mark.hidden = remote; });
  }

  function copy(button) {
    var box = button.closest("[data-file]"), area = box.querySelector("[data-file-text]");
    var status = box.querySelector("[data-copy-status]");
    var done = function () { status.textContent = "Copied."; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(area.value).then(done, function () { area.select(); status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected text."; });
    } else { area.select(); status.textContent = document.execCommand("copy") ? "Copied." : "Press Ctrl+C (or ⌘C) to copy."; }
  }

  function today() { return new Date().toISOString().slice(0, 10); }  // UTC, the build's clock zone

  function start(loaded) {
    schemas.posting = loaded[0];
    schemas.company = loaded[1];
    RULES = loaded[2];
    if (!control("posting", "posted").value) control("posting", "posted").value = today();
    form.addEventListener("change", sync);
    form.addEventListener("input", function (event) {
      if (event.target.name === "description") preview(event.target.value, form.querySelector("[data-preview]"));
      if (tried) show(validate().problems, false);
      // A name in a script not seen yet: fetch its spellings, then check again with them.
      if (spellingsNeeded(named()).length) loadSpellings(named()).then(function () { if (tried) show(validate().problems, false); });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      tried = true;
      form.removeAttribute("data-checked");  // set again once checked: the spellings a name needs may load first
      loadSpellings(named()).then(make, make).then(function () { form.setAttribute("data-checked", ""); });
    });
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-copy]");
      if (button && button.closest("[data-result]")) copy(button);
    });
    sync();
    preview(body("posting"), form.querySelector("[data-preview]"));  // a reload may have kept the text
    form.setAttribute("data-ready", "");
  }

  function fetchJson(url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(url); return r.json(); }); }
  Promise.all([form.dataset.postingSchema, form.dataset.companySchema, form.dataset.rules].map(fetchJson)).then(start, function () {
    var summary = form.querySelector("[data-summary]");
    summary.textContent = "The form's rules could not be loaded. Reload the page, or write the file by hand as CONTRIBUTING.md explains.";
    summary.hidden = false;
  });
})();

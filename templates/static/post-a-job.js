/* /post-a-job/: turn the form into a posting file (and a new company's), checked against the board's own JSON
   Schemas (schemas/, generated from generator/load/schema.py), then offer it as a GitHub pull request, a download
   and a copy. No dependencies; nothing is sent anywhere but to GitHub, and only when the author chooses. */
(function () {
  "use strict";
  var form = document.querySelector("[data-post-form]");
  if (!form) return;
  var NEW = "*new";
  var schemas = {};
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
  function numeric(base) {
    return function (match, digits) {
      var cp = parseInt(digits, base);
      return (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? match : String.fromCodePoint(cp);
    };
  }
  function slugify(text) {
    text = spell(text.replace(/'+/g, "-").normalize("NFKD"))
      .replace(/&([A-Za-z0-9]+);/g, function (m, name) {
        return name !== "loaded" && Object.prototype.hasOwnProperty.call(ENTITIES, name) ? String.fromCodePoint(ENTITIES[name]) : m;
      })
      .replace(/&#(\d+);/g, numeric(10)).replace(/&#[xX]([\da-fA-F]+);/g, numeric(16));
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

  // --- Validation: a small JSON Schema (draft 7) reader for the keywords schema.py emits --------------------

  function typeOf(v) {
    return Array.isArray(v) ? "array" : v === null ? "null" : typeof v === "object" ? "object" : typeof v;
  }

  function check(s, v, path, out) {
    if (s.anyOf) {
      var ok = s.anyOf.some(function (branch) { var e = []; check(branch, v, path, e); return !e.length; });
      if (!ok) out.push({ path: path, message: anyOfMessage(s, v) });
      return;
    }
    var types = [].concat(s.type || []);
    if (types.length && types.indexOf(typeOf(v)) < 0) {
      out.push({ path: path, message: types.indexOf("number") >= 0 && types.indexOf("string") < 0 ?
        "Write a plain number such as 85000, without a currency sign or commas." : "This value has the wrong form." });
      return;
    }
    if (s.enum && s.enum.indexOf(v) < 0) {
      out.push({ path: path, message: "'" + v + "' is not one of the choices" +
        (s.enum.length <= 12 ? ": " + s.enum.join(", ") + "." : ".") });
    }
    if (typeof v === "string") checkString(s, v, path, out);
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) out.push({ path: path, message: "Must be at least " + s.minimum + "." });
      if (s.maximum !== undefined && v > s.maximum) out.push({ path: path, message: "Must be at most " + s.maximum + "." });
    }
    if (Array.isArray(v)) checkArray(s, v, path, out);
    if (typeOf(v) === "object") checkObject(s, v, path, out);
  }

  function checkString(s, v, path, out) {
    if (s.maxLength !== undefined && v.length > s.maxLength) {
      out.push({ path: path, message: "Keep it under " + s.maxLength + " characters (it has " + v.length + ")." });
    } else if (s.pattern && !new RegExp(s.pattern).test(v)) {
      out.push({ path: path, message: s.format === "date" ? "Write the date as YYYY-MM-DD." :
        s.format === "uri" ? "Write the full address, starting with https://." :
        "'" + v + "' is not in the expected form" + (s.description ? " (" + s.description + ")." : ".") });
    }
  }

  function checkArray(s, v, path, out) {
    if (s.minItems !== undefined && v.length < s.minItems) out.push({ path: path, message: "List at least " + s.minItems + "." });
    if (s.maxItems !== undefined && v.length > s.maxItems) out.push({ path: path, message: "List at most " + s.maxItems + "." });
    if (s.uniqueItems) {
      var seen = {};
      v.forEach(function (item, i) {
        var key = String(item).toLowerCase();
        if (seen[key]) out.push({ path: path + "/" + i, message: "'" + item + "' is listed twice." });
        seen[key] = true;
      });
    }
    if (s.items) v.forEach(function (item, i) { check(s.items, item, path + "/" + i, out); });
  }

  function checkObject(s, v, path, out) {
    (s.required || []).forEach(function (k) {
      if (!(k in v)) {
        var doc = s.properties && s.properties[k] && s.properties[k].description;
        out.push({ path: path + "/" + k, required: true, message: "Required" + (doc ? ": " + doc + "." : ".") });
      }
    });
    Object.keys(v).forEach(function (k) {
      if (s.properties && s.properties[k]) check(s.properties[k], v[k], path + "/" + k, out);
      else if (s.additionalProperties === false) out.push({ path: path + "/" + k, message: "Unknown field." });
    });
  }

  function anyOfMessage(s, v) {
    var names = [];
    s.anyOf.forEach(function (b) { if (b.enum && b.enum.length <= 12) names = names.concat(b.enum); });
    return "'" + v + "' is not a two-letter country code such as DE" + (names.length ? " or one of: " + names.join(", ") : "") + ".";
  }

  // The rules that span several fields or files: model.py and validate.py apply them to every build.
  function crossChecks(p, c, out) {
    var slug = slugify(value("posting", "title"));
    if (value("posting", "title") && !slug) out.push({ path: "posting/title", message: "Use some letters or digits: the title names the file." });
    if (workplace() !== "remote") {
      if (!value("posting", "city")) out.push({ path: "posting/locations/0/city", message: "An onsite or hybrid role needs a city." });
      if (!value("posting", "country")) out.push({ path: "posting/locations/0/country", message: "An onsite or hybrid role needs a country." });
    }
    if (p.salary && typeof p.salary.min === "number" && typeof p.salary.max === "number" && p.salary.min > p.salary.max) {
      out.push({ path: "posting/salary/min", message: "The lowest pay is above the highest." });
    }
    // The offsets are listed west to east (schema.OFFSETS_IN_USE), so list order is the order on Earth.
    var west = control("posting", "time_zones.from"), east = control("posting", "time_zones.to");
    if (p.time_zones && west.value && east.value && west.selectedIndex > east.selectedIndex) {
      out.push({ path: "posting/time_zones/to", message: "The easternmost offset is west of the westernmost: swap them." });
    }
    if (p.expires && p.posted && p.expires < p.posted) out.push({ path: "posting/expires", message: "The last day to apply is before the posting date." });
    else if (p.expires && p.expires < today()) out.push({ path: "posting/expires", message: "The last day to apply has passed." });
    if (p.posted && p.posted > today()) out.push({ path: "posting/posted", message: "The posting date is in the future." });
    if (!body("posting").trim()) out.push({ path: "posting/description", message: "Required: describe the role." });
    var option = form.querySelector('[name="company"] option:checked');
    var taken = option && option.dataset.postings ? option.dataset.postings.split(" ") : [];
    if (slug && taken.indexOf(slug) >= 0) out.push({ path: "posting/title", message: "This company already has a posting named '" + slug + "': change the title." });
    if (c) {
      var cslug = slugify(c.name || "");
      if (c.name && !cslug) out.push({ path: "company/name", message: "Use some letters or digits: the name names the file." });
      var known = Array.prototype.some.call(form.querySelector('[name="company"]').options, function (o) {
        return o.value === cslug || o.text.trim().toLowerCase() === (c.name || "").toLowerCase();
      });
      if (c.name && known) {
        out.push({ path: "company/name", message: "A company with this name is already on the board: choose it in the list above." });
      }
      if (!body("company").trim()) out.push({ path: "company/about", message: "Required: describe the company." });
    }
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
    if (isNew() && !value("company", "name")) problems = problems.filter(function (e) { return e.path !== "posting/company"; });
    crossChecks(p, c, problems);
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
      var message = e.required && el.tagName === "SELECT" ? "Choose one from the list." : e.message;
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
    if (result.problems.length) { form.querySelector("[data-summary]").focus(); return; }
    downloads.forEach(URL.revokeObjectURL);
    downloads = [];
    var p = result.posting, slug = slugify(p.title);
    offer("company", result.company && "content/companies/" + p.company + ".md",
          result.company && file(result.company, body("company")));
    offer("posting", "content/jobs/" + p.company + "/" + slug + ".md", file(p, body("posting")));
    var panel = document.querySelector("[data-result]");
    panel.querySelector("[data-result-intro]").textContent = result.company ?
      "Two files: the company's and the posting's. " + (form.dataset.repository ?
        "Open a pull request for each, company first; the posting's checks pass once the company's is merged." :
        "Send both to the board's editors.") :
      (form.dataset.repository ? "Open a pull request to send it to the editors, or download or copy it." :
        "Download or copy it and send it to the board's editors.");
    panel.hidden = false;
    panel.querySelector("h2").focus();
  }

  // --- Preview: a small Markdown subset drawn with DOM nodes, never parsed as HTML --------------------------

  function text(tag, content) { var el = document.createElement(tag); el.textContent = content; return el; }

  var INLINE = /(\x60[^\x60]+\x60)|(\*\*[^*]+\*\*)|(\*[^*]+\*|_[^_]+_)|\[([^\]]+)\]\(([^)\s]+)\)/;
  function inline(parent, source) {
    var rest = source, m;
    while ((m = INLINE.exec(rest))) {
      if (m.index) parent.appendChild(document.createTextNode(rest.slice(0, m.index)));
      if (m[1]) parent.appendChild(text("code", m[1].slice(1, -1)));
      else if (m[2]) inline(parent.appendChild(document.createElement("strong")), m[2].slice(2, -2));
      else if (m[3]) inline(parent.appendChild(document.createElement("em")), m[3].slice(1, -1));
      else if (/^(https?:\/\/|mailto:)/i.test(m[5])) {
        var a = text("a", m[4]); a.href = m[5]; a.rel = "nofollow noopener"; parent.appendChild(a);
      } else parent.appendChild(document.createTextNode(m[4]));  // like the build: other links show as text
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) parent.appendChild(document.createTextNode(rest));
  }

  function preview(source, target) {
    target.textContent = "";
    if (!source.trim()) {
      target.appendChild(text("p", "The description appears here as you type.")).className = "muted";
      return;
    }
    source.replace(/\r\n?/g, "\n").split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split("\n").filter(function (l) { return l.trim(); });
      if (!lines.length) return;
      var heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
      if (heading && lines.length === 1) {
        inline(target.appendChild(document.createElement(heading[1].length <= 2 ? "h3" : "h4")), heading[2]);
      } else if (lines.every(function (l) { return /^\s*([-*+]|\d+[.)])\s+/.test(l); })) {
        var ul = target.appendChild(document.createElement(/^\s*\d/.test(lines[0]) ? "ol" : "ul"));
        lines.forEach(function (l) { inline(ul.appendChild(document.createElement("li")), l.replace(/^\s*([-*+]|\d+[.)])\s+/, "")); });
      } else {
        inline(target.appendChild(document.createElement("p")), lines.join(" "));
      }
    });
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
  Promise.all([fetchJson(form.dataset.postingSchema), fetchJson(form.dataset.companySchema)]).then(start, function () {
    var summary = form.querySelector("[data-summary]");
    summary.textContent = "The form's rules could not be loaded. Reload the page, or write the file by hand as CONTRIBUTING.md explains.";
    summary.hidden = false;
  });
})();

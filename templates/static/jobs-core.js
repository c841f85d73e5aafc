/* Saved jobs, kept in this browser's localStorage: the store, the Save toggles, the count in the menu; and what
   every script shares (Jobsite.plural, Jobsite.$, Jobsite.constants). Loaded on every page, before the others. */
(function () {
  "use strict";
  var STORE = "jobsite.saved";
  // What the build decided for every script (render/pages/scripts.py script_constants): a day's length, the
  // form of a key, a posting's address.
  var constants = JSON.parse(document.documentElement.dataset.constants);
  var KEY_RE = new RegExp(constants.key);

  // [{k: "company/slug", t: title, c: company name}], most recently saved first. Title and company are kept
  // so that a role that has closed can still be named on /saved/.
  // Whatever is stored may have been written by anything: keep only entries whose key is a real key (a string:
  // RegExp.test would accept ["a/b"]) and whose title and company are text, or blank.
  function read() {
    var list;
    try { list = JSON.parse(localStorage.getItem(STORE) || "[]"); } catch (e) { list = []; }
    if (!Array.isArray(list)) return [];
    return list.filter(function (item) {
      return item && typeof item.k === "string" && KEY_RE.test(item.k);
    }).map(function (item) {
      return { k: item.k, t: typeof item.t === "string" ? item.t : "", c: typeof item.c === "string" ? item.c : "" };
    });
  }

  function write(list) {
    try { localStorage.setItem(STORE, JSON.stringify(list)); } catch (e) { /* storage full or blocked */ }
    sync(document);
  }

  function has(key) {
    return read().some(function (item) { return item.k === key; });
  }

  function toggle(item) {
    var list = read();
    var rest = list.filter(function (other) { return other.k !== item.k; });
    write(rest.length === list.length ? [item].concat(list) : rest);
  }

  // Add keys from an export link; returns how many were new.
  function addKeys(keys) {
    var list = read();
    var known = new Set(list.map(function (item) { return item.k; }));
    var fresh = keys.filter(function (k) { return KEY_RE.test(k) && !known.has(k) && known.add(k); });
    write(list.concat(fresh.map(function (k) { return { k: k, t: "", c: "" }; })));
    return fresh.length;
  }

  function sync(root) {
    var keys = new Set(read().map(function (item) { return item.k; }));
    root.querySelectorAll("[data-save]").forEach(function (button) {
      var saved = keys.has(button.dataset.save);
      button.setAttribute("aria-pressed", String(saved));
      button.querySelector(".save-word").textContent = saved ? "Saved" : "Save";
    });
    document.querySelectorAll("[data-saved-count]").forEach(function (count) {
      count.textContent = keys.size ? String(keys.size) : "";
    });
    document.dispatchEvent(new CustomEvent("jobsite:saved"));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-save]");
    if (button) toggle({ k: button.dataset.save, t: button.dataset.title || "", c: button.dataset.company || "" });
  });
  // Another tab saved or removed a role: show it here too.
  window.addEventListener("storage", function (event) { if (event.key === STORE) sync(document); });

  // "1 role", "1,204 roles"; `noun` defaults to "role".
  function plural(n, noun) {
    noun = noun || "role";
    return n.toLocaleString("en-US") + " " + (n === 1 ? noun : noun + "s");
  }

  // $(root, "finder-")("count") is root's [data-finder-count].
  function $(root, prefix) {
    return function (name) { return root.querySelector("[data-" + (prefix || "") + name + "]"); };
  }

  // A posting's page from its key ("company/slug"), as Posting.url gives it.
  function jobUrl(key) {
    return constants.job_url.replace("{key}", key);
  }

  window.Jobsite = window.Jobsite || {};
  window.Jobsite.constants = constants;
  window.Jobsite.jobUrl = jobUrl;
  window.Jobsite.plural = plural;
  window.Jobsite.$ = $;
  window.Jobsite.saved = { read: read, write: write, has: has, toggle: toggle, addKeys: addKeys, sync: sync,
                           KEY_RE: KEY_RE };
  sync(document);
})();

/* Where and when the visitor is: their UTC offset, their previous visit (kept in localStorage; a visit ends after
   30 minutes without a page view), "New" on roles posted since then, dates read as "5 days ago", and on a posting
   page how many hours of a working day its time-zone window shares with the visitor (lines the build wrote).
   Loaded on every page; the build decides windows, dates and words, this script only reads the visitor's clock. */
(function () {
  "use strict";
  var J = window.Jobsite = window.Jobsite || {};
  var STORE = "jobsite.visits";
  var VISIT_GAP = 30 * 60 * 1000;
  var RELATIVE_DAYS = 30;  // older dates stay exact: "43 days ago" is harder to place than "20 Oct 2026"

  // Minutes east of UTC, as the filter's tz= and the index's windows count them.
  function offset() { return -new Date().getTimezoneOffset(); }

  // The previous visit's last page view (ms), or null on a first visit; this page view is recorded.
  function previousVisit(now) {
    var v;
    try { v = JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { v = {}; }
    var last = typeof v.last === "number" ? v.last : null;
    var since = last === null ? null : now - last > VISIT_GAP ? last : typeof v.since === "number" ? v.since : null;
    try { localStorage.setItem(STORE, JSON.stringify({ last: now, since: since })); } catch (e) { /* blocked */ }
    return since;
  }

  var since = previousVisit(Date.now());

  function dayMs(iso) { return Date.parse(iso + "T00:00:00Z"); }

  // A role is new when its day began after the previous visit ended.
  function isNew(postedIso) { return since !== null && dayMs(postedIso) > since; }

  // Whole days from a calendar date to the visitor's own date today.
  function daysAgo(iso) {
    var now = new Date();
    return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - dayMs(iso)) / J.constants.day_ms);
  }

  function ago(days) {
    return days === 0 ? "today" : days === 1 ? "yesterday" : days + " days ago";
  }

  // A card's date as "Posted 5 days ago" (the exact text moves to its title), and "New" when it is.
  function decorate(card) {
    var time = card.querySelector(".card-meta time[datetime]");
    if (!time) return;
    var iso = time.getAttribute("datetime"), days = daysAgo(iso);
    if (!time.title) time.title = time.textContent.replace(/^Posted /, "");
    if (days >= 0 && days <= RELATIVE_DAYS) time.textContent = "Posted " + ago(days);
    var badge = card.querySelector(".new-badge");
    if (isNew(iso) && !badge) {
      badge = document.createElement("span");
      badge.className = "new-badge";
      badge.textContent = "New";
      time.parentNode.prepend(badge, " ");
    }
  }

  // The posting page's line for this visitor's offset, written by the build for every offset in use.
  function overlaps() {
    document.querySelectorAll("[data-tz-overlap]").forEach(function (span) {
      var line = JSON.parse(span.dataset.tzOverlap)[offset()];
      if (line) { span.textContent = line; span.hidden = false; }
    });
  }

  function start() {
    document.querySelectorAll(".card").forEach(decorate);
    overlaps();
  }

  J.when = { offset: offset, since: function () { return since; }, isNew: isNew, decorate: decorate };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

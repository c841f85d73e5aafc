/* The role finder: four questions (field, experience, where, pay) that set the listing's filters and say how
   many roles match. Nothing leaves the browser; hiding it is remembered in localStorage. */
(function () {
  "use strict";
  var J = window.Jobsite || {};
  var box = document.querySelector("[data-finder]");
  if (!box || !J.browse) return;
  var STORE = "jobsite.finder";
  var $ = J.$(box, "finder-");
  var intro = $("intro"), form = $("form"), done = $("done"), count = $("count"), result = $("result");
  var back = $("back"), next = $("next");
  var steps = form.querySelectorAll("[data-step]");
  var opener = document.querySelector("[data-finder-open]");
  var step = 0;

  function isHidden() {
    try { return localStorage.getItem(STORE) === "hidden"; } catch (e) { return false; }
  }

  function remember(hidden) {
    try {
      if (hidden) localStorage.setItem(STORE, "hidden");
      else localStorage.removeItem(STORE);
    } catch (e) { /* storage blocked: the finder simply shows again next time */ }
  }

  function answers() {
    var s = J.browse.empty();
    var f = form.elements;
    if (f["finder-category"].value) s.category = [f["finder-category"].value];
    if (f["finder-seniority"].value) s.seniority = f["finder-seniority"].value.split(",");
    if (f["finder-where"].value === "remote") s.workplace = ["remote"];
    var country = J.browse.countryCode(f["finder-country"].value);
    if (country) s.country = [country];
    s.visa = f["finder-visa"].checked ? "yes" : "";
    s.relocation = f["finder-relocation"].checked ? "yes" : "";
    s.salary_min = parseInt(f["finder-pay"].value, 10) || 0;
    return s;
  }

  function showCount() {
    J.browse.need().then(function () { count.textContent = J.plural(J.browse.count(answers())) + " match so far."; });
  }

  function showStep(i, focus) {
    step = i;
    steps.forEach(function (fieldset, j) { fieldset.hidden = j !== i; });
    back.hidden = i === 0;
    next.textContent = i === steps.length - 1 ? "Show these roles" : "Next";
    if (focus) steps[i].querySelector("legend").focus();
    showCount();
  }

  function start() {
    box.hidden = false;
    intro.hidden = true;
    done.hidden = true;
    form.hidden = false;
    if (opener) opener.hidden = true;
    remember(false);
    showStep(0, true);
  }

  function hide() {
    box.hidden = true;
    remember(true);
    if (opener) {
      opener.hidden = false;
      opener.focus();
    }
  }

  function finish() {
    J.browse.need().then(function () {
      var n = J.browse.apply(answers());
      form.hidden = true;
      done.hidden = false;
      result.textContent = "Found " + J.plural(n) + " for your answers. The filters below are set; change them any time.";
      result.focus();
      remember(true);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (step < steps.length - 1) showStep(step + 1, true);
    else finish();
  });
  form.addEventListener("change", showCount);
  form.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  back.addEventListener("click", function () { showStep(step - 1, true); });
  $("start").addEventListener("click", start);
  $("restart").addEventListener("click", start);
  [$("dismiss"), $("close"), $("hide")].forEach(function (button) { button.addEventListener("click", hide); });
  if (opener) opener.addEventListener("click", start);

  if (isHidden()) {
    box.hidden = true;
    if (opener) opener.hidden = false;
  }
})();

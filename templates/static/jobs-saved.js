/* The /saved/ page: saved roles as cards, a note on the ones that closed, and moving the list between devices
   with a link (/saved/#import=company/slug,company/slug) that holds only the saved keys. */
(function () {
  "use strict";
  var J = window.Jobsite || {};
  var root = document.querySelector("[data-saved-page]");
  if (!root || !J.saved || !J.cards) return;
  var $ = J.$(root);
  var ui = { list: $("saved-list"), status: $("saved-status"), empty: $("saved-empty"), exportBox: $("export"),
             link: $("export-link"), copy: $("copy"), copyStatus: $("copy-status"), importBox: $("import"),
             importText: $("import-text"), accept: $("import-accept"), cancel: $("import-cancel"),
             undo: $("undo"), undoText: $("undo-text"), undoButton: $("undo-button") };
  var removed = null;  // {item, at}: the last role removed, until it is undone or another goes
  var data = null;
  var incoming = [];

  function linkedKeys() {
    var match = /^#import=(.*)$/.exec(location.hash);
    if (!match) return [];
    var keys = [];
    match[1].split(",").forEach(function (part) {
      var key;
      try { key = decodeURIComponent(part); } catch (e) { return; }  // a malformed escape: skip that part
      if (J.saved.KEY_RE.test(key) && keys.indexOf(key) < 0) keys.push(key);
    });
    return keys;
  }

  function exportLink(items) {
    return location.origin + "/saved/#import=" + items.map(function (item) { return item.k; }).join(",");
  }

  // "saltmarsh-protocol/frontend-engineer" → "Frontend engineer", for a closed role we never saw the title of.
  function fromSlug(slug) {
    var words = slug.replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  function titleOf(item) {  // a saved role's title, or its file name's words when it was saved without one
    return item.t || fromSlug(item.k.split("/")[1]);
  }

  // A closed role's card, from <template data-closed-card-template> (_macros.html closed_card).
  function closedCard(item) {
    var id = "job-" + item.k.replace("/", "-");
    var title = titleOf(item);
    var company = item.c || fromSlug(item.k.split("/")[0]);
    var card = J.cards.blank("closed-card");
    J.cards.setHead(card, id, J.jobUrl(item.k), title, company);
    J.cards.setSave(card.querySelector("[data-save]"), item.k, title, company, J.saved.has(item.k));
    return card;
  }

  function renderList() {
    var items = J.saved.read();
    var keys = new Set(items.map(function (item) { return item.k; }));
    var cards = document.createDocumentFragment();
    items.forEach(function (item) {
      var p = data && J.cards.find(data, item.k);
      var card = p ? J.cards.renderCard(data.meta, p, "", keys) : closedCard(item);
      asRemove(card.querySelector("[data-save]"), item);
      cards.append(card);
    });
    ui.list.replaceChildren(cards);
    renderStatus();
  }

  // Here every role is saved, so its button removes it (with an undo) instead of toggling.
  function asRemove(button, item) {
    var name = button.lastChild.textContent.replace(/^Save /, "Remove ");
    button.removeAttribute("data-save");
    button.removeAttribute("aria-pressed");
    button.dataset.remove = item.k;
    button.querySelector(".save-word").textContent = "Remove";
    button.lastChild.textContent = name;
  }

  function remove(button) {
    var items = J.saved.read();
    var at = items.findIndex(function (item) { return item.k === button.dataset.remove; });
    if (at < 0) return;
    removed = { item: items[at], at: at };
    J.saved.write(items.slice(0, at).concat(items.slice(at + 1)));
    button.closest(".card").remove();
    renderStatus();
    var title = "“" + titleOf(removed.item) + "”";  // as its card names it
    ui.status.textContent = "Removed " + title + ". " + ui.status.textContent;
    ui.undoText.textContent = " removing " + title;
    ui.undo.hidden = false;
    ui.undoButton.focus();
  }

  function undo() {
    if (!removed) return;
    var items = J.saved.read().filter(function (item) { return item.k !== removed.item.k; });
    items.splice(Math.min(removed.at, items.length), 0, removed.item);
    J.saved.write(items);
    renderList();
    var link = ui.list.children[Math.min(removed.at, ui.list.children.length - 1)].querySelector("a");
    removed = null;
    ui.undo.hidden = true;
    ui.status.textContent = "Restored. " + ui.status.textContent;
    link.focus();
  }

  // The count and the export link follow every change at once.
  function renderStatus() {
    var items = J.saved.read();
    var closed = data ? items.filter(function (item) { return !J.cards.find(data, item.k); }).length : 0;
    var note = closed ? ", " + closed.toLocaleString("en-US") + " no longer open" : "";  // as J.plural counts
    ui.status.textContent = items.length ? J.plural(items.length, "saved role") + note : "";
    ui.empty.hidden = items.length > 0 || ui.list.children.length > 0;
    ui.exportBox.hidden = items.length === 0;
    ui.link.value = exportLink(items);
  }

  // Keys added from a link carry no title: fill in the ones the index knows, so they stay named after closing.
  function nameFromIndex() {
    var changed = false;
    var items = J.saved.read().map(function (item) {
      var p = J.cards.find(data, item.k);
      if (!p || (item.t && item.c)) return item;
      changed = true;
      return { k: item.k, t: p.title, c: p.company.name };
    });
    if (changed) J.saved.write(items);
  }

  function offerImport() {
    incoming = linkedKeys();
    if (!incoming.length) return;
    var fresh = incoming.filter(function (k) { return !J.saved.has(k); }).length;
    ui.importText.textContent = "This link holds " + J.plural(incoming.length) +
      (fresh === incoming.length ? "." : ", " + fresh + " of them not in your saved jobs yet.");
    ui.importBox.hidden = false;
    ui.importBox.querySelector("h2").focus();
  }

  function closeImport(message) {
    history.replaceState(null, "", location.pathname + location.search);
    ui.importBox.hidden = true;
    ui.status.textContent = message;
  }

  ui.accept.addEventListener("click", function () {
    var added = J.saved.addKeys(incoming);
    if (data) nameFromIndex();
    renderList();
    closeImport("Added " + J.plural(added) + ". " + ui.status.textContent);
    ui.list.querySelector("a") ? ui.list.querySelector("a").focus() : ui.status.focus();
  });
  ui.cancel.addEventListener("click", function () {
    closeImport(ui.status.textContent);
  });
  ui.copy.addEventListener("click", function () {
    var done = function () { ui.copyStatus.textContent = "Link copied."; };
    var manual = function () {
      ui.link.select();
      ui.copyStatus.textContent = "The link is selected: copy it with your keyboard or menu.";
    };
    if (navigator.clipboard) navigator.clipboard.writeText(ui.link.value).then(done, manual);
    else manual();
  });
  ui.list.addEventListener("click", function (event) {
    var button = event.target.closest("[data-remove]");
    if (button) remove(button);
  });
  ui.undoButton.addEventListener("click", undo);
  document.addEventListener("jobsite:saved", renderStatus);
  window.addEventListener("hashchange", offerImport);

  J.cards.load(root.dataset.index).then(function (loaded) {
    data = loaded;
    nameFromIndex();
    renderList();
  }, function () {
    renderList();
    ui.status.textContent += " (Could not check which are still open.)";
  });
  offerImport();
})();

/* Expiry between builds. The site is rebuilt about once a day, so a role can close (end of its `expires` day,
   Anywhere on Earth) while its card is still on a built page. Cards carrying data-closes are marked
   `is-closed` (style.css hides them); a posting's hidden "This role is closed" notice carrying data-shown-from
   is revealed (style.css then hides the apply button). Without JavaScript the page shows what the build knew. */
(() => {
  "use strict";
  const now = Date.now();
  const hasPassed = (instant) => {
    const time = Date.parse(instant);
    return !Number.isNaN(time) && now >= time;
  };
  for (const element of document.querySelectorAll("[data-closes]")) {
    if (hasPassed(element.dataset.closes)) element.classList.add("is-closed");
  }
  for (const element of document.querySelectorAll("[data-shown-from]")) {
    if (hasPassed(element.dataset.shownFrom)) element.hidden = false;
  }
})();

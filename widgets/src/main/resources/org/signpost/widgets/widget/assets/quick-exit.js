/* "Exit this page" on a sensitive topic's page or embed: the button, or the Shift key pressed three
   times within two seconds, hides the page at once and replaces it (the whole window, when it is
   framed) with a neutral site, so that Back does not lead to it. Without script the button is a
   plain link to the same site. */
(() => {
  "use strict";
  const exit = document.querySelector("a[data-signpost-exit]");
  if (!exit) return;
  const leave = (event) => {
    event?.preventDefault();
    document.documentElement.hidden = true;
    document.title = "Leaving";
    try {
      window.top.location.replace(exit.href);
    } catch {
      window.location.replace(exit.href);
    }
  };
  exit.addEventListener("click", leave);
  for (const hint of document.querySelectorAll(".sp-exit-hint")) hint.hidden = false;
  let presses = [];
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    presses = presses.filter((at) => event.timeStamp - at < 2000).concat(event.timeStamp);
    if (presses.length >= 3) leave();
  });
})();

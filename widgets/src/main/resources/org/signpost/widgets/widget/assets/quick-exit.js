/* "Exit this page" on a sensitive topic's page or embed: the button, or the Shift key pressed three
   times within two seconds, hides the page at once and replaces it (the whole window, when it is
   framed) with a neutral site, so that Back does not lead to it. Without script the button is a
   plain link to the same site. */
(() => {
  "use strict";
  const exit = document.querySelector("a[data-signpost-exit]");
  if (!exit) return;
  // In a WordPress post the frame is sandboxed and may not lead the window away itself: it asks
  // WordPress to, by its "link" message, through Signpost's /go on the frame's own host.
  const secret = (/[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  const go = new URL("../../go", document.currentScript.src);
  const leave = (event) => {
    event?.preventDefault();
    document.documentElement.hidden = true;
    document.title = "Leaving";
    if (secret && window.parent !== window) {
      const away = new URL(go);
      away.searchParams.set("to", exit.href);
      window.parent.postMessage({ message: "link", value: away.href, secret }, "*");
      return;
    }
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

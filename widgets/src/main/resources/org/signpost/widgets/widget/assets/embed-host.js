/* For pages that frame Signpost embeds: sets each Signpost iframe's height to what the embed
   reports, so it shows whole without a scroll bar. Include it once; it defines no globals. */
(() => {
  "use strict";
  const origin = new URL(document.currentScript.src).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !event.data || event.data.signpost !== "height") return;
    const height = Math.ceil(Number(event.data.height));
    if (!(height > 0 && height < 100000)) return;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source) frame.height = String(height);
    }
  });
  const ask = () => {
    for (const frame of document.querySelectorAll("iframe")) {
      frame.contentWindow?.postMessage({ signpost: "measure" }, origin);
    }
  };
  ask();
  window.addEventListener("load", ask);
})();

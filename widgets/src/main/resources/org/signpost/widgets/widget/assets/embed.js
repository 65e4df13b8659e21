/* Tells the page that frames this embed how tall it is, so the iframe fits its content: when the
   embed loads or changes size, and whenever the host page asks (its script may load later). */
(() => {
  "use strict";
  if (window.parent === window) return;
  // The document's own height, not the frame's: scrollHeight never reports less than the frame.
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const send = () => window.parent.postMessage({ signpost: "height", height: height() }, "*");
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data && event.data.signpost === "measure") send();
  });
  window.addEventListener("load", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.documentElement);
})();

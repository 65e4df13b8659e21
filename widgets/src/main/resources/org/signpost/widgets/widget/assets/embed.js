/* Tells the page that frames this embed how tall it is, so the iframe fits its content: when the
   embed loads or changes size, and whenever the host page asks (its script may load later).
   In a WordPress post (WordPress frames oEmbed content in a sandbox, with a secret in the
   address's fragment) it speaks WordPress's own embed messages instead: "height", and "link" for
   each link followed, which WordPress opens in the top window if it is on this frame's host; an
   outside link goes by way of Signpost's /go. */
(() => {
  "use strict";
  if (window.parent === window) return;
  const secret = (/[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  const go = new URL("../../go", document.currentScript.src);
  // The document's own height, not the frame's: scrollHeight never reports less than the frame.
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const send = () => {
    if (secret) window.parent.postMessage({ message: "height", value: height(), secret }, "*");
    else window.parent.postMessage({ signpost: "height", height: height() }, "*");
  };
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data) return;
    if (data.signpost === "measure" || (secret && data.message === "ready" && data.secret === secret)) send();
  });
  window.addEventListener("load", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.documentElement);
  if (!secret) return;
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || !/^https?:$/.test(link.protocol)) return;
    event.preventDefault();
    const away = new URL(go);
    away.searchParams.set("to", link.href);
    const value = link.host === location.host ? link.href : away.href;
    window.parent.postMessage({ message: "link", value, secret }, "*");
  });
})();

/* Tells the page that frames this embed how tall it is, so the iframe fits its content. */
(function () {
  "use strict";
  if (window.parent === window) return;
  function send() {
    window.parent.postMessage({ signpost: "height", height: document.documentElement.scrollHeight }, "*");
  }
  window.addEventListener("load", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.documentElement);
})();

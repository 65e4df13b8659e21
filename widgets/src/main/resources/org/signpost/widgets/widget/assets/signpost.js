/* Signpost widgets: <signpost-topic>, <signpost-resources>, <signpost-feedback>.
   One script, no framework, no cookies, no storage, no globals besides the elements. Each element
   renders into a shadow root when it comes near the viewport, from HTML that Signpost renders. */
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !window.customElements || customElements.get("signpost-topic")) return;
  const base = new URL("./", script.src).href;
  const site = new URL("../../", base).href;
  let sheet;

  const get = (url) =>
    fetch(url, { credentials: "omit", mode: "cors" }).then((r) => {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.text();
    });

  const styles = () =>
    (sheet ||= get(base + "signpost.css").then((css) => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    }));

  const query = (el, names) => {
    const q = new URLSearchParams();
    for (const n of names) {
      const v = el.getAttribute(n);
      if (v) q.set(n, v);
    }
    const s = q.toString();
    return s ? "?" + s : "";
  };

  const message = (cls, role, text) => {
    const p = document.createElement("p");
    p.className = cls;
    p.setAttribute("role", role);
    p.textContent = text;
    return p;
  };

  // "Exit this page" on a sensitive topic's widget: the button, or Shift pressed three times within
  // two seconds anywhere on the page, hides the page and replaces it with a neutral site.
  let exitAddress;
  const leave = (event) => {
    event?.preventDefault();
    document.documentElement.hidden = true;
    location.replace(exitAddress);
  };
  const offerQuickExit = (box) => {
    const link = box.querySelector("a[data-signpost-exit]");
    if (!link) return;
    link.addEventListener("click", leave);
    for (const hint of box.querySelectorAll(".sp-exit-hint")) hint.hidden = false;
    if (exitAddress) return;
    exitAddress = link.href;
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
  };

  class Widget extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: "open" });
      if (!("IntersectionObserver" in window)) return this.load();
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          this.load();
        }
      }, { rootMargin: "300px" });
      seen.observe(this);
    }

    load() {
      const root = this.shadowRoot;
      Promise.all([styles(), get(this.source())])
        .then(([css, html]) => {
          root.adoptedStyleSheets = [css];
          const box = document.createElement("div");
          box.className = "sp-root";
          box.dataset.theme = (this.getAttribute("theme") || "light").replace(/[^a-z]/g, "");
          box.innerHTML = html;
          root.replaceChildren(box);
          offerQuickExit(box);
          this.enhance(box);
        })
        .catch(() => {
          const a = document.createElement("a");
          const slug = this.getAttribute("slug") || this.getAttribute("topic");
          a.href = site + "topics" + (slug ? "/" + encodeURIComponent(slug) : "");
          a.textContent = "Read this on the Signpost site";
          root.replaceChildren(a);
        });
    }

    enhance() {}
  }

  customElements.define("signpost-topic", class extends Widget {
    source() {
      return base + "fragments/topic/" + encodeURIComponent(this.getAttribute("slug") || "") +
        query(this, ["key-stage"]);
    }
  });

  customElements.define("signpost-resources", class extends Widget {
    source() {
      return base + "fragments/resources" + query(this, ["topic", "key-stage", "audience", "type", "limit"]);
    }
  });

  customElements.define("signpost-feedback", class extends Widget {
    source() {
      if (!this.getAttribute("page")) this.setAttribute("page", location.pathname);
      return base + "fragments/feedback" + query(this, ["page", "topic"]);
    }

    enhance(box) {
      const form = box.querySelector("form");
      if (!form) return;
      // One key per answer: a resend of it counts once. A changed answer after a send whose reply
      // was lost is another answer (409 for the old key), so it goes again under a new key.
      let key = crypto.randomUUID();
      let note;
      const say = (text) => {
        note?.remove();
        note = message("sp-error", "alert", text);
        form.before(note);
      };
      const send = (data) =>
        fetch(form.action, {
          method: "POST",
          credentials: "omit",
          headers: { "Content-Type": "application/json", "Idempotency-Key": key },
          body: JSON.stringify({
            page: data.get("page"),
            topic: data.get("topic"),
            helpful: data.get("helpful") === "yes",
            comment: data.get("comment"),
            website: data.get("website"),
          }),
        });
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const data = new FormData(form);
        if (!data.get("helpful")) return say("Choose yes or no, then send your feedback.");
        send(data)
          .then((r) => {
            if (r.status !== 409) return r;
            key = crypto.randomUUID();
            return send(data);
          })
          .then((r) => {
            if (!r.ok) throw new Error("HTTP " + r.status);
            note?.remove();
            const thanks = message("sp-thanks", "status", "Thank you for your feedback.");
            thanks.tabIndex = -1;
            form.replaceWith(thanks);
            thanks.focus();
          })
          .catch(() =>
            say(
              "Your feedback could not be sent just now. What you chose and wrote is still here:" +
                " press Send feedback again in a minute."
            )
          );
      });
    }
  });
})();

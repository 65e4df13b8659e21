/* Warns before leaving a form with unsaved changes. A form opts in with data-warn-unsaved; saving
   it (a full submit, or a button marked data-saves) clears the warning. PrimeFaces' editors mark the form changed through input
   events on their hidden fields, caught by the listener on the whole form. */
(function () {
  "use strict";
  var changed = false;
  document.addEventListener("input", function (event) {
    if (event.target.closest && event.target.closest("form[data-warn-unsaved]")) {
      changed = true;
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target.closest && event.target.closest("form[data-warn-unsaved]")) {
      changed = true;
    }
  });
  document.addEventListener("submit", function () {
    changed = false;
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-saves]")) {
      changed = false;
    }
  });
  window.addEventListener("beforeunload", function (event) {
    if (changed) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  /* Sections move by dragging their handle onto another section; the Move up and Move down
     buttons do the same from the keyboard. */
  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    var handle = event.target.closest && event.target.closest(".drag-handle");
    if (handle) {
      dragged = handle.closest("[data-section]").getAttribute("data-section");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged);
    }
  });
  document.addEventListener("dragover", function (event) {
    if (dragged !== null && event.target.closest && event.target.closest("[data-section]")) {
      event.preventDefault();
    }
  });
  document.addEventListener("drop", function (event) {
    var target = event.target.closest && event.target.closest("[data-section]");
    if (dragged !== null && target && typeof window.moveSection === "function") {
      event.preventDefault();
      changed = true;
      window.moveSection([
        { name: "from", value: dragged },
        { name: "to", value: target.getAttribute("data-section") }
      ]);
    }
    dragged = null;
  });
  /* PrimeFaces' data tables take Enter for their own keyboard navigation, which stops a link in a
     cell from opening: a link keeps its Enter. */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches(".ui-datatable a[href]")) {
      event.stopPropagation();
    }
  }, true);
  /* Rich-text editors: Tab moves on, as everywhere else (the editor would type a tab and keep the
     focus, a trap for keyboard users), and each editor is named by the label above it. */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Tab" && event.target.closest && event.target.closest(".ql-editor")) {
      event.stopPropagation();
    }
  }, true);
  function nameEditors() {
    document.querySelectorAll("[data-label] .ql-editor:not([aria-label])").forEach(function (editor) {
      editor.setAttribute("role", "textbox");
      editor.setAttribute("aria-multiline", "true");
      editor.setAttribute("aria-label", editor.closest("[data-label]").getAttribute("data-label"));
    });
  }
  new MutationObserver(nameEditors).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", nameEditors);
  window.signpostConsole = {
    markChanged: function () { changed = true; }
  };
})();

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
  window.signpostConsole = {
    markChanged: function () { changed = true; }
  };
})();

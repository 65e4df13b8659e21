/* The console's own script. It names each table cell after its column, for narrow screens (see
   labelCells), and warns before leaving a form with unsaved changes. A form opts in with
   data-warn-unsaved; saving that very form (a full submit, or a button marked data-saves) clears the warning, while a submit
   of any other form on the page (the workflow buttons, say) leaves it on, so the browser asks
   before those changes are dropped. A page that comes back with an error in such a form still
   holds what was typed, not saved: it warns too. The rich-text editors' typing reaches the
   listener on the whole form as input events. */
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
  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("form[data-warn-unsaved]")) {
      changed = false;
    }
  });
  /* On a narrow screen a table's rows stack, each cell under its column's name: the names are
     copied from the header once the page has loaded, and again when a part of it is updated. */
  function labelCells() {
    document.querySelectorAll(".table-scroll table, table.plain-table").forEach(function (table) {
      var names = Array.prototype.map.call(table.querySelectorAll("thead tr:first-child th"), function (th) {
        var title = th.querySelector(".ui-column-title");
        return (title || th).textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        if (row.children.length !== names.length) {
          return;
        }
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (names[i]) {
            cell.setAttribute("data-label", names[i]);
          }
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", labelCells);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", labelCells);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector("form[data-warn-unsaved]")
        && document.querySelector("form[data-warn-unsaved] .ui-message-error, .ui-messages-error")) {
      changed = true;
    }
  });
  /* PrimeFaces' rich-text editor copies what was typed into the form's hidden field only when the
     box has lost focus, a moment later: a Save clicked at once would send the old text and say
     "Saved.". Each editor's text is copied on every change, and once more before any click, key
     press or submit can send the form. */
  function textEditors() {
    var widgets = (window.PrimeFaces && PrimeFaces.widgets) || {};
    return Object.keys(widgets).map(function (name) { return widgets[name]; }).filter(function (w) {
      return w && w.editor && w.input && typeof w.getEditorValue === "function"
        && w.jq && document.contains(w.jq[0]);
    });
  }
  function copyText(widget) {
    var value = widget.getEditorValue();
    if (widget.input.val() !== value) {
      widget.input.val(value);
    }
  }
  function copyAllText() {
    textEditors().forEach(copyText);
  }
  function followEditors() {
    textEditors().forEach(function (widget) {
      if (!widget.signpostFollowed) {
        widget.signpostFollowed = true;
        widget.editor.on("text-change", function () { copyText(widget); });
      }
    });
  }
  ["click", "submit", "keydown", "mousedown"].forEach(function (type) {
    document.addEventListener(type, copyAllText, true);
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
  // The embed builder's Copy buttons: the snippet goes to the clipboard, and the page says so.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy") + "-copied");
    var done = function () { status.textContent = button.getAttribute("data-copied") || "Copied."; };
    var selectAndCopy = function () {
      field.select();
      document.execCommand("copy");
      done();
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, selectAndCopy);
    } else {
      selectAndCopy();
    }
  });

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
      copyAllText();
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
  function onEditorsChanged() {
    nameEditors();
    followEditors();
  }
  new MutationObserver(onEditorsChanged).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", onEditorsChanged);
  /* The feedback export can run to a million rows: where the browser can read a download as it
     arrives, the link fetches the file itself and shows how many of the answers it announced have
     come, then saves it under the name the server gave. A click with a modifier key, or a browser
     without streams, follows the link as usual. */
  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }
  function countLines(chunk) {
    var lines = 0;
    for (var i = 0; i < chunk.length; i++) {
      if (chunk[i] === 10) {
        lines++;
      }
    }
    return lines;
  }
  function savedName(response) {
    var match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
    return match ? match[1] : "signpost-feedback.csv";
  }
  function saveFile(parts, name) {
    var address = URL.createObjectURL(new Blob(parts, { type: "text/csv" }));
    var save = document.createElement("a");
    save.href = address;
    save.download = name;
    save.hidden = true;
    document.body.appendChild(save);
    save.click();
    save.remove();
    setTimeout(function () { URL.revokeObjectURL(address); }, 60000);
  }
  function download(link) {
    var expected = Number(link.getAttribute("data-csv-rows"));
    var bar = document.getElementById("csv-bar");
    var status = document.getElementById("csv-status");
    var announced = -1;
    function show(rows) {
      var share = expected > 0 ? Math.min(100, Math.floor(100 * rows / expected)) : 100;
      bar.value = share;
      // A screen reader hears every tenth, not every chunk.
      if (Math.floor(share / 10) !== announced) {
        announced = Math.floor(share / 10);
        status.textContent = fill(link.getAttribute("data-progress"),
          [Math.min(rows, expected).toLocaleString("en-GB"), expected.toLocaleString("en-GB")]);
      }
    }
    function fail() {
      bar.hidden = true;
      status.textContent = link.getAttribute("data-failed");
      link.removeAttribute("aria-disabled");
    }
    link.setAttribute("aria-disabled", "true");
    bar.hidden = false;
    show(0);
    fetch(link.href, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok || !/^text\/csv/.test(response.headers.get("Content-Type") || "")) {
        // Signed out meanwhile, say: the link itself shows why.
        window.location.href = link.href;
        return;
      }
      var reader = response.body.getReader();
      var parts = [];
      var lines = 0;
      function read() {
        return reader.read().then(function (step) {
          if (step.done) {
            bar.value = 100;
            bar.hidden = true;
            var name = savedName(response);
            saveFile(parts, name);
            status.textContent = fill(link.getAttribute("data-done"),
              [Math.max(0, lines - 1).toLocaleString("en-GB"), name]);
            link.removeAttribute("aria-disabled");
            return;
          }
          parts.push(step.value);
          lines += countLines(step.value);
          show(Math.max(0, lines - 1));
          return read();
        });
      }
      return read();
    }).catch(fail);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-csv-rows]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
        || !window.fetch || !window.ReadableStream || !window.Blob) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute("aria-disabled") !== "true") {
      download(link);
    }
  });
  window.signpostConsole = {
    markChanged: function () { changed = true; }
  };
})();

// Debattsök: the pages work without this file; it makes the results follow typing and lets the
// reader step from hit to hit in a document.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The citation is text to select without script; with it, one click copies it.
  var copy = document.getElementById("copy-citation");
  var citation = document.getElementById("citation");
  if (copy && citation) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var said = document.getElementById("copied");
      var done = function () { if (said) { said.textContent = "Kopierat."; } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(citation.value).then(done, function () {
          citation.select();
          if (said) { said.textContent = "Markerat: kopiera med Ctrl+C."; }
        });
      } else {
        citation.select();
        document.execCommand("copy");
        done();
      }
    });
  }

  // Results update as the user types (after a pause), keeping the URL shareable.
  var input = document.getElementById("q");
  var area = document.getElementById("results-area");
  if (input && area) {
    var timer = null;
    var latest = 0;
    // Pressing Enter submits the form: a live update still pending or under way is then dropped.
    if (input.form) {
      input.form.addEventListener("submit", function () { clearTimeout(timer); latest++; });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var form = input.form;
        var params = new URLSearchParams(new FormData(form));
        if (!params.get("q").trim()) { return; }
        var url = "/?" + params.toString();
        var ticket = ++latest;
        // No space after the last word yet: it is still being typed, and is completed, not corrected.
        var typing = /\S$/.test(input.value);
        fetch(typing ? url + "&typing=1" : url, { headers: { "Accept": "text/html" } })
          .then(function (r) { return r.text(); })
          .then(function (html) {
            if (ticket !== latest) { return; } // an older answer arriving late
            var doc = new DOMParser().parseFromString(html, "text/html");
            var fresh = doc.getElementById("results-area");
            if (fresh) {
              area.replaceWith(fresh);
              area = fresh;
              document.title = doc.title;
              history.replaceState(null, "", url);
            }
          })
          .catch(function () { /* the form still works */ });
      }, 300);
    });
  }

  // Sorting applies at once.
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "sort") { e.target.form.submit(); }
  });

  // Next / previous hit in a document, with buttons or the keys n and p.
  var marks = Array.prototype.slice.call(document.querySelectorAll(".text mark[id^='hit-']"));
  var next = document.getElementById("next-hit");
  var prev = document.getElementById("prev-hit");
  var count = document.getElementById("hitcount");
  if (marks.length && next && prev) {
    var current = -1;
    var go = function (i) {
      if (current >= 0) { marks[current].classList.remove("current"); }
      current = (i + marks.length) % marks.length;
      var m = marks[current];
      m.classList.add("current");
      m.scrollIntoView({ block: "center" });
      m.focus({ preventScroll: true });
      if (count) { count.textContent = "Träff " + (current + 1) + " av " + marks.length; }
    };
    next.addEventListener("click", function (e) { e.preventDefault(); go(current + 1); });
    prev.addEventListener("click", function (e) { e.preventDefault(); go(current - 1); });
    document.addEventListener("keydown", function (e) {
      var tag = (e.target && e.target.tagName) || "";
      if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (e.key === "n") { go(current + 1); } else if (e.key === "p") { go(current - 1); }
    });
  }
})();

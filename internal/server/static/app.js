// sitrep desk: progressive enhancement only. Every page works without this
// file; with it, tables sort on a click of their header, the events
// filters apply as soon as a list value is chosen, and an event marker in
// an article's text lights up its row.
(function () {
  "use strict";

  function cellValue(row, i) {
    var c = row.cells[i];
    return c ? c.textContent.trim() : "";
  }

  function sortBy(table, i, th) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    if (rows.length < 2) return;
    var asc = th.getAttribute("aria-sort") !== "ascending";
    var numeric = rows.every(function (r) { var v = cellValue(r, i); return v === "" || !isNaN(Number(v)); });
    rows.sort(function (a, b) {
      var x = cellValue(a, i), y = cellValue(b, i);
      var d = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y);
      return asc ? d : -d;
    });
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function init() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var head = table.tHead && table.tHead.rows[0];
      if (!head) return;
      Array.prototype.forEach.call(head.cells, function (th, i) {
        th.title = "Sort by " + th.textContent.toLowerCase();
        th.addEventListener("click", function () { sortBy(table, i, th); });
      });
    });

    var filters = document.getElementById("filters");
    if (filters) {
      filters.querySelectorAll("select").forEach(function (s) {
        s.addEventListener("change", function () { filters.submit(); });
      });
    }

    document.querySelectorAll("a.evref").forEach(function (a) {
      a.addEventListener("click", function () {
        var row = document.getElementById(a.getAttribute("href").slice(1));
        if (!row) return;
        row.classList.remove("flash");
        void row.offsetWidth; // restart the highlight
        row.classList.add("flash");
      });
    });

    document.documentElement.setAttribute("data-js", "ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

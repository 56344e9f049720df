// sitrep desk: keyboard review, loaded only where the server accepts
// reviews (serve --allow-review). On any page with events (an article,
// the events explorer, the review queue): n next unreviewed, j/k move,
// c confirm, x reject (not an event), w reject (wrong sense), e edit a
// field (with the entity search for actors), h the event's history.
// The reviewer's name is asked once and kept in localStorage; the
// server's token, where it wants one, for the session only.
(function () {
  "use strict";

  var NAME = "sitrep.reviewer", TOKEN = "sitrep.token";
  var rows = [], cur = -1, schema = null, bar, msg, nameBox;

  function reviewer() { try { return localStorage.getItem(NAME) || ""; } catch (e) { return ""; } }
  function token() { try { return sessionStorage.getItem(TOKEN) || ""; } catch (e) { return ""; } }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  function say(text, bad) {
    msg.textContent = text;
    msg.className = bad ? "msg bad" : "msg";
  }

  function statusOf(row) {
    var t = row.querySelector(".tag.review");
    return t ? t.textContent.trim() : "";
  }

  function setStatus(row, status) {
    var t = row.querySelector(".tag.review");
    if (!t) return;
    t.textContent = status;
    t.className = "tag review " + status;
  }

  function eventID(row) { return row.id.slice(3); }

  function select(i) {
    if (i < 0 || i >= rows.length) return;
    if (cur >= 0 && rows[cur]) rows[cur].classList.remove("current");
    cur = i;
    rows[cur].classList.add("current");
    rows[cur].scrollIntoView({ block: "nearest" });
    closePanel();
  }

  function nextUnreviewed() {
    for (var k = 1; k <= rows.length; k++) {
      var i = (cur + k + rows.length) % rows.length;
      if (statusOf(rows[i]) === "unreviewed") { select(i); return true; }
    }
    say("Nothing left unreviewed on this page.");
    return false;
  }

  // The row's panel: the edit form or the history, under the event.
  function closePanel() {
    document.querySelectorAll("tr.review-panel").forEach(function (p) { p.remove(); });
  }

  function panel(row) {
    closePanel();
    var tr = el("tr", { "class": "review-panel" });
    var td = el("td", { colspan: String(row.cells.length) });
    tr.appendChild(td);
    row.after(tr);
    return td;
  }

  function post(row, body) {
    if (!reviewer()) { askName(); return Promise.resolve(false); }
    body.reviewer = reviewer();
    var headers = { "Content-Type": "application/json" };
    if (token()) headers.Authorization = "Bearer " + token();
    return fetch("/api/v1/events/" + eventID(row) + "/reviews", { method: "POST", headers: headers, body: JSON.stringify(body) })
      .then(function (resp) {
        return resp.json().then(function (data) {
          if (resp.status === 401) { askToken(); say("This server wants its token for reviews: give it above, then try again.", true); return false; }
          if (!resp.ok) { say(data.message || ("error " + resp.status), true); return false; }
          var was = statusOf(row), now = was;
          if (body.action === "reject") now = "rejected";
          else if (body.action === "confirm") now = was === "corrected" ? "corrected" : "confirmed";
          else if (body.action === "set") now = was === "rejected" ? "rejected" : "corrected";
          setStatus(row, now);
          say("Review #" + data.id + ": " + body.action + (body.field ? " " + body.field : "") + " by " + body.reviewer + ".");
          return true;
        });
      })
      .catch(function (e) { say("The review was not sent: " + e, true); return false; });
  }

  function act(body) {
    if (cur < 0) { say("Choose an event first (n, j or k).", true); return; }
    var row = rows[cur];
    post(row, body).then(function (ok) { if (ok && body.action !== "set") nextUnreviewed(); });
  }

  function edit() {
    if (cur < 0) return;
    var row = rows[cur], td = panel(row);
    var form = el("form", { "class": "review-edit" });
    var field = el("select", { name: "field", "aria-label": "field" });
    (schema ? schema.fields : []).forEach(function (f) { field.appendChild(el("option", {}, f)); });
    var listID = "ents-" + eventID(row);
    var value = el("input", { name: "value", placeholder: "new value", list: listID, size: "28", "aria-label": "value" });
    var list = el("datalist", { id: listID });
    var note = el("input", { name: "note", placeholder: "note (why)", size: "24", "aria-label": "note" });
    var timer = null;
    // Actors take an entity: offer the archive's entities as one types.
    value.addEventListener("input", function () {
      var f = field.value;
      if (f !== "source" && f !== "target") return;
      clearTimeout(timer);
      var q = value.value.trim();
      if (q.length < 2 || q.indexOf("text:") === 0) return;
      timer = setTimeout(function () {
        fetch("/api/v1/entities?limit=8&q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : { items: [] }; }).then(function (d) {
          list.textContent = "";
          (d.items || []).forEach(function (e) {
            list.appendChild(el("option", { value: e.id, label: e.name + " (" + e.kind + (e.country ? ", " + e.country : "") + ")" }));
          });
        });
      }, 200);
    });
    form.append(field, " ", value, list, " ", note, " ", el("button", {}, "Save"), " ", el("span", { "class": "muted" }, "source/target: an entity (type to search), text:WORDS or none; Esc closes"));
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      post(row, { action: "set", field: field.value, value: value.value, note: note.value }).then(function (ok) { if (ok) closePanel(); });
    });
    td.appendChild(form);
    field.focus();
  }

  function history() {
    if (cur < 0) return;
    var row = rows[cur], td = panel(row);
    td.textContent = "Loading the history…";
    fetch("/api/v1/reviews?event=" + encodeURIComponent(eventID(row))).then(function (r) { return r.json(); }).then(function (d) {
      td.textContent = "";
      var revs = d.reviews || [];
      if (!revs.length) { td.textContent = "Not reviewed yet."; return; }
      var ol = el("ol", { "class": "review-history" });
      revs.forEach(function (r) {
        var t = "#" + r.id + " " + r.at + " " + r.reviewer + ": " + r.action;
        if (r.field) t += " " + r.field + " " + JSON.stringify(r.before === undefined ? null : r.before) + " → " + JSON.stringify(r.after);
        if (r.reason) t += " (" + r.reason + (r.duplicate_of ? " of " + r.duplicate_of : "") + ")";
        if (r.note) t += " — " + r.note;
        if (r.orphaned) t += " [orphaned: " + r.orphaned + "]";
        ol.appendChild(el("li", {}, t));
      });
      td.appendChild(ol);
    });
  }

  // Asked for on a key press, the name box is shown but not focused: the
  // key's own character would land in it.
  function askName() {
    nameBox.hidden = false;
    say("Give your name first: every review keeps who made it.", true);
  }

  function askToken() {
    var box = bar.querySelector(".token");
    box.hidden = false;
    box.querySelector("input").focus();
  }

  function buildBar() {
    bar = el("div", { id: "reviewbar", role: "region", "aria-label": "Review" });
    nameBox = el("form", { "class": "name" });
    var name = el("input", { name: "reviewer", placeholder: "your name", size: "14", autocomplete: "username", "aria-label": "reviewer" });
    nameBox.append("Reviewer: ", name, " ", el("button", {}, "Save"));
    nameBox.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var v = name.value.trim();
      if (!v) return;
      try { localStorage.setItem(NAME, v); } catch (e) { /* private mode: asked again next time */ }
      showName();
      name.blur();
    });
    var who = el("span", { "class": "who" });
    var change = el("button", { type: "button", "class": "link" }, "change");
    change.addEventListener("click", function () { nameBox.hidden = false; who.hidden = true; change.hidden = true; name.value = reviewer(); name.focus(); });
    var tok = el("form", { "class": "token", hidden: "" });
    var tin = el("input", { type: "password", placeholder: "server token", size: "12", "aria-label": "token" });
    tok.append(" Token: ", tin, " ", el("button", {}, "Use"));
    tok.addEventListener("submit", function (ev) {
      ev.preventDefault();
      try { sessionStorage.setItem(TOKEN, tin.value.trim()); } catch (e) { /* kept for this page only */ }
      tok.hidden = true;
      say("Token kept for this session.");
    });
    msg = el("span", { "class": "msg", role: "status" });
    var keys = el("span", { "class": "muted keys" }, "n next unreviewed · j/k move · c confirm · x reject · w wrong sense · e edit · h history");
    bar.append(nameBox, who, " ", change, tok, " ", keys, " ", msg);
    function showName() {
      var r = reviewer();
      nameBox.hidden = !!r;
      who.hidden = change.hidden = !r;
      who.textContent = r ? "Reviewing as " + r : "";
    }
    showName();
    var main = document.querySelector("main");
    main.insertBefore(bar, main.firstChild);
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) {
      if (ev.key === "Escape") { closePanel(); t.blur(); }
      return;
    }
    var handlers = {
      n: nextUnreviewed,
      j: function () { select(Math.min(cur + 1, rows.length - 1)); },
      k: function () { select(Math.max(cur - 1, 0)); },
      c: function () { act({ action: "confirm" }); },
      x: function () { act({ action: "reject", reason: "not-event" }); },
      w: function () { act({ action: "reject", reason: "wrong-sense" }); },
      e: edit,
      h: history,
      Escape: closePanel
    };
    var h = handlers[ev.key];
    if (!h) return;
    ev.preventDefault();
    if (ev.key !== "Escape" && !reviewer()) { askName(); return; }
    h();
  }

  function init() {
    rows = Array.prototype.slice.call(document.querySelectorAll('tr[id^="ev-"]')).filter(function (r) { return r.querySelector(".tag.review"); });
    if (!rows.length) return;
    buildBar();
    rows.forEach(function (r, i) { r.addEventListener("click", function (ev) { if (!ev.target.closest("a, button, input, select")) select(i); }); });
    fetch("/api/v1/review/schema").then(function (r) { return r.json(); }).then(function (s) { schema = s; if (s.token && !token()) askToken(); });
    document.addEventListener("keydown", onKey);
    document.documentElement.setAttribute("data-review", "ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

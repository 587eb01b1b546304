(function () {
  "use strict";
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var pick = function (id) { return document.getElementById(id).value; };
  var tokens = function (text) { return text ? text.split(" ").map(function (t) { return t.split(":"); }) : []; };

  var FILTERS = ["lang", "severity", "check", "status"];

  function matches(row, lang, severity, check, status) {
    var hits = tokens(row.dataset.hits).filter(function (t) { return !lang || t[0] === lang; });
    var finds = tokens(row.dataset.findings).filter(function (t) { return !lang || t[0] === lang; });
    return (!status || hits.some(function (t) { return t[1] === status; })) &&
           (!severity || finds.some(function (t) { return t[1] === severity; })) &&
           (!check || finds.some(function (t) { return t[2] === check; }));
  }

  var PAGE = 100, listed = PAGE;

  function show(el, yes) {
    if (el.hidden === yes) { el.hidden = !yes; }
  }

  function filterStories(lang, severity, check, status) {
    var visible = 0;
    all("tr.story").forEach(function (row) {
      var ok = (!lang || (" " + row.dataset.langs + " ").indexOf(" " + lang + " ") >= 0) &&
               matches(row, lang, severity, check, status);
      if (ok) { visible += 1; }
      show(row, ok && visible <= listed);
    });
    var more = document.getElementById("more-stories");
    if (more) {
      more.hidden = visible <= listed;
      document.getElementById("listed-count").textContent = String(Math.min(visible, listed));
    }
    return visible;
  }

  function filterQuery() {
    var query = [];
    FILTERS.forEach(function (name) {
      var value = pick("f-" + name);
      if (value) { query.push(name + "=" + encodeURIComponent(value)); }
    });
    return query.length ? "#" + query.join("&") : "";
  }

  function filterSentences(lang, severity, check, status) {
    all("th[data-lang], td[data-lang]").forEach(function (el) {
      el.classList.toggle("hidden-lang", lang !== "" && el.dataset.lang !== lang);
    });
    var visible = 0;
    all("article.story").forEach(function (story) {
      var shown = 0;
      all("tr.sent", story).forEach(function (row) {
        var ok = (!lang || row.querySelector("td[data-lang='" + lang + "']") !== null) &&
                 matches(row, lang, severity, check, status);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      all("li.finding", story).forEach(function (li) {
        li.hidden = (lang && li.dataset.lang !== lang) || (severity && li.dataset.severity !== severity) ||
                    (check && li.dataset.check !== check) || Boolean(status);
      });
      all("tr.hit-row", story).forEach(function (tr) {
        tr.hidden = (lang && tr.dataset.lang !== lang) || (status && tr.dataset.status !== status) ||
                    Boolean(severity || check);
      });
      story.hidden = shown === 0;
      visible += shown;
    });
    return visible;
  }

  function applyFilters() {
    var lang = pick("f-lang"), severity = pick("f-severity"), check = pick("f-check"), status = pick("f-status");
    var visible = document.body.dataset.page === "index" ?
      filterStories(lang, severity, check, status) : filterSentences(lang, severity, check, status);
    document.getElementById("visible-count").textContent = String(visible);
  }

  function presetFilters() {
    var hash = window.location.hash.slice(1);
    if (hash.indexOf("=") < 0) { return; }
    hash.split("&").forEach(function (pair) {
      var parts = pair.split("="), select = document.getElementById("f-" + parts[0]);
      if (select && FILTERS.indexOf(parts[0]) >= 0) {
        var value = decodeURIComponent(parts[1] || "");
        if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
          select.value = value;
        }
      }
    });
  }

  function say(text, bad) {
    var el = document.getElementById("save-status");
    el.textContent = text;
    el.classList.toggle("bad", Boolean(bad));
  }

  function post(body, done) {
    fetch("/api/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || response.statusText); }
        done();
      });
    }).catch(function (error) { say("Not saved: " + error.message, true); });
  }

  function decide(button) {
    var item = button.closest("[data-key]");
    var body = { kind: item.dataset.kind, key: item.dataset.key, decision: button.dataset.choice };
    if (body.kind === "suggestion") {
      body.entry = {};
      all("input[data-field]", item).forEach(function (input) { body.entry[input.dataset.field] = input.value; });
    } else {
      var form = item.querySelector("input[data-field='form']");
      if (form && form.value.trim() && body.decision === "reject") { body.form = form.value.trim(); }
    }
    post(body, function () {
      item.dataset.decision = body.decision;
      say("Saved: " + body.decision + " " + body.key + (body.form ? " as " + body.form : ""));
    });
  }

  function openEditor(button) {
    var cell = button.closest("td[data-sentence]");
    if (cell.querySelector("textarea.edit-box")) { return; }
    var tools = button.parentNode;
    var box = document.createElement("textarea");
    box.className = "edit-box";
    box.setAttribute("aria-label", "edit the translation of " + cell.dataset.sentence);
    box.value = cell.dataset.edited || cell.dataset.machine;
    var save = document.createElement("button");
    save.type = "button"; save.className = "edit-save"; save.textContent = "Save edit";
    var cancel = document.createElement("button");
    cancel.type = "button"; cancel.className = "edit-cancel"; cancel.textContent = "Cancel";
    function close() { box.remove(); save.remove(); cancel.remove(); button.hidden = false; }
    cancel.addEventListener("click", close);
    save.addEventListener("click", function () {
      var text = box.value.replace(/\s+/g, " ").trim();
      post({ kind: "edit", key: cell.dataset.sentence, text: text }, function () {
        cell.dataset.edited = text;
        cell.querySelector(".edit-text").textContent = text;
        cell.querySelector(".pending").hidden = false;
        close();
        say("Saved: edit " + cell.dataset.sentence);
      });
    });
    button.hidden = true;
    cell.insertBefore(box, tools);
    tools.appendChild(save);
    tools.appendChild(cancel);
    box.focus();
  }

  all("#filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { listed = PAGE; applyFilters(); });
  });
  var list = document.getElementById("story-list");
  if (list) {
    list.addEventListener("click", function (event) {
      var link = event.target.closest("a.story-link");
      if (link) { link.href = link.getAttribute("href").split("#")[0] + filterQuery(); }
    });
    document.getElementById("more-stories").addEventListener("click", function () {
      listed += PAGE;
      applyFilters();
    });
  }
  if (document.body.dataset.served === "yes") {
    all("button[data-choice]").forEach(function (button) {
      button.addEventListener("click", function () { decide(button); });
    });
    all("button.edit-open").forEach(function (button) {
      button.addEventListener("click", function () { openEditor(button); });
    });
  }
  if (document.getElementById("filters")) {
    presetFilters();
    if (document.body.dataset.page !== "index" || filterQuery()) { applyFilters(); }
  }
}());

// CutBook's search: finds sections of the report whose text holds every word typed.
// The index is `search-index.js`, written at build time; it sets `window.cutbookSearchIndex`
// to a list of sections ({page, anchor, chapter, section, text}). Loading it as a script
// (not fetching JSON) keeps search working when the site is opened from file://.
// No libraries and no network.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var index = window.cutbookSearchIndex;
  if (!input || !list || !Array.isArray(index)) return;

  var MAX_RESULTS = 20;
  var SNIPPET = 90;

  // Lower-cased once: the index is small (one entry per section).
  var prepared = index.map(function (entry) {
    return {
      entry: entry,
      title: (entry.chapter + " " + entry.section).toLowerCase(),
      text: entry.text.toLowerCase()
    };
  });

  function words(query) {
    return query.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
  }

  // Every word must occur; a word in a title counts more than one in the text.
  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = item.title.indexOf(terms[i]) >= 0;
      var inText = item.text.indexOf(terms[i]) >= 0;
      if (!inTitle && !inText) return 0;
      total += (inTitle ? 10 : 0) + (inText ? 1 : 0);
    }
    return total;
  }

  // The text around the first word found, with that word marked.
  function snippet(item, terms, element) {
    var text = item.entry.text;
    var at = -1;
    var length = 0;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = item.text.indexOf(terms[i]);
      length = terms[i].length;
    }
    if (at < 0) {
      element.textContent = text.slice(0, SNIPPET * 2) + (text.length > SNIPPET * 2 ? "…" : "");
      return;
    }
    var start = Math.max(0, at - SNIPPET);
    var end = Math.min(text.length, at + length + SNIPPET);
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + length);
    element.append(
      (start > 0 ? "…" : "") + text.slice(start, at), mark,
      text.slice(at + length, end) + (end < text.length ? "…" : ""));
  }

  function show(query) {
    var terms = words(query);
    list.replaceChildren();
    if (terms.length === 0) {
      list.hidden = true;
      return;
    }
    var found = prepared
      .map(function (item, position) { return { item: item, score: score(item, terms), position: position }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    if (found.length === 0) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "No section mentions “" + query.trim() + "”.";
      list.append(none);
    }
    found.slice(0, MAX_RESULTS).forEach(function (hit) {
      var entry = hit.item.entry;
      var row = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.page + (entry.anchor ? "#" + entry.anchor : "");
      link.textContent = entry.section === entry.chapter
        ? entry.chapter : entry.chapter + " › " + entry.section;
      var text = document.createElement("span");
      text.className = "snippet";
      snippet(hit.item, terms, text);
      row.append(link, text);
      list.append(row);
    });
    if (found.length > MAX_RESULTS) {
      var more = document.createElement("li");
      more.className = "none";
      more.textContent = (found.length - MAX_RESULTS) + " more; add a word to narrow the search.";
      list.append(more);
    }
    list.hidden = false;
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      show("");
    } else if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) window.location.href = first.href;
    }
  });
  // A query in the address (`?search=words`) is searched at once, with the sidebar unfolded
  // on a narrow screen so that the results show.
  var asked = new URLSearchParams(window.location.search).get("search");
  if (asked) {
    var toggle = document.getElementById("sidebar-toggle");
    if (toggle) toggle.checked = true;
    input.value = asked;
    show(asked);
  }
})();

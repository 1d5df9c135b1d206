/* Search over the site's Pagefind index (generator/search): the header box and the search page.
 * Pagefind's own script loads on first use, then fetches only the index chunks a query needs. */
(function () {
  "use strict";
  var PAGE = 10;
  var QUOTES = 3; /* matching quotes listed under a briefing */
  var TITLE_WORDS = 12;
  var EXCERPT = 24;
  var KINDS = { briefing: "Briefing", actor: "Actor", issue: "Issue", quote: "Quote" };
  var FACETS = ["kind", "outlet", "section", "year", "country", "speaker"];
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var loading = null;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options({ baseUrl: root.pathname, excerptLength: 24 }).then(function () { return pf; });
      });
    }
    return loading;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  /* Pagefind's excerpt as DOM: its text, and <mark> around the matched words; nothing else. */
  function excerpt(html) {
    var p = el("p");
    var body = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body;
    body.firstChild.childNodes.forEach(function (node) {
      p.appendChild(node.nodeName === "MARK" ? el("mark", "", node.textContent) : document.createTextNode(node.textContent));
    });
    return p;
  }

  function item(data, kind, title, url, text) {
    var li = el("li", "md-search-result__item" + (kind === "quote" ? " briefing-search__quote" : ""));
    var link = el("a", "md-search-result__link");
    link.href = url;
    link.tabIndex = -1;
    var article = el("article", "md-search-result__article md-typeset");
    article.dataset.kind = kind;
    var label = (KINDS[kind] || "Page") + (data.meta && data.meta.date ? " · " + data.meta.date : "");
    article.append(el("span", "briefing-search__kind", label), el("h1", "", title), text);
    li.appendChild(link).appendChild(article);
    return li;
  }

  function pageItem(data) {
    var kind = (data.meta && data.meta.kind) || "page";
    return item(data, kind, (data.meta && data.meta.title) || data.url, data.url, excerpt(data.excerpt || ""));
  }

  /* `words` as a paragraph of text nodes, with <mark> around the ones at `marks`. */
  function marked(words, marks) {
    var p = el("p");
    words.forEach(function (word, i) {
      if (i) p.appendChild(document.createTextNode(" "));
      p.appendChild(marks.indexOf(i) >= 0 ? el("mark", "", word) : document.createTextNode(word));
    });
    return p;
  }

  /* The quotes of a briefing that hold matched words: each quote is a `figure#qN` anchor whose
   * words run to the next anchor, the quote's text, then its caption ("— speaker, role (cue)"). */
  function quoteItems(data) {
    var anchors = (data.anchors || []).slice().sort(function (a, b) { return a.location - b.location; });
    var words = (data.content || "").split(/[\r\n\s]+/g);
    var items = [];
    anchors.forEach(function (a, i) {
      if (a.element !== "figure" || !/^q\d+$/.test(a.id) || items.length >= QUOTES) return;
      var end = i + 1 < anchors.length ? anchors[i + 1].location : words.length;
      var marks = (data.locations || []).filter(function (l) { return l >= a.location && l < end; });
      if (!marks.length) return;
      var region = words.slice(a.location, end);
      var dash = region.indexOf("—");
      var said = dash > 0 ? region.slice(0, dash) : region;
      var speaker = dash > 0 ? region.slice(dash + 1).join(" ").split(/,| \(| ·/)[0] : "";
      var at = marks.map(function (m) { return m - a.location; });
      var first = Math.max(0, Math.min(Math.min.apply(null, at), said.length) - 8);
      var shown = said.slice(0, TITLE_WORDS).join(" ") + (said.length > TITLE_WORDS ? " …" : "");
      var hits = at.map(function (m) { return m - first; });
      items.push(item(data, "quote", (speaker || "Unattributed") + ": “" + shown + "”", data.url + "#" + a.id,
                      marked(said.slice(first, first + EXCERPT), hits)));
    });
    return items;
  }

  function count(n) {
    return n === 0 ? "No matching documents" : n === 1 ? "1 matching document" : n + " matching documents";
  }

  /* Pagefind counts filter values in its answers only once their chunks are loaded. */
  var filtersLoaded = null;
  function withFilters(pf) {
    if (!filtersLoaded) filtersLoaded = pf.filters();
    return filtersLoaded.then(function () { return pf; });
  }

  /* Runs `search` for the latest call only: an answer to an older query is dropped. */
  function latest(show, facets) {
    var turn = 0;
    return function (query, options) {
      var mine = ++turn;
      return pagefind().then(facets ? withFilters : Object).then(function (pf) {
        return pf.search(query, options);
      }).then(function (found) {
        if (mine === turn) show(found);
      });
    };
  }

  /* Results from `from` on: each page, then the quotes of it that match; with `quotesOnly`, the
   * quotes alone (the briefing itself when the words matched none of its quotes). */
  function render(list, results, from, quotesOnly) {
    return Promise.all(results.slice(from, from + PAGE).map(function (r) { return r.data(); })).then(function (data) {
      data.forEach(function (d) {
        var quotes = quoteItems(d);
        list.append.apply(list, quotesOnly && quotes.length ? quotes : [pageItem(d)].concat(quotes));
      });
    });
  }

  function header(box) {
    var input = box.querySelector(".md-search__input");
    var meta = box.querySelector(".md-search-result__meta");
    var list = box.querySelector(".md-search-result__list");
    var more = box.querySelector(".briefing-search__more");
    var toggle = document.getElementById("__search");
    var search = latest(function (found) {
      list.replaceChildren();
      meta.textContent = count(found.results.length);
      more.hidden = !found.results.length;
      more.href = more.href.split("?")[0] + "?q=" + encodeURIComponent(input.value.trim());
      return render(list, found.results, 0);
    });
    function open() {
      toggle.checked = true;
      pagefind();
    }
    input.addEventListener("focus", open);
    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (query) {
        search(query, {});
      } else {
        list.replaceChildren();
        more.hidden = true;
      }
    });
    box.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) location.href = first.href;
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (!typing && (event.key === "/" || event.key === "s") && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        open();
        input.focus();
      } else if (event.key === "Escape" && toggle.checked) {
        toggle.checked = false;
        input.blur();
      }
    });
    box.addEventListener("click", function (event) {
      if (event.target.closest("a")) toggle.checked = false;
    });
  }

  /* The search page: query, facets with their counts, sort by date, more results on demand. */
  function searchPage(page) {
    var params = new URLSearchParams(location.search);
    var form = el("form", "briefing-search-page__form");
    var input = el("input", "md-input briefing-search-page__input");
    input.type = "search";
    input.name = "q";
    input.placeholder = "Search the briefings";
    input.value = params.get("q") || "";
    var sort = el("select", "briefing-search-page__sort");
    [["", "Best match"], ["desc", "Newest first"], ["asc", "Oldest first"]].forEach(function (o) {
      var option = el("option", "", o[1]);
      option.value = o[0];
      sort.appendChild(option);
    });
    sort.value = params.get("sort") || "";
    form.append(input, sort);
    var facets = el("div", "briefing-search-page__facets");
    var meta = el("p", "briefing-search-page__meta");
    var list = el("ol", "md-search-result__list briefing-search-page__results");
    var more = el("button", "md-button briefing-search-page__more", "More results");
    more.type = "button";
    more.hidden = true;
    page.replaceChildren(form, facets, meta, list, more);
    var chosen = {};
    FACETS.forEach(function (name) { chosen[name] = params.getAll(name); });
    var results = [];

    function options() {
      var filters = {};
      FACETS.forEach(function (name) { if (chosen[name].length) filters[name] = { any: chosen[name] }; });
      return sort.value ? { filters: filters, sort: { date: sort.value } } : { filters: filters };
    }

    /* Each facet's values with the results each would leave; a chosen value stays listed at 0. */
    function showFacets(found) {
      var counts = {};
      FACETS.forEach(function (name) {
        counts[name] = Object.assign({}, (found.totalFilters || {})[name], (found.filters || {})[name]);
        Object.keys(counts[name]).forEach(function (v) { if (!(found.filters[name] || {})[v]) counts[name][v] = 0; });
        chosen[name].forEach(function (v) { counts[name][v] = counts[name][v] || 0; });
      });
      facets.replaceChildren();
      FACETS.forEach(function (name) {
        var values = Object.keys(counts[name]).sort(function (a, b) { return counts[name][b] - counts[name][a] || a.localeCompare(b); });
        if (!values.length) return;
        var group = el("fieldset", "briefing-search-page__facet");
        group.dataset.facet = name;
        group.appendChild(el("legend", "", name));
        values.forEach(function (value) {
          var label = el("label");
          var box = el("input");
          box.type = "checkbox";
          box.value = value;
          box.checked = chosen[name].indexOf(value) >= 0;
          box.addEventListener("change", function () {
            chosen[name] = box.checked ? chosen[name].concat([value]) : chosen[name].filter(function (v) { return v !== value; });
            run();
          });
          label.append(box, " " + (KINDS[value] || value) + " ", el("span", "briefing-search-page__count", String(counts[name][value])));
          group.appendChild(label);
        });
        facets.appendChild(group);
      });
    }

    var shown = 0;
    function quotesOnly() {
      return chosen.kind.length === 1 && chosen.kind[0] === "quote";
    }

    var search = latest(function (found) {
      results = found.results;
      shown = Math.min(PAGE, results.length);
      list.replaceChildren();
      meta.textContent = count(results.length);
      showFacets(found);
      more.hidden = results.length <= PAGE;
      return render(list, results, 0, quotesOnly());
    }, true);

    function run() {
      var query = input.value.trim() || null;
      var state = new URLSearchParams();
      if (query) state.set("q", query);
      if (sort.value) state.set("sort", sort.value);
      FACETS.forEach(function (name) { chosen[name].forEach(function (v) { state.append(name, v); }); });
      history.replaceState(null, "", "?" + state.toString());
      search(query, options());
    }

    input.addEventListener("input", run);
    sort.addEventListener("change", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    more.addEventListener("click", function () {
      var from = shown;
      shown = Math.min(from + PAGE, results.length);
      more.hidden = shown >= results.length;
      render(list, results, from, quotesOnly());
    });
    run();
  }

  var box = document.querySelector("[data-briefing-search]");
  if (box) header(box);
  var page = document.getElementById("briefing-search-page");
  if (page) searchPage(page);
})();

/* Search over the site's Pagefind index (generator/search): the header box and the search page.
 * Pagefind's own script loads on first use, then fetches only the index chunks a query needs. */
(function () {
  "use strict";
  var PAGE = 10;
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

  function item(data) {
    var kind = (data.meta && data.meta.kind) || "page";
    var li = el("li", "md-search-result__item");
    var link = el("a", "md-search-result__link");
    link.href = data.url;
    link.tabIndex = -1;
    var article = el("article", "md-search-result__article md-typeset");
    article.dataset.kind = kind;
    var label = (KINDS[kind] || "Page") + (data.meta && data.meta.date ? " · " + data.meta.date : "");
    article.append(el("span", "briefing-search__kind", label), el("h1", "", (data.meta && data.meta.title) || data.url),
                   excerpt(data.excerpt || ""));
    li.appendChild(link).appendChild(article);
    return li;
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

  function render(list, results, from) {
    return Promise.all(results.slice(from, from + PAGE).map(function (r) { return r.data(); })).then(function (data) {
      list.append.apply(list, data.map(item));
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

    var search = latest(function (found) {
      results = found.results;
      list.replaceChildren();
      meta.textContent = count(results.length);
      showFacets(found);
      more.hidden = results.length <= PAGE;
      return render(list, results, 0);
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
      var shown = list.children.length;
      render(list, results, shown).then(function () { more.hidden = list.children.length >= results.length; });
    });
    run();
  }

  var box = document.querySelector("[data-briefing-search]");
  if (box) header(box);
  var page = document.getElementById("briefing-search-page");
  if (page) searchPage(page);
})();

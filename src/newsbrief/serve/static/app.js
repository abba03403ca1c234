/* The brief page: make a brief, read it, trace each highlight to its source sentence, list and search briefs.
   Every piece of article or brief text reaches the page through textContent, never as HTML. */
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = "newsbrief-token";
  const MAX_FILE_BYTES = 6000000;
  const HTML_START = /^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div[\s>])/i;
  const PEOPLE = new Set(["PER", "PERSON"]);
  const ORGS = new Set(["ORG", "ORGANIZATION", "ORGANISATION"]);
  const PLACES = new Set(["LOC", "GPE", "LOCATION", "FAC"]);
  const state = { tab: "text", file: null, brief: null, searchTimer: 0 };

  class ApiError extends Error {
    constructor(message, status, code) { super(message); this.status = status; this.code = code; }
  }

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /* ---- talking to the service ---- */

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (method !== "GET" && token) headers.Authorization = "Bearer " + token;
    let answer;
    try {
      answer = await fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (problem) {
      throw new ApiError("The service could not be reached (" + problem.message + ").", 0, "");
    }
    if (answer.status === 204) return null;
    let data = null;
    try { data = await answer.json(); } catch (ignored) { data = null; }
    if (!answer.ok) {
      throw new ApiError((data && data.message) || "The service answered HTTP " + answer.status + ".", answer.status, data && data.code);
    }
    return data;
  }

  function showStatus(message, kind) {
    const status = $("status");
    status.textContent = message || "";
    status.className = "status" + (kind ? " " + kind : "");
  }

  /* ---- composing ---- */

  function selectTab(name) {
    state.tab = name;
    for (const tab of document.querySelectorAll(".tab")) tab.setAttribute("aria-selected", String(tab.dataset.tab === name));
    for (const pane of document.querySelectorAll(".pane")) pane.hidden = pane.dataset.pane !== name;
  }

  function readFile(file) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      showStatus(`“${file.name}” is ${file.size.toLocaleString()} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString()}.`, "error");
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      state.file = { name: file.name, content: String(reader.result) };
      $("file-name").textContent = `${file.name}, ${file.size.toLocaleString()} bytes, ready to brief.`;
      selectTab("file");
      showStatus("");
    };
    reader.onerror = () => showStatus(`“${file.name}” could not be read.`, "error");
    reader.readAsText(file);
  }

  /* The request body for what was given, or a message saying what is missing. */
  function readInput() {
    if (state.tab === "url") {
      const url = $("article-url").value.trim();
      if (!/^https?:\/\/\S+$/i.test(url)) return "Give a web address that starts with http:// or https://.";
      return { url: url };
    }
    let content, isHtml;
    if (state.tab === "file") {
      if (!state.file) return "Drop or choose an HTML or text file first.";
      content = state.file.content;
      isHtml = /\.html?$/i.test(state.file.name) || HTML_START.test(content);
    } else {
      content = $("article-text").value;
      isHtml = HTML_START.test(content);
    }
    if (!content.trim()) return "Paste a story first: there is no text to brief.";
    return isHtml ? { html: content } : { text: content };
  }

  async function submitBrief(event) {
    event.preventDefault();
    const input = readInput();
    if (typeof input === "string") { showStatus(input, "error"); return; }
    const title = $("article-title").value.trim();
    if (title) input.title = title;
    input.highlights = Number($("highlight-count").value);
    const token = $("token").value.trim();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    const button = $("brief-button");
    button.disabled = true;
    showStatus("Briefing…", "busy");
    try {
      const brief = await api("POST", "/api/briefs", input);
      $("brief-form").reset();
      state.file = null;
      $("file-name").textContent = "";
      showStatus("");
      state.brief = brief;
      location.hash = "#/b/" + encodeURIComponent(brief.id);
      refreshList();
    } catch (problem) {
      if (problem.status === 401 || problem.status === 403) $("token-row").hidden = false;
      showStatus(problem.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  /* ---- reading a brief ---- */

  function slice(brief, span) {
    return span ? brief.text.slice(span.start, span.end) : "";
  }

  /* The index of the sentence that holds character `offset`, or -1. */
  function sentenceAt(brief, offset) {
    let low = 0, high = brief.sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1, sentence = brief.sentences[middle];
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return middle;
    }
    return -1;
  }

  function sentencesOf(brief, spans) {
    const found = spans.map((span) => sentenceAt(brief, span.start)).filter((i) => i >= 0);
    return Array.from(new Set(found));
  }

  function mark(indices, className) {
    for (const index of indices) {
      const node = $("s" + index);
      if (node) node.classList.add(className);
    }
  }

  function unmark(className) {
    for (const node of document.querySelectorAll("." + className)) node.classList.remove(className);
  }

  /* Mark `indices` as chosen, mark `origin` too, and bring the first sentence into view. */
  function select(indices, origin) {
    unmark("selected");
    if (origin) origin.classList.add("selected");
    mark(indices, "selected");
    const first = indices.length ? $("s" + indices[0]) : null;
    if (first) {
      first.scrollIntoView({ block: "center", behavior: "smooth" });
      first.classList.remove("flash");
      void first.offsetWidth;  // restart the animation
      first.classList.add("flash");
    }
  }

  /* Make `node` point at sentences: marked while pointed at or focused, chosen when clicked. */
  function pointsAt(node, indices) {
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.addEventListener("mouseenter", () => mark(indices, "hover"));
    node.addEventListener("mouseleave", () => unmark("hover"));
    node.addEventListener("focus", () => mark(indices, "hover"));
    node.addEventListener("blur", () => unmark("hover"));
    node.addEventListener("click", () => select(indices, node));
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(indices, node); }
    });
  }

  function renderHighlights(brief, sources) {
    const list = $("highlights");
    list.textContent = "";
    brief.highlights.forEach((highlight, number) => {
      const item = make("li", "highlight", highlight.text.trim());
      item.dataset.sentences = highlight.sentences.join(" ");
      item.title = "From sentence " + highlight.sentences.map((i) => i + 1).join(", ");
      pointsAt(item, highlight.sentences);
      list.appendChild(item);
      for (const index of highlight.sentences) sources.set(index, (sources.get(index) || []).concat(number + 1));
    });
    $("highlights-title").parentElement.hidden = brief.highlights.length === 0;
  }

  function renderStory(brief, sources) {
    const story = $("story");
    story.textContent = "";
    const sections = brief.sections.length ? brief.sections : [{ heading: "", sentences: brief.sentences.map((_, i) => i) }];
    for (const section of sections) {
      if (section.heading) story.appendChild(make("h2", "section-heading", section.heading));
      let paragraph = null, number = null;
      for (const index of section.sentences) {
        const sentence = brief.sentences[index];
        if (!sentence) continue;
        if (paragraph === null || sentence.paragraph !== number) {
          paragraph = story.appendChild(make("p"));
          number = sentence.paragraph;
        } else {
          paragraph.appendChild(document.createTextNode(" "));
        }
        const span = make("span", "sentence", sentence.text);
        span.id = "s" + index;
        paragraph.appendChild(span);
        if (sources.has(index)) {
          span.classList.add("source");
          const ref = make("sup", "ref", sources.get(index).join(","));
          ref.title = "Highlight " + sources.get(index).join(", ");
          paragraph.appendChild(ref);
        }
      }
    }
  }

  function renderNames(brief, entities, listId) {
    const list = $(listId);
    list.textContent = "";
    const ordered = entities.slice().sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    for (const entity of ordered) {
      const item = make("li", "name", entity.name);
      if (entity.mentions.length > 1) item.appendChild(make("span", "times", "×" + entity.mentions.length));
      pointsAt(item, sentencesOf(brief, entity.mentions));
      list.appendChild(item);
    }
    list.parentElement.hidden = ordered.length === 0;
  }

  function speakerOf(brief, quote) {
    if (quote.speaker) return slice(brief, quote.speaker);
    if (quote.entity !== null && quote.entity !== undefined && brief.entities[quote.entity]) return brief.entities[quote.entity].name;
    return "unnamed speaker";
  }

  function renderQuotes(brief) {
    const list = $("quotes");
    list.textContent = "";
    for (const quote of brief.quotes) {
      const item = make("li", "quote" + (quote.direct ? " direct" : ""));
      const said = slice(brief, quote.content).trim();
      item.appendChild(make("q", null, said.replace(/^[“"‘']+|[”"’']+$/g, "")));
      const speaker = entityOfQuote(brief, quote);
      const cite = make("cite", null, "— " + speakerOf(brief, quote));
      if (speaker) cite.title = speaker;
      item.appendChild(cite);
      pointsAt(item, sentencesOf(brief, [quote.content]));
      list.appendChild(item);
    }
    list.parentElement.hidden = brief.quotes.length === 0;
  }

  function entityOfQuote(brief, quote) {
    const entity = quote.entity !== null && quote.entity !== undefined ? brief.entities[quote.entity] : null;
    return entity ? entity.name + " (" + entity.label + ")" : "";
  }

  function renderDates(brief) {
    const list = $("dates");
    list.textContent = "";
    for (const date of brief.dates) {
      const item = make("li", "date", slice(brief, date));
      item.appendChild(make("span", "iso", date.value));
      pointsAt(item, sentencesOf(brief, [date]));
      list.appendChild(item);
    }
    list.parentElement.hidden = brief.dates.length === 0;
  }

  /* Where a place is named: its entity's mentions, else the first time its name appears. */
  function placeSentences(brief, place) {
    const entity = place.entity !== null && place.entity !== undefined ? brief.entities[place.entity] : null;
    if (entity) return sentencesOf(brief, entity.mentions);
    const at = brief.text.indexOf(place.name);
    return at >= 0 ? sentencesOf(brief, [{ start: at, end: at + place.name.length }]) : [];
  }

  function renderPlaces(brief) {
    const list = $("places");
    list.textContent = "";
    const places = brief.places || [];
    const onMap = NewsbriefMap.located(places);
    for (const place of places) {
      const item = make("li", "place", place.name);
      const where = typeof place.lat === "number" && typeof place.lon === "number"
        ? `${place.lat.toFixed(1)}°, ${place.lon.toFixed(1)}°` : "not located";
      item.appendChild(make("span", "where", [place.country, where].filter(Boolean).join(" · ")));
      pointsAt(item, placeSentences(brief, place));
      list.appendChild(item);
    }
    const note = places.length === 0 ? "No places mentioned in this article."
      : onMap.length === 0 ? "None of the places named could be put on the map." : "";
    if (note) list.appendChild(make("li", "no-places", note));
    NewsbriefMap.draw($("map"), places, (place) => {
      const item = Array.from(list.children).find((node) => node.firstChild && node.firstChild.textContent === place.name);
      select(placeSentences(brief, place), item || null);
    });
  }

  function renderFacts(brief) {
    const entities = brief.entities || [];
    renderNames(brief, entities.filter((e) => PEOPLE.has(e.label.toUpperCase())), "people");
    renderNames(brief, entities.filter((e) => ORGS.has(e.label.toUpperCase())), "orgs");
    renderNames(brief, entities.filter((e) => {
      const label = e.label.toUpperCase();
      return !PEOPLE.has(label) && !ORGS.has(label) && !PLACES.has(label);
    }), "others");
    renderQuotes(brief);
    renderDates(brief);
    renderPlaces(brief);
  }

  function renderByline(brief) {
    const byline = $("brief-byline");
    byline.textContent = "";
    const meta = brief.meta || {};
    const words = brief.text.split(/\s+/).filter(Boolean).length;
    const parts = [meta.author, meta.published, meta.sitename, words.toLocaleString() + " words"].filter(Boolean);
    byline.appendChild(document.createTextNode(parts.join(" · ")));
    if (meta.url && /^https?:\/\//i.test(meta.url)) {
      byline.appendChild(document.createTextNode(" · "));
      const link = make("a", null, "source");
      link.href = meta.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      byline.appendChild(link);
    }
  }

  function showBrief(brief) {
    state.brief = brief;
    $("compose").hidden = true;
    $("brief").hidden = false;
    $("brief-title").textContent = brief.title || "Untitled story";
    document.title = (brief.title || "Brief") + " · newsbrief";
    renderByline(brief);
    const base = "/api/briefs/" + encodeURIComponent(brief.id);
    $("as-json").href = base;
    $("as-markdown").href = base + "?format=markdown";
    $("as-html").href = base + "?format=html";
    const sources = new Map();
    renderHighlights(brief, sources);
    renderStory(brief, sources);
    renderFacts(brief);
    markCurrent();
    window.scrollTo(0, 0);
  }

  function showCompose() {
    state.brief = null;
    $("brief").hidden = true;
    $("compose").hidden = false;
    document.title = "newsbrief";
    markCurrent();
  }

  async function openBrief(id) {
    if (state.brief && state.brief.id === id) { showBrief(state.brief); return; }
    try {
      showBrief(await api("GET", "/api/briefs/" + encodeURIComponent(id)));
    } catch (problem) {
      showCompose();
      showStatus(problem.message, "error");
    }
  }

  async function deleteBrief() {
    const brief = state.brief;
    if (!brief || !window.confirm("Delete this brief? It cannot be undone.")) return;
    try {
      await api("DELETE", "/api/briefs/" + encodeURIComponent(brief.id));
      location.hash = "#/";
      refreshList();
    } catch (problem) {
      if (problem.status === 401 || problem.status === 403) $("token-row").hidden = false;
      showCompose();
      showStatus(problem.message, "error");
    }
  }

  /* ---- the list of briefs and search ---- */

  function when(created) {
    const date = new Date(created);
    return isNaN(date) ? "" : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }

  /* `snippet` with its `matches` ([start, end) pairs) wrapped in <mark>. */
  function markedSnippet(snippet, matches) {
    const paragraph = make("p", "snippet");
    let at = 0;
    for (const [start, end] of matches) {
      paragraph.appendChild(document.createTextNode(snippet.slice(at, start)));
      paragraph.appendChild(make("mark", null, snippet.slice(start, end)));
      at = end;
    }
    paragraph.appendChild(document.createTextNode(snippet.slice(at)));
    return paragraph;
  }

  function renderList(items, title, empty) {
    $("list-title").textContent = title;
    const list = $("brief-list");
    list.textContent = "";
    for (const item of items) {
      const entry = make("li");
      const link = make("a", "brief-link");
      link.href = "#/b/" + encodeURIComponent(item.id);
      link.dataset.id = item.id;
      link.appendChild(make("strong", null, item.title || item.lead));
      if (item.snippet !== undefined) link.appendChild(markedSnippet(item.snippet, item.matches));
      else if (item.title) link.appendChild(make("span", "lead", item.lead));
      link.appendChild(make("time", null, when(item.created)));
      entry.appendChild(link);
      list.appendChild(entry);
    }
    $("list-empty").textContent = empty;
    $("list-empty").hidden = items.length > 0;
    markCurrent();
  }

  function markCurrent() {
    for (const link of document.querySelectorAll(".brief-link")) {
      if (state.brief && link.dataset.id === state.brief.id) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
  }

  async function refreshList() {
    const query = $("search").value.trim();
    try {
      if (query) {
        const found = await api("GET", "/api/search?q=" + encodeURIComponent(query) + "&limit=30");
        renderList(found.results, `Found for “${query}”`, "Nothing found. Try fewer or other words.");
      } else {
        const recent = await api("GET", "/api/briefs?limit=30");
        renderList(recent.briefs, "Recent briefs", "No briefs yet. Paste a story to make the first.");
      }
    } catch (problem) {
      renderList([], query ? "Search" : "Recent briefs", problem.message);
    }
  }

  /* ---- wiring ---- */

  function route() {
    const found = location.hash.match(/^#\/b\/([^/]+)$/);
    if (found) openBrief(decodeURIComponent(found[1]));
    else showCompose();
  }

  function start() {
    for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => selectTab(tab.dataset.tab));
    $("brief-form").addEventListener("submit", submitBrief);
    $("article-file").addEventListener("change", (event) => readFile(event.target.files[0]));
    const compose = $("compose");
    compose.addEventListener("dragover", (event) => { event.preventDefault(); compose.classList.add("dragging"); });
    compose.addEventListener("dragleave", () => compose.classList.remove("dragging"));
    compose.addEventListener("drop", (event) => {
      event.preventDefault();
      compose.classList.remove("dragging");
      readFile(event.dataTransfer.files[0]);
    });
    $("delete-brief").addEventListener("click", deleteBrief);
    $("search-form").addEventListener("submit", (event) => { event.preventDefault(); refreshList(); });
    $("search").addEventListener("input", () => {
      clearTimeout(state.searchTimer);
      state.searchTimer = setTimeout(refreshList, 250);
    });
    window.addEventListener("hashchange", route);
    api("GET", "/api/health").then((health) => {
      if (health.writes_need_token && !sessionStorage.getItem(TOKEN_KEY)) $("token-row").hidden = false;
    }).catch((problem) => showStatus(problem.message, "error"));
    refreshList();
    route();
  }

  start();
})();

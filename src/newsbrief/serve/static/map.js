/* The places of a brief on a world outline drawn as inline SVG: no tiles, no network beyond this service.
   The outline (world.json) is Natural Earth's, projected equirectangularly: x = lon + 180, y = 90 - lat. */
"use strict";

window.NewsbriefMap = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const WORLD_VIEW = { x: 0, y: 6, w: 360, h: 150 };  // 84°N to 66°S: the inhabited world
  let outline = null;

  function loadOutline() {
    if (!outline) {
      outline = fetch("/static/world.json").then((answer) => {
        if (!answer.ok) throw new Error("world outline: HTTP " + answer.status);
        return answer.json();
      });
    }
    return outline;
  }

  function element(name, attributes) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, String(value));
    return node;
  }

  function located(places) {
    return places.filter((p) => typeof p.lat === "number" && typeof p.lon === "number" &&
      Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180);
  }

  /* The part of the world to show: the markers with a margin, at least 40° wide, twice as wide as high. */
  function viewOf(points) {
    if (!points.length) return WORLD_VIEW;
    const xs = points.map((p) => p.lon + 180), ys = points.map((p) => 90 - p.lat);
    let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const pad = Math.max(8, 0.25 * Math.max(x1 - x0, 2 * (y1 - y0)));
    x0 -= pad; x1 += pad; y0 -= pad / 2; y1 += pad / 2;
    let w = Math.max(40, x1 - x0, 2 * (y1 - y0));
    w = Math.min(w, 360);
    const h = w / 2, cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const x = Math.min(Math.max(cx - w / 2, 0), 360 - w);
    const y = Math.min(Math.max(cy - h / 2, 0), 180 - h);
    return { x: x, y: y, w: w, h: h };
  }

  /* Where a marker's label goes: right of it, else left, above or below, whichever overlaps no label yet. */
  function placeLabel(taken, x, y, name, unit) {
    const w = name.length * 6.8 * unit, h = 12 * unit, gap = 7 * unit;
    const tries = [  // `at` and `anchor` say where the text itself starts, ends or is centred
      { x: x + gap, y: y - h / 2, at: x + gap, anchor: "start" },
      { x: x - gap - w, y: y - h / 2, at: x - gap, anchor: "end" },
      { x: x - w / 2, y: y - gap - h, at: x, anchor: "middle" },
      { x: x - w / 2, y: y + gap, at: x, anchor: "middle" },
    ];
    const free = (box) => taken.every((t) => box.x + w <= t.x || t.x + t.w <= box.x || box.y + h <= t.y || t.y + t.h <= box.y);
    const chosen = Object.assign(tries.find(free) || tries[0], { w: w, h: h });
    taken.push(chosen);
    return chosen;
  }

  function sameCountry(country, place) {
    const wanted = (place.country || "").toLowerCase();
    return wanted && (country.iso.toLowerCase() === wanted || country.name.toLowerCase() === wanted);
  }

  /* Draw `places` into `container`; `onPick(place)` runs when a marker is clicked. Resolves to the SVG. */
  function draw(container, places, onPick) {
    container.textContent = "";
    const points = located(places);
    const view = viewOf(points);
    const svg = element("svg", {
      viewBox: `${view.x} ${view.y} ${view.w} ${view.h}`,
      role: "img",
      class: points.length ? "world" : "world empty",
      "aria-label": points.length ? `Map of ${points.length} place(s) in the article` : "World map: no places",
    });
    svg.appendChild(element("rect", { class: "sea", x: 0, y: 0, width: 360, height: 180 }));
    container.appendChild(svg);
    return loadOutline().then((world) => {
      const land = element("g", { class: "land" });
      for (const country of world.countries) {
        const path = element("path", { d: country.d, "data-iso": country.iso });
        if (places.some((p) => sameCountry(country, p))) path.classList.add("named");
        const title = element("title");
        title.textContent = country.name;
        path.appendChild(title);
        land.appendChild(path);
      }
      svg.insertBefore(land, svg.firstChild.nextSibling);
      const unit = view.w / (container.clientWidth || 320);  // map units per screen pixel
      const markers = element("g", { class: "markers" });
      const dot = 5 * unit;  // labels keep clear of every marker, then of each other
      const labels = points.map((p) => ({ x: p.lon + 180 - dot, y: 90 - p.lat - dot, w: 2 * dot, h: 2 * dot }));
      for (const place of points.slice().sort((a, b) => b.lat - a.lat)) {
        const x = place.lon + 180, y = 90 - place.lat;
        const marker = element("g", { class: "marker", tabindex: 0, "data-name": place.name });
        marker.appendChild(element("circle", { cx: x, cy: y, r: 4.5 * unit }));
        const box = placeLabel(labels, x, y, place.name, unit);
        const label = element("text", { x: box.at, y: box.y + box.h * 0.8, "font-size": 12 * unit, "text-anchor": box.anchor });
        label.textContent = place.name;
        marker.appendChild(label);
        const title = element("title");
        title.textContent = `${place.name} (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`;
        marker.appendChild(title);
        if (onPick) {
          marker.addEventListener("click", () => onPick(place));
          marker.addEventListener("keydown", (event) => { if (event.key === "Enter") onPick(place); });
        }
        markers.appendChild(marker);
      }
      svg.appendChild(markers);
      return svg;
    }).catch((problem) => {
      const note = document.createElement("p");
      note.className = "muted";
      note.textContent = "The map could not be drawn (" + problem.message + ").";
      container.appendChild(note);
    });
  }

  return { draw: draw, located: located };
})();

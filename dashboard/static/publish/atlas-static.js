/* Bases Atlas, static edition: the day slider, change steps, Play, site details and the view in the
 * address's fragment (#date=YYYY-MM-DD&site=ID), driven entirely in the browser.
 *
 * window.BASES_ATLAS_DATA_GZ (atlas-data.js) holds every interval's marker codes, delta-encoded as the
 * dashboard's prediction sends them, and every site's story as HTML already escaped by the Python
 * that wrote it. This script never turns data text into markup: names and labels go in as text.
 */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var notice = $("sa-notice");
  var say = function (text) {
    notice.textContent = text;
    notice.hidden = !text;
  };
  // atlas-data.js: the JSON document, gzip-compressed and base64-encoded (dashboard/static_atlas.py).
  var inflate = function (packed) {
    var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  };
  if (!window.BASES_ATLAS_DATA_GZ || !window.atlas) {
    say("The atlas could not start: its data file (atlas-data.js) or the map did not load.");
    return;
  }
  if (!window.DecompressionStream) {
    say("This browser is too old to open the atlas's data (it lacks DecompressionStream); try a current browser.");
    return;
  }
  inflate(window.BASES_ATLAS_DATA_GZ).then(start, function (error) {
    say("The atlas's data could not be read: " + error);
  });

  function start(data) {

    var DAY_MS = 86400000;
    var PLAY_STEP_MS = 900;
    // The state code's bits, as geodata/site_table.py defines them (sent with the data).
    var ACTIVE = data.bits.ACTIVE, VISIBLE = data.bits.VISIBLE, UNCERTAIN = data.bits.UNCERTAIN;
    var CONTESTED = data.bits.CONTESTED, LOW = data.bits.LOW_CONFIDENCE, REPORTED = data.bits.REPORTED;
    var holderShift = data.holderShift;

    // The map's own script decodes the intervals and finds a day's codes and change steps
    // (window.atlas in dashboard/sites_layer.py): this page only chooses the day and the site.
    window.atlas.predict(data, data.defaultDay, -1);
    var siteIndex = {};
    data.sites.forEach(function (site, i) { siteIndex[site.id] = i; });

    var iso = function (day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); };
    var parseIso = function (text) {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
      if (!m) { return null; }
      var day = Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS);
      return iso(day) === text ? day : null;  // 2016-02-30 is not a day
    };

    var view = {day: data.defaultDay, site: -1, rings: false};
    var timer = null;
    var slider = $("sa-slider"), dateInput = $("sa-date"), siteSelect = $("sa-site");
    slider.min = data.first; slider.max = data.last;
    dateInput.min = iso(data.first); dateInput.max = iso(data.last);
    $("sa-version").textContent = data.version;
    $("sa-published").textContent = data.published;

    data.sites.map(function (site, i) { return [site.name, i]; })
      .sort(function (a, b) { return a[0].localeCompare(b[0]); })
      .forEach(function (pair) {
        var option = document.createElement("option");
        option.value = data.sites[pair[1]].id;
        option.textContent = pair[0];
        siteSelect.appendChild(option);
      });

    var summaryText = function (dayCodes) {
      var shown = 0, active = 0, byHolder = {};
      dayCodes.forEach(function (code) {
        if (!(code & VISIBLE)) { return; }
        shown += 1;
        if (code & ACTIVE) {
          active += 1;
          var label = data.holders[code >> holderShift];
          byHolder[label] = (byHolder[label] || 0) + 1;
        }
      });
      var parts = Object.keys(byHolder).sort(function (a, b) { return byHolder[b] - byHolder[a] || a.localeCompare(b); })
        .map(function (label) { return byHolder[label] + " on ground held by " + label; });
      return active + " of " + shown + " sites with Soviet/Russian presence" + (parts.length ? ": " + parts.join(", ") : "");
    };

    var statusNode = function (code) {
      var box = document.createElement("div");
      box.className = "ba-status";
      box.setAttribute("data-testid", "sa-status");
      var lead = document.createElement("b");
      lead.textContent = "On " + iso(view.day) + ": ";
      box.appendChild(lead);
      var line = (code & ACTIVE) ? "Soviet/Russian presence recorded" : "no Soviet/Russian presence recorded";
      var flags = [];
      if (code & UNCERTAIN) { flags.push("this day lies within an imprecise date"); }
      if (code & REPORTED) { flags.push("reported, unconfirmed"); } else if (code & LOW) { flags.push("low confidence"); }
      if (code & CONTESTED) { flags.push("contested holder"); }
      box.appendChild(document.createTextNode(
        line + "; ground held by " + data.holders[code >> holderShift] + (flags.length ? " (" + flags.join("; ") + ")" : "") + "."));
      return box;
    };

    var shownSite = null;
    var renderDetails = function (dayCodes) {
      var details = $("sa-details");
      if (view.site < 0) {
        shownSite = null;
        return;
      }
      var site = data.sites[view.site];
      if (shownSite !== view.site) {
        // Escaped by the publisher (dashboard/details_panel.py), as in the dashboard's details panel.
        details.innerHTML = site.heading + "<div data-sa-status></div>" + site.story;
        details.scrollTop = 0;
        shownSite = view.site;
      }
      var holder = details.querySelector("[data-sa-status]");
      holder.replaceChildren(statusNode(dayCodes[view.site]));
      var marker = details.querySelector(".ba-strip-day");
      if (marker) {
        var fraction = (view.day - data.first) / Math.max(data.last - data.first, 1);
        marker.style.left = "calc(5.5em + (100% - 5.5em) * " + fraction.toFixed(5) + ")";
        marker.title = iso(view.day);
      }
    };

    var writeHash = function () {
      var hash = "#date=" + iso(view.day) + (view.site >= 0 ? "&site=" + encodeURIComponent(data.sites[view.site].id) : "");
      if (window.location.hash !== hash) { history.replaceState(null, "", hash); }
    };

    var render = function () {
      var dayCodes = window.atlas.predictedCodes(view.day);
      window.atlas.apply(dayCodes, view.site, view.rings ? window.atlas.predictedRings(view.day) : []);
      slider.value = view.day;
      slider.setAttribute("aria-valuetext", iso(view.day));
      dateInput.value = iso(view.day);
      $("sa-day").textContent = iso(view.day);
      $("sa-summary").textContent = summaryText(dayCodes);
      $("sa-prev").disabled = window.atlas.changeTarget(view.day, -1) === null;
      $("sa-next").disabled = window.atlas.changeTarget(view.day, 1) === null;
      siteSelect.value = view.site >= 0 ? data.sites[view.site].id : "";
      renderDetails(dayCodes);
      writeHash();
    };

    var setDay = function (day) {
      view.day = Math.min(Math.max(day, data.first), data.last);
      render();
    };
    var step = function (direction) {
      var target = window.atlas.changeTarget(view.day, direction);
      if (target !== null) { setDay(target); }
      return target !== null;
    };
    var stop = function () {
      if (timer !== null) { clearInterval(timer); timer = null; }
      $("sa-play").textContent = "\u25B6 Play";
    };
    var select = function (index) {
      view.site = index;
      render();
    };

    // The view in the fragment: read on load and whenever the address's fragment changes.
    var readHash = function () {
      var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
      var problems = [];
      var day = data.defaultDay, site = -1;
      if (params.has("date")) {
        var parsed = parseIso(params.get("date"));
        if (parsed === null) {
          problems.push("the date \u201C" + params.get("date") + "\u201D is not a day (YYYY-MM-DD)");
        } else if (parsed < data.first || parsed > data.last) {
          problems.push("the date " + params.get("date") + " is outside " + iso(data.first) + " \u2013 " + iso(data.last));
        } else {
          day = parsed;
        }
      }
      if (params.has("site") && params.get("site") !== "") {
        if (Object.prototype.hasOwnProperty.call(siteIndex, params.get("site"))) {
          site = siteIndex[params.get("site")];
        } else {
          problems.push("no site has the id \u201C" + params.get("site") + "\u201D");
        }
      }
      say(problems.length ? "This link could not be followed in full: " + problems.join("; ") +
        ". Showing " + iso(day) + (site >= 0 ? "" : " with no site chosen") + " instead." : "");
      stop();
      view.day = day;
      view.site = site;
      render();
    };

    slider.addEventListener("input", function () { stop(); setDay(+slider.value); });
    dateInput.addEventListener("change", function () {
      var day = parseIso(dateInput.value);
      if (day !== null) { stop(); setDay(day); }
    });
    $("sa-prev").addEventListener("click", function () { stop(); step(-1); });
    $("sa-next").addEventListener("click", function () { stop(); step(1); });
    $("sa-play").addEventListener("click", function () {
      if (timer !== null) { stop(); return; }
      if (window.atlas.changeTarget(view.day, 1) === null) { setDay(data.first); }  // at the end: play from the start
      $("sa-play").textContent = "\u23F8 Pause";
      timer = setInterval(function () { if (!step(1)) { stop(); } }, PLAY_STEP_MS);
    });
    siteSelect.addEventListener("change", function () {
      select(siteSelect.value ? siteIndex[siteSelect.value] : -1);
    });
    $("sa-rings").addEventListener("change", function (event) { view.rings = event.target.checked; render(); });
    window.atlas.markers.forEach(function (marker, i) {
      marker.on("click", function () { select(i); });
    });
    window.addEventListener("hashchange", readHash);
    readHash();
    document.body.setAttribute("data-atlas-ready", "1");
  }
})();

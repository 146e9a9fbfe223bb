// The map of a results page, on request: Leaflet (served from this site's WebJar) over the US
// state outlines of the Census Bureau (us-atlas, served from this site), with one numbered marker
// per result of the page. No tile server, no request to another host; county lines are fetched
// only when the map is zoomed in far enough to show them.
(function () {
    "use strict";
    var panel = document.getElementById("map-panel");
    if (!panel) {
        return;
    }
    var base = panel.getAttribute("data-base");
    var toggle = document.getElementById("map-toggle");
    var container = document.getElementById("map");
    var showLabel = toggle.textContent;
    var map = null;
    panel.hidden = false;

    function load(src, done) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = done;
        document.body.appendChild(script);
    }

    function stylesheet(href) {
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = href;
        document.head.appendChild(link);
    }

    function results() {
        var items = document.querySelectorAll(".result[data-lat]");
        var found = [];
        for (var i = 0; i < items.length; i++) {
            var link = items[i].querySelector(".facility-link");
            found.push({
                lat: parseFloat(items[i].getAttribute("data-lat")),
                lon: parseFloat(items[i].getAttribute("data-lon")),
                name: link ? link.textContent : "",
                href: link ? link.getAttribute("href") : null,
                number: i + 1
            });
        }
        return found;
    }

    function outlines(url, weight, done) {
        fetch(url, {credentials: "same-origin"})
            .then(function (response) { return response.json(); })
            .then(function (atlas) {
                var key = atlas.objects.counties ? "counties" : "states";
                done(L.geoJSON(topojson.feature(atlas, atlas.objects[key]), {
                    interactive: false,
                    style: {color: "#5a6b7b", weight: weight, fill: key === "states", fillColor: "#eef3f7", fillOpacity: 1}
                }));
            });
    }

    function draw() {
        map = L.map(container, {attributionControl: false, zoomSnap: 0.5});
        L.control.attribution({prefix: false}).addAttribution(panel.getAttribute("data-attribution")).addTo(map);
        var points = results();
        var bounds = L.latLngBounds([]);
        points.forEach(function (p) {
            var marker = L.marker([p.lat, p.lon], {
                title: p.number + ". " + p.name,
                alt: p.number + ". " + p.name,
                keyboard: true,
                icon: L.divIcon({className: "map-marker", html: String(p.number), iconSize: [26, 26]})
            }).addTo(map);
            if (p.href) {
                marker.on("click", function () { window.location.href = p.href; });
                marker.on("keypress", function (e) {
                    if (e.originalEvent.key === "Enter") { window.location.href = p.href; }
                });
            }
            bounds.extend([p.lat, p.lon]);
        });
        map.fitBounds(bounds.pad(0.3), {maxZoom: 11});
        outlines(base + "/map/us-atlas/states-10m.json", 1, function (layer) {
            layer.addTo(map).bringToBack();
        });
        var counties = null;
        map.on("zoomend", function () {
            if (map.getZoom() >= 7 && counties === null) {
                counties = false;
                outlines(base + "/map/us-atlas/counties-10m.json", 0.5, function (layer) {
                    counties = layer.addTo(map);
                });
            }
        });
    }

    toggle.addEventListener("click", function () {
        var opening = container.hidden;
        container.hidden = !opening;
        toggle.setAttribute("aria-expanded", String(opening));
        toggle.textContent = opening ? toggle.getAttribute("data-hide") : showLabel;
        if (opening && map === null) {
            stylesheet(base + "/webjars/leaflet/1.9.4/dist/leaflet.css");
            load(base + "/webjars/leaflet/1.9.4/dist/leaflet.js", function () {
                load(base + "/map/topojson-client/dist/topojson-client.min.js", draw);
            });
        } else if (opening) {
            map.invalidateSize();
        }
    });
})();

// The search page works without this script; it only helps: it brings the results (or what is
// wrong) into view and gives them focus after a search, folds the filters away on a phone, leaves
// empty fields out of the URL, and asks for the device's position only when the person presses
// "Use my location". The position goes into the URL rounded to about 1 km and nowhere else.
(function () {
    "use strict";
    var form = document.getElementById("search");
    if (!form) {
        return;
    }
    var filters = document.getElementById("filters");
    if (filters && window.matchMedia("(max-width: 47.99rem)").matches) {
        filters.open = false;
    }

    var target = document.getElementById("problems") || document.getElementById("results-summary");
    if (target) {
        target.focus({preventScroll: true});
        target.scrollIntoView({block: "start"});
    }

    // Empty fields say nothing: leave them out of the URL (disabled fields are not submitted).
    form.addEventListener("submit", function () {
        var fields = form.querySelectorAll("input[type=text]");
        for (var i = 0; i < fields.length; i++) {
            if (!fields[i].value.trim()) {
                fields[i].disabled = true;
            }
        }
    });
    window.addEventListener("pageshow", function () {
        var fields = form.querySelectorAll("input[disabled]");
        for (var i = 0; i < fields.length; i++) {
            fields[i].disabled = false;
        }
    });

    // Place names as they are typed, from this site's gazetteer (GET /api/v1/places?q=...), in a
    // datalist: the browser shows them under the field, for the keyboard and screen readers alike.
    var near = document.getElementById("near");
    if (near && window.fetch) {
        var list = document.createElement("datalist");
        list.id = "place-names";
        form.appendChild(list);
        near.setAttribute("list", list.id);
        near.setAttribute("autocomplete", "off");
        var pending = null;
        near.addEventListener("input", function () {
            window.clearTimeout(pending);
            var typed = near.value.trim();
            if (typed.length < 2 || /^[0-9]/.test(typed)) {
                list.textContent = "";
                return;
            }
            pending = window.setTimeout(function () {
                fetch(near.getAttribute("data-suggest") + "?q=" + encodeURIComponent(typed),
                        {credentials: "same-origin", headers: {Accept: "application/json"}})
                    .then(function (response) { return response.ok ? response.json() : {places: []}; })
                    .then(function (answer) {
                        list.textContent = "";
                        answer.places.forEach(function (name) {
                            var option = document.createElement("option");
                            option.value = name;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { list.textContent = ""; });
            }, 200);
        });
    }

    var locate = document.getElementById("use-location");
    var status = document.getElementById("location-status");
    if (!locate || !navigator.geolocation) {
        return;
    }
    locate.hidden = false;
    locate.addEventListener("click", function () {
        navigator.geolocation.getCurrentPosition(
            function (position) {
                // Two decimals: about 1 km, enough to find what is near, not where someone lives.
                var lat = position.coords.latitude.toFixed(2);
                var lon = position.coords.longitude.toFixed(2);
                var near = document.getElementById("near");
                near.value = "";
                near.disabled = true;
                var extra = [["lat", lat], ["lon", lon]];
                for (var i = 0; i < extra.length; i++) {
                    var input = document.createElement("input");
                    input.type = "hidden";
                    input.name = extra[i][0];
                    input.value = extra[i][1];
                    form.appendChild(input);
                }
                var radius = document.getElementById("radius");
                if (radius.value === "state") {
                    radius.value = "25";
                }
                // form.submit is the button named "submit"; the form's own method is this one
                HTMLFormElement.prototype.submit.call(form);
            },
            function () {
                status.textContent = locate.getAttribute("data-failed");
            },
            {maximumAge: 600000, timeout: 15000}
        );
    });
})();

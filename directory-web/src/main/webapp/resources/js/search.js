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
                form.submit();
            },
            function () {
                status.textContent = locate.getAttribute("data-failed");
            },
            {maximumAge: 600000, timeout: 15000}
        );
    });
})();

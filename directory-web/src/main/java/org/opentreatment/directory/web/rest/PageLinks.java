package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The links of one page of results: {@code self} (this page), {@code first}, {@code prev} and
 * {@code next} where there is such a page, and {@code last} (the last page with results that the
 * result window lets one ask for; the first page when there are none). The same links go out in the
 * {@code Link} header (RFC 8288), so a client can page without reading the body.
 */
@JsonbPropertyOrder({"self", "first", "prev", "next", "last"})
@Schema(
        name = "PageLinks",
        description =
                "Links to pages of the same search: relative to the site unless the deployment sets"
                        + " its public address. prev and next are left out where there is no such"
                        + " page.")
public record PageLinks(
        @Schema(example = "/api/v1/facilities?near=43215&page=1") String self,
        @Schema(example = "/api/v1/facilities?near=43215") String first,
        @Schema(example = "/api/v1/facilities?near=43215") String prev,
        @Schema(example = "/api/v1/facilities?near=43215&page=2") String next,
        @Schema(example = "/api/v1/facilities?near=43215&page=7") String last) {

    /** The {@code Link} header's value: {@code </api/v1/...>; rel="next", ...}. */
    String header() {
        List<String> links = new ArrayList<>();
        add(links, self, "self");
        add(links, first, "first");
        add(links, prev, "prev");
        add(links, next, "next");
        add(links, last, "last");
        return String.join(", ", links);
    }

    private static void add(List<String> links, String url, String rel) {
        if (url != null) {
            links.add("<" + url + ">; rel=\"" + rel + "\"");
        }
    }
}

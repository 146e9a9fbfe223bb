/**
 * The public JSON API under {@code /api/v1}: facility search and a facility's whole listing. Every
 * parameter is read as text and checked by the search package, so each bad one is named in a 400
 * answer; every error, 404 included, has the same JSON shape. The description of the OpenAPI
 * document ({@code /openapi}) is here, where the runtime looks for it; {@link ApiDocument} adds the
 * rest.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Treatment facility directory API",
                        version = "1",
                        description =
                                "Search the directory of treatment facilities for opioid use"
                                        + " disorder and read their listings. Read-only and"
                                        + " public: no key, any origin (CORS, no credentials),"
                                        + " a rate limit per client address (429 with"
                                        + " Retry-After), entity tags (ETag, If-None-Match,"
                                        + " 304), Cache-Control: no-store. Errors are"
                                        + " {\"errors\": [{\"parameter\", \"message\","
                                        + " \"suggestions\"}]}. See docs/api.md.",
                        license =
                                @License(
                                        name = "Place data: GeoNames, CC BY 4.0 (see NOTICE)",
                                        url = "https://creativecommons.org/licenses/by/4.0/")),
        servers = @Server(url = "/", description = "This site"),
        tags = {
            @Tag(name = ApiDocument.FACILITIES_TAG, description = "Search and listings"),
            @Tag(name = ApiDocument.PLACES_TAG, description = "Place names for a search form")
        })
package org.opentreatment.directory.web.rest;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

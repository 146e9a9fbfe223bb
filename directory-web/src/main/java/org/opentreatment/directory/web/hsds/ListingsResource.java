package org.opentreatment.directory.web.hsds;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityCatalog;
import org.opentreatment.directory.web.hsds.HsdsJson.Organization;
import org.opentreatment.directory.web.hsds.HsdsJson.Page;
import org.opentreatment.directory.web.hsds.HsdsJson.Root;
import org.opentreatment.directory.web.hsds.HsdsJson.Service;
import org.opentreatment.directory.web.hsds.HsdsJson.ServiceAtLocation;

/**
 * The listings as HSDS services, organizations and services at locations, and the whole directory
 * in one download. Lists hold active listings only, in a stable order (the listings' ids); a record
 * asked for by id is answered whatever its status, which {@code status} then says.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ListingsResource {

    /** Where the official OpenAPI of HSDS 3.0, which this API follows, is published. */
    static final String OPENAPI_URL =
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    /** Listings read per query while downloading. */
    static final int BULK_CHUNK = 500;

    static final String BULK_FILE = "hsds-services.json";

    @EJB FacilityCatalog catalog;

    @GET
    public Root root() {
        return new Root("3.0", OPENAPI_URL);
    }

    @GET
    @Path("services")
    public Page<Service> services(
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return list(page, perPage, HsdsListings::summary);
    }

    @GET
    @Path("services/{id}")
    public Service service(@PathParam("id") String id) {
        return HsdsListings.full(listing(id, null, "service"));
    }

    @GET
    @Path("organizations")
    public Page<Organization> organizations(
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return list(page, perPage, f -> HsdsListings.organization(f, false));
    }

    @GET
    @Path("organizations/{id}")
    public Organization organization(@PathParam("id") String id) {
        return HsdsListings.organizationWithService(listing(id, "organization", "organization"));
    }

    @GET
    @Path("service_at_locations")
    public Page<ServiceAtLocation> servicesAtLocations(
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return list(page, perPage, HsdsListings::serviceAtLocationSummary);
    }

    @GET
    @Path("service_at_locations/{id}")
    public ServiceAtLocation serviceAtLocation(@PathParam("id") String id) {
        return HsdsListings.serviceAtLocationFull(
                listing(id, "service_at_location", "service at location"));
    }

    /**
     * Every active listing as a whole service, in one JSON document in the page envelope of {@code
     * /services} (one page holding everything), written as it is read: a chunk of {@value
     * #BULK_CHUNK} listings at a time, each chunk its own query, so memory stays flat however large
     * the directory. The counts come after the contents, so they say what was written.
     */
    @GET
    @Path("bulk")
    public Response bulk() {
        StreamingOutput body =
                out -> {
                    Writer writer =
                            new BufferedWriter(
                                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    writer.write("{\"contents\":[");
                    long written = 0;
                    long after = 0;
                    List<Facility> chunk;
                    do {
                        chunk = catalog.activeAfter(after, BULK_CHUNK);
                        for (Facility f : chunk) {
                            writer.write(written++ == 0 ? "\n" : ",\n");
                            writer.write(HsdsJsonb.JSONB.toJson(HsdsListings.full(f)));
                            after = f.getId();
                        }
                    } while (chunk.size() == BULK_CHUNK);
                    writer.write(
                            "\n],\"total_items\":%d,\"total_pages\":1,\"page_number\":1,\"size\":%d,\"first_page\":true,\"last_page\":true,\"empty\":%b}\n"
                                    .formatted(written, written, written == 0));
                    writer.flush();
                };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + BULK_FILE + "\"")
                .build();
    }

    private <T> Page<T> list(String page, String perPage, Function<Facility, T> map) {
        return Paging.of(page, perPage)
                .page(
                        catalog::countActive,
                        (offset, limit) ->
                                catalog.active(offset, limit).stream().map(map).toList());
    }

    /**
     * The listing whose record of this kind has this id ({@code kind} null: the service, whose id
     * is the listing's uuid); a 404 when the id is not a uuid or names nothing.
     */
    private Facility listing(String id, String kind, String what) {
        UUID asked = HsdsIds.parse(id).orElseThrow(() -> HsdsProblem.notFound(what));
        UUID uuid = kind == null ? asked : HsdsIds.listingOf(asked, kind);
        return catalog.findByUuid(uuid).orElseThrow(() -> HsdsProblem.notFound(what));
    }
}

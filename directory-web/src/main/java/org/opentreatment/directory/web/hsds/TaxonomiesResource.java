package org.opentreatment.directory.web.hsds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opentreatment.directory.web.hsds.HsdsJson.Page;
import org.opentreatment.directory.web.hsds.HsdsJson.Taxonomy;

/** The one taxonomy this API publishes ({@link HsdsTaxonomy}). */
@Path("/taxonomies")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomiesResource {

    @GET
    public Page<Taxonomy> taxonomies(
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        List<Taxonomy> all = List.of(HsdsTaxonomy.taxonomy());
        return Paging.of(page, perPage)
                .page(
                        () -> all.size(),
                        (offset, limit) -> TaxonomyTermsResource.slice(all, offset, limit));
    }

    @GET
    @Path("{id}")
    public Taxonomy taxonomy(@PathParam("id") String id) {
        return HsdsIds.parse(id)
                .filter(HsdsTaxonomy.ID::equals)
                .map(found -> HsdsTaxonomy.taxonomy())
                .orElseThrow(() -> HsdsProblem.notFound("taxonomy"));
    }
}

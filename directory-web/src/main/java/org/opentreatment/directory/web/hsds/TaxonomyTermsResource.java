package org.opentreatment.directory.web.hsds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.opentreatment.directory.web.hsds.HsdsJson.Page;
import org.opentreatment.directory.web.hsds.HsdsJson.TaxonomyTerm;
import org.opentreatment.directory.web.hsds.HsdsTaxonomy.Term;

/**
 * The terms of the taxonomy, each vocabulary followed by its values. {@code taxonomy_id}, {@code
 * parent_id} (the values of one vocabulary) and {@code top_only=true} (the vocabularies alone)
 * narrow the list, as the HSDS OpenAPI describes them.
 */
@Path("/taxonomy_terms")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyTermsResource {

    @GET
    public Page<TaxonomyTerm> terms(
            @QueryParam("page") String page,
            @QueryParam("per_page") String perPage,
            @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("parent_id") String parentId,
            @QueryParam("top_only") String topOnly) {
        Paging paging = Paging.of(page, perPage);
        Predicate<Term> wanted = t -> true;
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            UUID taxonomy = uuid("taxonomy_id", taxonomyId);
            wanted = wanted.and(t -> taxonomy.equals(HsdsTaxonomy.ID));
        }
        if (parentId != null && !parentId.isBlank()) {
            UUID parent = uuid("parent_id", parentId);
            wanted = wanted.and(t -> parent.equals(t.parentId()));
        }
        if (topOnly != null && !topOnly.isBlank()) {
            if (!topOnly.strip().matches("(?i)true|false")) {
                throw HsdsProblem.badRequest("top_only", "Give top_only as true or false.");
            }
            if (Boolean.parseBoolean(topOnly.strip())) {
                wanted = wanted.and(Term::isGroup);
            }
        }
        List<TaxonomyTerm> terms =
                HsdsTaxonomy.terms().stream().filter(wanted).map(HsdsTaxonomy::json).toList();
        return paging.page(() -> terms.size(), (offset, limit) -> slice(terms, offset, limit));
    }

    @GET
    @Path("{id}")
    public TaxonomyTerm term(@PathParam("id") String id) {
        return HsdsIds.parse(id)
                .flatMap(HsdsTaxonomy::term)
                .map(HsdsTaxonomy::json)
                .orElseThrow(() -> HsdsProblem.notFound("taxonomy term"));
    }

    private static UUID uuid(String parameter, String text) {
        return HsdsIds.parse(text.strip())
                .orElseThrow(
                        () ->
                                HsdsProblem.badRequest(
                                        parameter, "Give " + parameter + " as a UUID."));
    }

    static <T> List<T> slice(List<T> all, int offset, int limit) {
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}

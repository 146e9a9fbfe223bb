package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.opentreatment.directory.report.ListingReport;
import org.opentreatment.directory.web.links.FacilityLinks;

/**
 * A listing report as the operators' API shows it; {@code resolvedAt} is when it was closed
 * (resolved or dismissed), {@code assigneeId} the site admin's account it is assigned to.
 */
@JsonbPropertyOrder({
    "id",
    "facilityId",
    "facilityUrl",
    "problem",
    "details",
    "status",
    "reportedAt",
    "resolvedAt",
    "assigneeId",
    "note"
})
public record ListingReportJson(
        long id,
        long facilityId,
        String facilityUrl,
        String problem,
        String details,
        String status,
        Instant reportedAt,
        Instant resolvedAt,
        Long assigneeId,
        String note) {

    static ListingReportJson of(ListingReport r) {
        return new ListingReportJson(
                r.getId(),
                r.getFacilityId(),
                FacilityLinks.path(r.getFacilityId(), null),
                r.getProblem().code(),
                r.getDetails(),
                r.getStatus().code(),
                r.getCreatedAt(),
                r.getResolvedAt(),
                r.getAssigneeId(),
                r.getNote());
    }
}

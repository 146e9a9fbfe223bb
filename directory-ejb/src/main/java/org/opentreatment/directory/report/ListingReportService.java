package org.opentreatment.directory.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.opentreatment.directory.facility.Facility;
import org.opentreatment.directory.facility.FacilityNotFoundException;

/**
 * The boundary for listing reports: visitors send them, operators list and resolve them (the
 * operators' API). It checks no role: the API's resource does, and the site admins' pages go
 * through {@code management.ReportQueue}, which checks who calls.
 */
@Stateless
public class ListingReportService {

    /** The most reports one listing of them returns, newest first. */
    public static final int MAX_LISTED = 500;

    @PersistenceContext EntityManager em;

    /**
     * Keeps a visitor's report about a listing.
     *
     * @throws FacilityNotFoundException if there is no such listing
     */
    public ListingReport report(
            long facilityId,
            @NotNull ReportProblem problem,
            @Size(max = ListingReport.MAX_DETAILS_LENGTH) String details) {
        if (em.find(Facility.class, facilityId) == null) {
            throw new FacilityNotFoundException(facilityId);
        }
        ListingReport report = new ListingReport(facilityId, problem, details);
        em.persist(report);
        return report;
    }

    /** The reports of this status, newest first, at most {@value #MAX_LISTED}. */
    public List<ListingReport> list(@NotNull ReportStatus status) {
        return em.createQuery(
                        "select r from ListingReport r where r.status = :status"
                                + " order by r.createdAt desc, r.id desc",
                        ListingReport.class)
                .setParameter("status", status)
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }

    /** One page of the reports of this status, newest first. */
    public List<ListingReport> list(@NotNull ReportStatus status, int first, int max) {
        return em.createQuery(
                        "select r from ListingReport r where r.status = :status"
                                + " order by r.createdAt desc, r.id desc",
                        ListingReport.class)
                .setParameter("status", status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many reports have this status. */
    public long count(@NotNull ReportStatus status) {
        return em.createQuery(
                        "select count(r) from ListingReport r where r.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    public Optional<ListingReport> find(long id) {
        return Optional.ofNullable(em.find(ListingReport.class, id));
    }

    /** Marks a report resolved; empty when there is no such report. */
    public Optional<ListingReport> resolve(long id) {
        Optional<ListingReport> report = find(id);
        report.ifPresent(ListingReport::resolve);
        return report;
    }
}

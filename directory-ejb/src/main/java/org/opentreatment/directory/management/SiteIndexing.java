package org.opentreatment.directory.management;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.opentreatment.directory.search.IndexAdmin;
import org.opentreatment.directory.search.IndexProgress;

/**
 * Re-indexing for the site admins' page: {@link IndexAdmin}'s rebuild and progress, with the caller
 * checked on every call (site admins only, {@link ListingAccess}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Open to every caller: each method checks who calls (see ReportQueue)
@PermitAll
public class SiteIndexing {

    @EJB ListingAccess access;

    @EJB IndexAdmin index;

    /**
     * Starts a re-index in the background.
     *
     * @return false if one is running already (here, or on another node sharing the index)
     */
    public boolean start() {
        access.requireSiteAdmin();
        return index.startRebuild();
    }

    public IndexProgress progress() {
        access.requireSiteAdmin();
        return index.progress();
    }
}

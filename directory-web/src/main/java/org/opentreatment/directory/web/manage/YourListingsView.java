package org.opentreatment.directory.web.manage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opentreatment.directory.management.ListingAccess;
import org.opentreatment.directory.management.ListingEditor;
import org.opentreatment.directory.management.OwnListing;

/**
 * "Your listings" ({@code /manage/}): the caller's listings to edit; a site admin also finds any
 * listing by id or name.
 */
@Named("yourListings")
@ViewScoped
public class YourListingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB ListingEditor editor;

    @EJB ListingAccess access;

    private List<OwnListing> listings;
    private boolean siteAdmin;
    private String lookup;
    private List<OwnListing> found;

    @PostConstruct
    void load() {
        listings = editor.mine();
        siteAdmin = access.siteAdmin();
    }

    public void find() {
        found = siteAdmin ? editor.lookup(lookup) : List.of();
    }

    public List<OwnListing> getListings() {
        return listings;
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    public String getLookup() {
        return lookup;
    }

    public void setLookup(String lookup) {
        this.lookup = lookup;
    }

    /** Null before a look-up, so the page can tell "nothing found" from "nothing asked". */
    public List<OwnListing> getFound() {
        return found;
    }
}

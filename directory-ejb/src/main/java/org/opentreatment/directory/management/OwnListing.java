package org.opentreatment.directory.management;

import java.io.Serializable;
import org.opentreatment.directory.facility.ListingStatus;

/**
 * One line of a list of listings to edit. A class with getters, not a record: pages read it with
 * Jakarta EL, which cannot read records' accessors as properties.
 */
public final class OwnListing implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String city;
    private final String state;
    private final ListingStatus status;

    public OwnListing(long id, String name, String city, String state, ListingStatus status) {
        this.id = id;
        this.name = name;
        this.city = city;
        this.state = state;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public ListingStatus getStatus() {
        return status;
    }
}

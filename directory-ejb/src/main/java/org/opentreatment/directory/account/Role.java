package org.opentreatment.directory.account;

import java.util.Set;

/**
 * What an account may do. The container knows an account by the groups of its role, which the
 * pages, the API and the services check ({@code @RolesAllowed}).
 */
public enum Role {
    /** Approves, imports, sees everything; also has the operators' API. */
    SITE_ADMIN(Set.of(Role.SITE_ADMIN_GROUP, Role.OPERATOR_GROUP)),
    /** A script of the site's operators: the operators' API only (imports, re-index, reports). */
    OPERATOR(Set.of(Role.OPERATOR_GROUP)),
    /** Keeps the listings bound to the account, and no other. */
    FACILITY_ADMIN(Set.of(Role.FACILITY_ADMIN_GROUP));

    public static final String SITE_ADMIN_GROUP = "site-admin";
    public static final String OPERATOR_GROUP = "operator";
    public static final String FACILITY_ADMIN_GROUP = "facility-admin";

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }
}

-- The listings' change history, kept by Hibernate Envers (see management.ListingHistory). In vendor
-- folders only because Envers' revision type column is tinyint on H2 and smallint on PostgreSQL
-- (db/vendor/h2 has the twin; keep them alike).
--
-- listing_revision: one transaction that changed listings: when, the signed-in account (its id, no
--   foreign key, so the history outlives a removed account; null for imports and the directory's
--   own work) and why: EDITOR, REVERT, IMPORT or SYSTEM.
-- facility_aud: a listing's recorded fields after each revision that changed them (revtype 0 made,
--   1 changed, 2 removed: then only the id). Not recorded: slug, uuid, the external reference, the
--   sample flag, version and timestamps. Listings that existed before this migration, and bulk-loaded
--   sample listings, have no row until their first change.

create sequence listing_revision_seq start with 1 increment by 50;

create table listing_revision (
    id         bigint                      not null,
    changed_at timestamp(6) with time zone not null,
    account_id bigint,
    source     varchar(20)                 not null,
    constraint pk_listing_revision primary key (id)
);

create table facility_aud (
    id                            bigint not null,
    rev                           bigint not null,
    revtype                       smallint,
    name                          varchar(200),
    alternate_name                varchar(200),
    street1                       varchar(200),
    street2                       varchar(200),
    city                          varchar(100),
    state                         varchar(2),
    zip                           varchar(5),
    county                        varchar(100),
    latitude                      double precision,
    longitude                     double precision,
    location_approximate          boolean,
    phone                         varchar(30),
    intake_phone                  varchar(30),
    hotline_phone                 varchar(30),
    website                       varchar(500),
    description                   varchar(4000),
    status                        varchar(20),
    accepting_new_patients        boolean,
    walk_in                       boolean,
    opening_hours                 varchar(500),
    last_verified                 date,
    operation                     varchar(10),
    otp                           boolean,
    accepts_prescribed_medication boolean,
    types_of_care                 varchar(255),
    service_settings              varchar(255),
    medications                   varchar(255),
    pharmacotherapies             varchar(255),
    treatment_approaches          varchar(255),
    payments                      varchar(255),
    payment_assistance            varchar(255),
    special_groups                varchar(255),
    age_groups                    varchar(255),
    genders                       varchar(255),
    language_services             varchar(255),
    languages                     varchar(255),
    accreditations                varchar(255),
    constraint pk_facility_aud primary key (rev, id),
    constraint fk_facility_aud_revision foreign key (rev) references listing_revision (id)
);

-- one listing's history
create index ix_facility_aud_facility on facility_aud (id, rev);

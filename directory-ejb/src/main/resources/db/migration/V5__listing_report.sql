-- "Report a problem with this listing": what a visitor says is wrong with a listing, for the site's
-- administrators to check and resolve. Nothing about the person is stored: not their address, not
-- a name. A report goes with its listing when the listing is removed. Written for H2 and
-- PostgreSQL alike.

create sequence listing_report_seq start with 1 increment by 50;

create table listing_report (
    id          bigint                      not null,
    version     bigint                      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    facility_id bigint                      not null,
    problem     varchar(20)                 not null,
    details     varchar(1000),
    status      varchar(20)                 not null,
    resolved_at timestamp(6) with time zone,
    constraint pk_listing_report primary key (id),
    constraint fk_listing_report_facility foreign key (facility_id) references facility (id)
        on delete cascade
);

create index ix_listing_report_status on listing_report (status, created_at);

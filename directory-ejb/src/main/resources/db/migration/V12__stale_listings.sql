-- Stale listings and the reminders about them (management.Staleness, management.StaleReminders).
-- Written for H2 and PostgreSQL alike.
--
-- stale_reminder_run: one row, the last time the weekly reminder ran (null: never). A run locks
--   the row, so two nodes sharing the database never send the same reminders twice; a start-up
--   after downtime runs a missed week's reminders when last_run is a week old or more.
-- listing_reminder: when an account was last reminded about a listing it keeps, so no owner hears
--   about the same listing more than once a week. Rows go with the account or the listing.
-- ix_facility_status_verified: the stale page and the dashboard count and list active listings by
--   their last verification, oldest first.

create table stale_reminder_run (
    id       integer not null,
    last_run timestamp(6) with time zone,
    constraint pk_stale_reminder_run primary key (id)
);

insert into stale_reminder_run (id) values (1);

create table listing_reminder (
    account_id  bigint                      not null,
    facility_id bigint                      not null,
    reminded_at timestamp(6) with time zone not null,
    constraint pk_listing_reminder primary key (account_id, facility_id),
    constraint fk_listing_reminder_account foreign key (account_id) references account (id)
        on delete cascade,
    constraint fk_listing_reminder_facility foreign key (facility_id) references facility (id)
        on delete cascade
);

create index ix_listing_reminder_facility on listing_reminder (facility_id);

create index ix_facility_status_verified on facility (status, last_verified);

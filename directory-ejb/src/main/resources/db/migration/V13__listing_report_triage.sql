-- Site admins work through the reports visitors send: a report may be assigned to a site admin
-- (status 'assigned'), and resolved or dismissed with an optional note; resolved_at is when it was
-- closed either way. An assignee whose account is removed leaves the report unassigned. Written for
-- H2 and PostgreSQL alike.

alter table listing_report add column assignee_id bigint;
alter table listing_report add column note varchar(1000);
alter table listing_report add constraint fk_listing_report_assignee
    foreign key (assignee_id) references account (id) on delete set null;

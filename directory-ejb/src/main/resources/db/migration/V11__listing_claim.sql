-- Claims: a facility admin asks to keep a listing. A site admin approves (the listing is then bound
-- to the account, account_facility) or rejects with a reason the requester sees. listing_name
-- keeps what the claim was about should the listing be removed. kind: EXISTING (a listing in the
-- directory); room for other kinds of request.
-- Written for H2 and PostgreSQL alike.

create sequence listing_claim_seq start with 1 increment by 50;

create table listing_claim (
    id           bigint                      not null,
    version      bigint                      not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    account_id   bigint                      not null,
    facility_id  bigint,
    listing_name varchar(200)                not null,
    kind         varchar(20)                 not null,
    note         varchar(1000),
    status       varchar(20)                 not null,
    reason       varchar(1000),
    decided_by   bigint,
    decided_at   timestamp(6) with time zone,
    constraint pk_listing_claim primary key (id),
    constraint fk_listing_claim_account foreign key (account_id) references account (id)
        on delete cascade,
    constraint fk_listing_claim_facility foreign key (facility_id) references facility (id)
        on delete set null
);

create index ix_listing_claim_status on listing_claim (status, created_at);
create index ix_listing_claim_account on listing_claim (account_id);

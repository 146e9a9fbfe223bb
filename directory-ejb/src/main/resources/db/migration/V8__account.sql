-- The people who keep listings true, and the site's administrators. Written for H2 and PostgreSQL
-- alike.
--
-- account: one person (or one operator's script), signed in by e-mail address and password.
--   email is kept lower-case, so it is unique whatever the case typed. password_hash is the
--   PBKDF2 hash (Jakarta Security's Pbkdf2PasswordHash format); none until the person sets one
--   through an e-mailed link. role: SITE_ADMIN, OPERATOR or FACILITY_ADMIN. credentials_changed_at
--   ends every session and link made before a password change.
-- account_facility: the listings a facility admin keeps; they may change nothing else.
-- account_token: the e-mailed links (set a password, verify an address). Only a SHA-256 hash of the
--   random token is stored, so a copy of the database opens no account; single use and expiring.

create sequence account_seq start with 1 increment by 50;

create table account (
    id                     bigint                      not null,
    version                bigint                      not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    email                  varchar(254)                not null,
    display_name           varchar(100)                not null,
    password_hash          varchar(400),
    role                   varchar(20)                 not null,
    email_verified         boolean                     not null,
    enabled                boolean                     not null,
    language               varchar(5)                  not null,
    credentials_changed_at timestamp(6) with time zone not null,
    constraint pk_account primary key (id),
    constraint uk_account_email unique (email)
);

create table account_facility (
    account_id  bigint not null,
    facility_id bigint not null,
    constraint pk_account_facility primary key (account_id, facility_id),
    constraint fk_account_facility_account foreign key (account_id) references account (id)
        on delete cascade,
    constraint fk_account_facility_facility foreign key (facility_id) references facility (id)
        on delete cascade
);

create index ix_account_facility_facility on account_facility (facility_id);

create sequence account_token_seq start with 1 increment by 50;

create table account_token (
    id          bigint                      not null,
    version     bigint                      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    account_id  bigint                      not null,
    purpose     varchar(20)                 not null,
    token_hash  varchar(64)                 not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone,
    constraint pk_account_token primary key (id),
    constraint uk_account_token_hash unique (token_hash),
    constraint fk_account_token_account foreign key (account_id) references account (id)
        on delete cascade
);

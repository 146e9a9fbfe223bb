-- The facility listing. Written for H2 and PostgreSQL alike; Hibernate validates it at start.
-- Each SAMHSA vocabulary is one column of codes, "BU,NU" (see SamhsaCodeSetConverter).

create sequence facility_seq start with 1 increment by 50;

create table facility (
    id                            bigint                      not null,
    version                       bigint                      not null,
    created_at                    timestamp(6) with time zone not null,
    updated_at                    timestamp(6) with time zone not null,
    name                          varchar(200)                not null,
    alternate_name                varchar(200),
    slug                          varchar(120)                not null,
    street1                       varchar(200)                not null,
    street2                       varchar(200),
    city                          varchar(100)                not null,
    state                         varchar(2)                  not null,
    zip                           varchar(5)                  not null,
    county                        varchar(100),
    latitude                      double precision            not null,
    longitude                     double precision            not null,
    phone                         varchar(30)                 not null,
    intake_phone                  varchar(30),
    hotline_phone                 varchar(30),
    website                       varchar(500),
    description                   varchar(4000),
    types_of_care                 varchar(255)                not null,
    service_settings              varchar(255)                not null,
    medications                   varchar(255)                not null,
    otp                           boolean                     not null,
    accepts_prescribed_medication boolean                     not null,
    pharmacotherapies             varchar(255)                not null,
    treatment_approaches          varchar(255)                not null,
    payments                      varchar(255)                not null,
    payment_assistance            varchar(255)                not null,
    special_groups                varchar(255)                not null,
    age_groups                    varchar(255)                not null,
    genders                       varchar(255)                not null,
    language_services             varchar(255)                not null,
    languages                     varchar(255)                not null,
    operation                     varchar(10),
    accreditations                varchar(255)                not null,
    status                        varchar(20)                 not null,
    accepting_new_patients        boolean                     not null,
    last_verified                 date,
    sample                        boolean                     not null,
    constraint pk_facility primary key (id),
    constraint uk_facility_slug unique (slug)
);

create index ix_facility_state_city on facility (state, city);

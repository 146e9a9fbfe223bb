-- Imports of listings (see org.opentreatment.directory.imports). Written for H2 and PostgreSQL alike.
-- An import's rows are staged in import_row when its files arrive and marked done as they are
-- imported, in the same transaction that saves their listings and counts them in import_job (and
-- moves next_row past them), so an import stopped by a restart resumes where it was; they are
-- deleted when the import ends.
-- record_key is the row's key in its source (the locator's frid, a CSV row's uuid), by which the
-- import finds a listing again and marks the source's listings no row named inactive. What is wrong with a row stays in
-- import_problem; labels the importer does not know stay in import_label, with how many rows
-- carried each.

create sequence import_job_seq start with 1 increment by 50;

create table import_job (
    id                 bigint                      not null,
    version            bigint                      not null,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    format             varchar(20)                 not null,
    state              varchar(20)                 not null,
    deactivate_missing boolean                     not null,
    file_count         integer                     not null,
    total_rows         integer                     not null,
    expected_rows      integer,
    rows_done          integer                     not null,
    next_row           integer                     not null,
    rows_created       integer                     not null,
    rows_updated       integer                     not null,
    rows_unchanged     integer                     not null,
    rows_rejected      integer                     not null,
    rows_deactivated   integer                     not null,
    started_by         varchar(100),
    message            varchar(1000),
    started_at         timestamp(6) with time zone,
    finished_at        timestamp(6) with time zone,
    constraint pk_import_job primary key (id)
);

create table import_row (
    job_id     bigint          not null,
    row_index  integer         not null,
    file_name  varchar(255)    not null,
    file_row   integer         not null,
    record_key varchar(100),
    done       boolean         not null,
    content    varchar(200000) not null,
    constraint pk_import_row primary key (job_id, row_index),
    constraint fk_import_row_job foreign key (job_id) references import_job (id) on delete cascade
);

create index ix_import_row_key on import_row (job_id, record_key);

create sequence import_problem_seq start with 1 increment by 50;

create table import_problem (
    id          bigint        not null,
    job_id      bigint        not null,
    file_name   varchar(255)  not null,
    file_row    integer       not null,
    field       varchar(100)  not null,
    field_value varchar(500),
    reason      varchar(500)  not null,
    constraint pk_import_problem primary key (id),
    constraint fk_import_problem_job foreign key (job_id) references import_job (id) on delete cascade
);

create index ix_import_problem_job on import_problem (job_id, file_name, file_row);

create table import_label (
    job_id     bigint       not null,
    group_code varchar(20)  not null,
    label      varchar(500) not null,
    group_name varchar(200),
    kind       varchar(20)  not null,
    row_count  integer      not null,
    constraint pk_import_label primary key (job_id, group_code, label),
    constraint fk_import_label_job foreign key (job_id) references import_job (id) on delete cascade
);

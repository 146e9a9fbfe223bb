-- Hibernate Search's outbox polling (the opensearch build): every change to an indexed entity is
-- written in the same transaction as an event row, which a background agent on some node turns
-- into index updates; agents register themselves in HSEARCH_AGENT. The tables are Hibernate
-- Search 7.2's mapping as Hibernate generates it for H2 (only the index names are ours); builds
-- without outbox polling leave them empty. db/vendor/postgresql has the PostgreSQL twin.

create table HSEARCH_AGENT (
    id                 uuid                        not null,
    assignedShardIndex integer,
    expiration         timestamp(6) with time zone not null,
    name               varchar(255)                not null,
    payload            blob,
    state              enum ('RUNNING','SUSPENDED','WAITING') not null,
    tenantId           varchar(255),
    totalShardCount    integer,
    type               enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    id           uuid                        not null,
    entityId     varchar(256)                not null,
    entityIdHash integer                     not null,
    entityName   varchar(256)                not null,
    payload      blob                        not null,
    processAfter timestamp(6) with time zone not null,
    retries      integer                     not null,
    status       enum ('ABORTED','PENDING')  not null,
    tenantId     varchar(255),
    primary key (id)
);

create index ix_hsearch_outbox_event_entity_id_hash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index ix_hsearch_outbox_event_status on HSEARCH_OUTBOX_EVENT (status);
create index ix_hsearch_outbox_event_process_after on HSEARCH_OUTBOX_EVENT (processAfter);

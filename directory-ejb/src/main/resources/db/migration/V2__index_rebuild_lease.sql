-- Who is rebuilding the search index, and until when. Nodes that share one index (OpenSearch) take
-- this lease before a rebuild, so that only one of them purges and refills the index at a time; it
-- expires, so a node that dies half-way does not block the others for ever. See IndexAdmin.

create table index_rebuild_lease (
    id         integer                     not null,
    holder     varchar(200),
    expires_at timestamp(6) with time zone,
    constraint pk_index_rebuild_lease primary key (id)
);

insert into index_rebuild_lease (id) values (1);

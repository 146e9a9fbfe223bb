-- Who a listing is outside this database. uuid is its public identity (Open Referral HSDS ids, CSV
-- export and import): given once, never changed, kept across re-imports. external_source and
-- external_id name the record a listing was imported from (the FindTreatment.gov locator's frid),
-- so importing the same file again updates it instead of adding a duplicate.
-- location_approximate: the coordinates are the ZIP's centre, not the building's.
-- In vendor folders only because the function that fills uuid for existing rows differs.

alter table facility add column uuid uuid;
update facility set uuid = gen_random_uuid();
alter table facility alter column uuid set not null;
alter table facility add constraint uk_facility_uuid unique (uuid);

alter table facility add column external_source varchar(40);
alter table facility add column external_id varchar(100);
alter table facility add constraint uk_facility_external unique (external_source, external_id);

alter table facility add column location_approximate boolean default false not null;

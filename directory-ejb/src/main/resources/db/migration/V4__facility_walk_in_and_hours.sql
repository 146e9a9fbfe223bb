-- What a facility page shows besides the services: whether walk-ins are welcome, and the opening
-- hours, one column like the vocabularies ("MO 08:00-12:00,13:00-17:00;TU 08:00-17:00", closed days
-- left out; null when the listing gives no hours; see OpeningHours). Written for H2 and PostgreSQL
-- alike. Existing listings say nothing about walk-ins, which reads as "not said": false.

alter table facility add column walk_in boolean default false not null;
alter table facility add column opening_hours varchar(500);

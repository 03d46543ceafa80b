-- Etags come from a version that Hibernate checks on every update (UPDATE ... WHERE version = ?), so two
-- updates sent with the same etag cannot both apply; the random etags they replace were checked by a read
-- before the write, which let the second of two racing updates overwrite the first. Every etag read before
-- this migration becomes stale: clients read the resource again, as after any 2055.
alter table customer add column version bigint not null default 0;
alter table customer drop column billing_etag;

alter table subscription add column version bigint not null default 0;
alter table subscription drop column etag;

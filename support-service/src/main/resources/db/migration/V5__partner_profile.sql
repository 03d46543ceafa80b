-- The partner directory is commons' (org.partnercenter.commons.partner): the same columns in every service.
alter table partner
    add column mpn_id   text,
    add column currency text,
    add column state    text not null default 'ACTIVE';

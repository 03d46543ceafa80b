-- A partner's postal address as the gateway registered it (the partners topic's address): the columns of commons'
-- PostalAddress (org.partnercenter.commons.partner), the same in every service; all null when none was registered.
alter table partner
    add column address_line1       text,
    add column address_line2       text,
    add column address_line3       text,
    add column address_city        text,
    add column address_state       text,
    add column address_postal_code text,
    add column address_region      text,
    add column address_country     text;

-- A partner's postal address, optional at registration (the real API's Address lines): the columns of commons'
-- PostalAddress, as every service's copy of the partner has them; all null when none was registered.
alter table partner_organization
    add column address_line1       text,
    add column address_line2       text,
    add column address_line3       text,
    add column address_city        text,
    add column address_state       text,
    add column address_postal_code text,
    add column address_region      text,
    add column address_country     text;

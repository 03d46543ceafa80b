-- The billing profile's own contact name (the real CustomerBillingProfile's firstName and lastName), beside the
-- names of its default address (first_name, last_name). Until now the profile answered the address's names, so
-- every existing profile starts with those.
alter table customer
    add column profile_first_name text,
    add column profile_last_name  text;
update customer set profile_first_name = first_name, profile_last_name = last_name;
alter table customer
    alter column profile_first_name set not null,
    alter column profile_last_name set not null;

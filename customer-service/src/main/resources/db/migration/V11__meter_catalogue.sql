-- The names of pricing's meters per base-currency price-list version, learned from the prices topic, so that
-- utilization records name a meter as the price list in force on their day does (billing prices by the same one).
create table meter_catalogue_version (
    version_id     uuid        primary key,
    effective_date timestamptz not null,
    supersedes     uuid
);
create index meter_catalogue_superseded on meter_catalogue_version (supersedes);

create table meter_catalogue_entry (
    meter_id    text not null,
    version_id  uuid not null references meter_catalogue_version (version_id),
    name        text,
    category    text,
    subcategory text,
    primary key (meter_id, version_id)
);

-- A small sample domain through which the tests exercise commons.
create table widget (
    id                uuid        primary key,
    partner_tenant_id uuid        not null,
    name              text        not null,
    size              integer     not null,
    color             text,
    created_at        timestamptz not null
);
create index widget_by_name on widget (name, id);

create table widget_tally (
    name  text    primary key,
    count integer not null
);

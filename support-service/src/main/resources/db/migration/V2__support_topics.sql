-- Support topics: the default set shipped with the service; the operator adds more through the API.
create table support_topic (
    id          bigint      primary key,
    name        text        not null,
    description text        not null,
    created_at  timestamptz not null default now()
);
create unique index support_topic_name_unique on support_topic (lower(name));
-- Operator-added topics continue after the default ids.
create sequence support_topic_id_seq start with 32450001;

insert into support_topic (id, name, description) values
    (32444601, 'Billing', 'Invoices, reconciliation files, statements, payments and payment status.'),
    (32444602, 'Pricing', 'Price lists, the Azure rate card, exchange rates and the prices on invoices.'),
    (32444603, 'Customer management', 'Creating customers, their profiles, domains and reseller relationships.'),
    (32444604, 'Subscriptions', 'Orders, subscriptions, quantities, suspension and provisioning.'),
    (32444605, 'Usage', 'Azure usage records, utilization, usage summaries and unbilled usage.'),
    (32444606, 'Sign-in and roles', 'Signing in, multi-factor authentication, partner users, applications and roles.'),
    (32444607, 'Other', 'Anything the other topics do not cover.');

-- Partner organisations (and the operator's own), their users and applications, and their roles.
create table partner_organization (
    tenant_id          uuid        primary key,
    name               text        not null,
    partner_type       text        not null,
    provider_tenant_id uuid        references partner_organization (tenant_id),
    mpn_id             text,
    require_mfa        boolean     not null,
    country            text        not null,
    currency           text        not null,
    state              text        not null,
    version            integer     not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index partner_organization_by_name on partner_organization (name, tenant_id);

-- A user (by object id) or an application (by app id) of a partner organisation.
create table partner_member (
    tenant_id    uuid        not null references partner_organization (tenant_id),
    member_id    text        not null,
    kind         text        not null,
    display_name text        not null,
    created_at   timestamptz not null,
    primary key (tenant_id, member_id)
);

create table role_assignment (
    tenant_id uuid not null,
    member_id text not null,
    role      text not null,
    primary key (tenant_id, member_id, role),
    foreign key (tenant_id, member_id) references partner_member (tenant_id, member_id) on delete cascade
);

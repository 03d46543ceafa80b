-- The users of each customer's tenant that Partner Center created (today: the admin user made with the
-- customer). The directory (the identity provider) holds their sign-in and password hash; no password is
-- ever stored here. The object id is the directory's, so both name the same user.
create table customer_user (
    id                  uuid primary key,
    customer_id         uuid not null references customer (id) on delete cascade,
    user_principal_name text not null,
    display_name        text not null,
    first_name          text,
    last_name           text,
    usage_location      text,
    created_at          timestamptz not null
);

-- GET /v1/customers/{id}/users seeks by (customer_id, user_principal_name, id).
create index customer_user_by_customer on customer_user (customer_id, user_principal_name, id);

-- What line items name a subscription's product and entitlement by, as customer-service announces them: billing
-- keeps no offer catalogue of its own.
alter table subscription add column offer_name text;
alter table subscription add column entitlement_id uuid;

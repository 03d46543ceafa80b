-- customer-service's customers as the audit log names them (customerName, the CompanyName filter), learned from the
-- partner-center.customers topic: whose customer each is (its partner, or its indirect reseller) and its company name.
-- A deleted customer keeps its row: its past changes still name it.
create table customer_name (
    customer_id           uuid        primary key,
    partner_tenant_id     uuid        not null,
    associated_partner_id uuid,
    company_name          text,
    changed_at            timestamptz
);

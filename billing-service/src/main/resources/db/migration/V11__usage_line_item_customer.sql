-- Usage summaries total one customer's (or subscription's) rated usage of a period: without this index each one
-- would read all of its partner's lines of the period.
create index usage_line_item_customer on usage_line_item (customer_id, period, subscription_id);

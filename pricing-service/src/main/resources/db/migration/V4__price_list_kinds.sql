-- Two kinds of price list, each its own chain of versions: the Azure rate card's meters (`azure`) and the
-- shared-services rate card's (`shared`). A version supersedes only one of its own kind.
alter table price_list_version add column kind text not null default 'azure';
drop index price_list_version_in_force;
create index price_list_version_in_force on price_list_version (kind, effective_date, seq);

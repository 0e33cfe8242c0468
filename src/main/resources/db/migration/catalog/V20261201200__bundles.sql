-- A bundle is a variant sold as a set of other variants of the same merchant (a gift box of two teas and a cup).
-- It has no stock of its own: selling one reserves its components' units, counted together with the same
-- components sold on their own in the same checkout. A component cannot be deleted while a bundle holds it.
create table catalog.variant_component (
  bundle_variant_id    bigint not null references catalog.variant (id) on delete cascade,
  component_variant_id bigint not null references catalog.variant (id),
  quantity             integer not null check (quantity between 1 and 99),
  primary key (bundle_variant_id, component_variant_id),
  constraint variant_component_not_itself check (bundle_variant_id <> component_variant_id)
);
create index variant_component_component_idx on catalog.variant_component (component_variant_id);

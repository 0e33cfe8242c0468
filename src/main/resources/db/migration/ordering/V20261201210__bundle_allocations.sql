-- A bundle line's units are reserved in its components' stock, possibly in several warehouses: those reservations
-- are kept here, one row per component, and the bundle's own order line has no warehouse. A plain line keeps its
-- warehouse on the line itself, as before.
alter table ordering.order_line alter column warehouse_id drop not null;

create table ordering.order_allocation (
  order_id     bigint not null references ordering.customer_order (id) on delete cascade,
  variant_id   bigint not null,
  warehouse_id bigint not null,
  quantity     integer not null check (quantity > 0)
);
create index order_allocation_order_idx on ordering.order_allocation (order_id);

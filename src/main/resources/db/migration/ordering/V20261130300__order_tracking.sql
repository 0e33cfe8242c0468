-- The carrier's tracking number given when the merchant marks an order shipped.
create table ordering.order_tracking (
  order_id        bigint primary key references ordering.customer_order (id),
  tracking_number text not null check (length(tracking_number) between 1 and 60),
  recorded_by     bigint not null,
  recorded_at     timestamptz not null default now()
);

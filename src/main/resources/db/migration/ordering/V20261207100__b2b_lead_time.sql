-- The supplier's lead time, shown with the order's terms; unknown for orders made before.
alter table ordering.b2b_order add column lead_time_days int;

-- Partial refunds: an order may now be reversed several times, once per refund, each reversing its share of the
-- order. A refund that arrives before its order was recorded (events are delivered concurrently) waits here and is
-- applied when the order is recorded.
alter table insight.trade_flow add column refund_key text;
update insight.trade_flow set refund_key = 'full' where reversal;
alter table insight.trade_flow add constraint trade_flow_refund_key_check check (reversal = (refund_key is not null));
drop index insight.trade_flow_order_line_idx;
-- Idempotency per order line: a payment is recorded once, each refund reverses it once.
create unique index trade_flow_order_line_idx on insight.trade_flow (order_id, line_no, refund_key) nulls not distinct
  where order_id is not null;

create table insight.marketplace_refund (
  order_id    text not null,
  refund_key  text not null check (length(refund_key) between 1 and 100),
  refunded_on date not null,
  share       numeric(12, 10) not null check (share > 0 and share <= 1),
  full_refund boolean not null,
  received_at timestamptz not null default now(),
  applied_at  timestamptz,
  primary key (order_id, refund_key)
);

-- B2B orders: made from a quote a buyer accepted in matchmaking (QuoteAccepted). They carry the quote's incoterm and
-- collect no consumer tax (VAT/GST) at checkout: the importing business accounts for import VAT and duty itself.
alter table ordering.customer_order add column kind text not null default 'RETAIL' check (kind in ('RETAIL', 'B2B'));
alter table ordering.customer_order add column incoterm text
  check (incoterm is null or incoterm in ('EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'));

-- What was traded: an RFQ's product in its own unit (kg, cartons...), which need not be a catalog variant. One order
-- per accepted quote (quote_id is unique), so a redelivered event makes no second order.
create table ordering.b2b_order (
  order_id            bigint primary key references ordering.customer_order (id),
  quote_id            bigint not null unique,
  rfq_id              bigint not null,
  buyer_company_id    bigint not null,
  buyer_merchant_id   bigint,
  supplier_company_id bigint not null,
  product             text not null,
  hs_code             text not null,
  quantity            numeric(18, 3) not null check (quantity > 0),
  unit                text not null,
  unit_price          numeric(19, 4) not null check (unit_price >= 0)
);
create index b2b_order_buyer_merchant_idx on ordering.b2b_order (buyer_merchant_id) where buyer_merchant_id is not null;

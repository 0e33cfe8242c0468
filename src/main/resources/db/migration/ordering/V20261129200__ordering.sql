create schema if not exists ordering;

-- Destination markets a buyer can pick, the currencies accepted there and the address rules of the country.
create table ordering.market (
  country_code        char(2) primary key check (country_code ~ '^[A-Z]{2}$'),
  currency            char(3) not null,
  accepted_currencies text[] not null,
  postal_code_pattern text not null,
  postal_code_example text not null,
  region_required     boolean not null default false
);
insert into ordering.market values
  ('FI', 'EUR', '{EUR,USD}', '^[0-9]{5}$', '01300', false),
  ('BG', 'EUR', '{EUR,USD}', '^[0-9]{4}$', '1000', false),
  ('DE', 'EUR', '{EUR,USD}', '^[0-9]{5}$', '10115', false),
  ('FR', 'EUR', '{EUR,USD}', '^[0-9]{5}$', '75001', false),
  ('IT', 'EUR', '{EUR,USD}', '^[0-9]{5}$', '00118', false),
  ('GB', 'GBP', '{GBP,EUR,USD}', '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$', 'CV1 5RR', false),
  ('US', 'USD', '{USD}', '^[0-9]{5}(-[0-9]{4})?$', '94103', true),
  ('JP', 'JPY', '{JPY,USD}', '^[0-9]{3}-?[0-9]{4}$', '640-8511', true),
  ('KR', 'KRW', '{KRW,USD}', '^[0-9]{5}$', '04524', false),
  ('RU', 'RUB', '{RUB,EUR}', '^[0-9]{6}$', '190000', false),
  ('AU', 'AUD', '{AUD,USD}', '^[0-9]{4}$', '2000', true),
  ('CN', 'CNY', '{CNY}', '^[0-9]{6}$', '250000', true);

-- One cart per account; version goes up on every change so that a review can tell it is stale.
create table ordering.cart (
  id         bigint generated always as identity primary key,
  account_id bigint not null unique,
  market     char(2) references ordering.market (country_code),
  currency   char(3),
  version    bigint not null default 0,
  updated_at timestamptz not null default now()
);

create table ordering.cart_line (
  cart_id    bigint not null references ordering.cart (id) on delete cascade,
  variant_id bigint not null,
  quantity   integer not null check (quantity between 1 and 99),
  added_at   timestamptz not null default now(),
  primary key (cart_id, variant_id)
);

create table ordering.cart_shipping (
  cart_id     bigint not null references ordering.cart (id) on delete cascade,
  merchant_id bigint not null,
  service     text not null check (service in ('POSTAL', 'EXPRESS')),
  primary key (cart_id, merchant_id)
);

-- Shipping profiles as data: zones by destination country, weight brackets and services with transit days.
-- A zone without a merchant is the platform's default for merchants that have not set their own.
create table ordering.shipping_zone (
  id          bigint generated always as identity primary key,
  merchant_id bigint,
  code        text not null,
  countries   text[] not null,
  unique nulls not distinct (merchant_id, code)
);

create table ordering.shipping_rate (
  zone_id          bigint not null references ordering.shipping_zone (id) on delete cascade,
  service          text not null check (service in ('POSTAL', 'EXPRESS')),
  max_weight_grams integer not null check (max_weight_grams > 0),
  amount           numeric(19, 4) not null check (amount >= 0),
  currency         char(3) not null,
  transit_min_days integer not null check (transit_min_days >= 0),
  transit_max_days integer not null check (transit_max_days >= transit_min_days),
  primary key (zone_id, service, max_weight_grams)
);

insert into ordering.shipping_zone (merchant_id, code, countries) values
  (null, 'eu', '{FI,BG,DE,FR,IT}'), (null, 'gb', '{GB}'), (null, 'us', '{US}'), (null, 'east-asia', '{JP,KR}'),
  (null, 'ru', '{RU}'), (null, 'au', '{AU}'), (null, 'cn', '{CN}');
insert into ordering.shipping_rate (zone_id, service, max_weight_grams, amount, currency, transit_min_days, transit_max_days)
select z.id, r.service, r.grams, r.amount * z.factor, 'EUR', greatest(r.tmin + z.extra, 1), greatest(r.tmax + z.extra, 2)
from (select id, code,
        case code when 'cn' then 0.4 when 'east-asia' then 0.8 when 'au' then 1.3 when 'us' then 1.2 else 1.0 end as factor,
        case code when 'cn' then -6 when 'east-asia' then -3 when 'au' then 2 else 0 end as extra
      from ordering.shipping_zone where merchant_id is null) z
cross join (values
  ('POSTAL', 500, 6.50, 10, 18), ('POSTAL', 2000, 11.00, 10, 18), ('POSTAL', 5000, 19.00, 12, 20),
  ('POSTAL', 30000, 42.00, 14, 24),
  ('EXPRESS', 500, 18.00, 3, 5), ('EXPRESS', 2000, 26.00, 3, 5), ('EXPRESS', 5000, 39.00, 4, 6),
  ('EXPRESS', 30000, 85.00, 4, 7)) as r(service, grams, amount, tmin, tmax);

-- What the buyer saw on the review page: the cart version, prices, address and one stored quote per merchant.
create table ordering.checkout_review (
  id           uuid primary key,
  account_id   bigint not null,
  cart_version bigint not null,
  market       char(2) not null,
  currency     char(3) not null,
  address      jsonb not null,
  consignments jsonb not null,
  total        numeric(19, 4) not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null
);
create index checkout_review_account_idx on ordering.checkout_review (account_id, created_at);

-- One checkout per Idempotency-Key and account: the same key twice finds this row instead of placing again.
create table ordering.checkout (
  reference       text primary key,
  account_id      bigint not null,
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  review_id       uuid not null,
  currency        char(3) not null,
  total           numeric(19, 4) not null,
  created_at      timestamptz not null default now(),
  unique (account_id, idempotency_key)
);

create table ordering.customer_order (
  id                 bigint generated always as identity primary key,
  checkout_reference text not null references ordering.checkout (reference),
  merchant_id        bigint not null,
  buyer_id           bigint not null,
  status             text not null check (status in ('PLACED', 'PAID', 'READY_FOR_CUSTOMS', 'SHIPPED', 'DELIVERED',
                                                     'CANCELLED', 'REFUNDED')),
  market             char(2) not null,
  currency           char(3) not null,
  goods              numeric(19, 4) not null,
  shipping           numeric(19, 4) not null,
  duty               numeric(19, 4) not null,
  tax                numeric(19, 4) not null,
  fees               numeric(19, 4) not null,
  total              numeric(19, 4) not null check (total >= 0),
  due_at_border      numeric(19, 4) not null,
  shipping_service   text not null,
  transit_days       text not null,
  address            jsonb not null,
  quote_id           uuid not null,
  quote              jsonb not null,
  rule_set_version   text not null,
  fx_rate_set_id     text not null,
  paid_amount        numeric(19, 4) not null default 0,
  refunded_amount    numeric(19, 4) not null default 0 check (refunded_amount >= 0),
  payment_due_at     timestamptz not null,
  placed_at          timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint paid_is_the_total check (paid_amount = 0 or paid_amount = total),
  constraint refund_within_paid check (refunded_amount <= paid_amount)
);
create index customer_order_buyer_idx on ordering.customer_order (buyer_id, id desc);
create index customer_order_merchant_idx on ordering.customer_order (merchant_id, id desc);
create index customer_order_checkout_idx on ordering.customer_order (checkout_reference);
create index customer_order_due_idx on ordering.customer_order (payment_due_at) where status = 'PLACED';

create table ordering.order_line (
  order_id       bigint not null references ordering.customer_order (id) on delete cascade,
  line_no        integer not null,
  variant_id     bigint not null,
  warehouse_id   bigint not null,
  sku            text not null,
  title          text not null,
  hs_code        text not null,
  origin_country char(2) not null,
  quantity       integer not null check (quantity > 0),
  unit_price     numeric(19, 4) not null,
  price_currency char(3) not null,
  weight_grams   integer not null,
  primary key (order_id, line_no)
);

-- A paid amount is the order's total: the CHECK on customer_order holds it; a provider's reference is unique so that
-- a repeated callback finds the payment it already recorded.
create table ordering.payment (
  id           bigint generated always as identity primary key,
  order_id     bigint not null references ordering.customer_order (id),
  provider     text not null,
  status       text not null check (status in ('PENDING', 'CAPTURED', 'DECLINED', 'TIMED_OUT')),
  amount       numeric(19, 4) not null,
  currency     char(3) not null,
  external_ref text not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  unique (provider, external_ref)
);
create index payment_order_idx on ordering.payment (order_id);

create table ordering.refund (
  id         bigint generated always as identity primary key,
  order_id   bigint not null references ordering.customer_order (id),
  amount     numeric(19, 4) not null check (amount > 0),
  reason     text not null default '',
  by_account bigint not null,
  created_at timestamptz not null default now()
);

-- Fed by the order events from the outbox: who moved the order where, and when.
create table ordering.order_history (
  order_id    bigint not null references ordering.customer_order (id),
  status      text not null,
  event       text not null,
  occurred_at timestamptz not null,
  primary key (order_id, event, occurred_at)
);

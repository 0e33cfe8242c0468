-- Merchants: the rest of the company profile; verification is set by ADMIN.
alter table catalog.merchant
  add column address      text,
  add column languages    text[] not null default '{}',
  add column contact      text,
  add column verified_at  timestamptz,
  add column updated_at   timestamptz not null default now();

create table catalog.warehouse (
  id           bigint generated always as identity primary key,
  merchant_id  bigint not null references catalog.merchant (id),
  code         text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  kind         text not null check (kind in ('DOMESTIC', 'BONDED', 'OVERSEAS')),
  country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'),
  unique (merchant_id, code)
);

-- A tree of categories with names per language.
create table catalog.category (
  id        bigint generated always as identity primary key,
  code      text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  parent_id bigint references catalog.category (id),
  names     jsonb not null check (names ? 'en')
);

create table catalog.product (
  id              bigint generated always as identity primary key,
  merchant_id     bigint not null references catalog.merchant (id),
  sku             text not null check (length(sku) between 1 and 64),
  category_id     bigint references catalog.category (id),
  attributes      jsonb not null default '{}',
  default_lang    text not null default 'en',
  hs_code         text not null check (hs_code ~ '^[0-9]{6,10}$'),
  origin_country  char(2) not null check (origin_country ~ '^[A-Z]{2}$'),
  weight_grams    integer check (weight_grams >= 0),
  length_mm       integer check (length_mm >= 0),
  width_mm        integer check (width_mm >= 0),
  height_mm       integer check (height_mm >= 0),
  base_price      numeric(19, 4) not null check (base_price >= 0),
  currency        char(3) not null check (currency ~ '^[A-Z]{3}$'),
  status          text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
  markets         text[] not null default '{}',
  demo            boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  unique (merchant_id, sku)
);
create index product_merchant_idx on catalog.product (merchant_id, id);

-- Title and description per language; the reader's language falls back along a chain (see LocalizedText).
create table catalog.product_text (
  product_id  bigint not null references catalog.product (id) on delete cascade,
  lang        text not null check (lang ~ '^[a-z]{2,3}$'),
  title       text not null check (length(title) between 1 and 300),
  description text not null default '',
  primary key (product_id, lang)
);

-- Price overrides per destination market, in the product's currency.
create table catalog.market_price (
  product_id   bigint not null references catalog.product (id) on delete cascade,
  country_code char(2) not null check (country_code ~ '^[A-Z]{2}$'),
  amount       numeric(19, 4) not null check (amount >= 0),
  primary key (product_id, country_code)
);

-- Variants: SKU unique per merchant across all its products.
create table catalog.variant (
  id           bigint generated always as identity primary key,
  product_id   bigint not null references catalog.product (id) on delete cascade,
  merchant_id  bigint not null references catalog.merchant (id),
  sku          text not null check (length(sku) between 1 and 64),
  options      jsonb not null default '{}',
  price        numeric(19, 4) check (price >= 0),
  weight_grams integer check (weight_grams >= 0),
  unique (merchant_id, sku)
);
create index variant_product_idx on catalog.variant (product_id);

-- Stock per variant per warehouse. Available (on hand - reserved) can never go below zero.
create table catalog.stock (
  variant_id   bigint not null references catalog.variant (id) on delete cascade,
  warehouse_id bigint not null references catalog.warehouse (id),
  on_hand      integer not null default 0 check (on_hand >= 0),
  reserved     integer not null default 0 check (reserved >= 0),
  primary key (variant_id, warehouse_id),
  constraint stock_available_not_negative check (on_hand - reserved >= 0)
);

-- FX reference rates: one dated set per source, each rate in units of the currency per 1 EUR.
create table catalog.fx_rate_set (
  id          bigint generated always as identity primary key,
  rate_date   date not null,
  source      text not null check (length(source) between 1 and 200),
  demo        boolean not null default false,
  imported_at timestamptz not null default now(),
  unique (rate_date, source)
);

create table catalog.fx_rate (
  set_id    bigint not null references catalog.fx_rate_set (id) on delete cascade,
  currency  char(3) not null check (currency ~ '^[A-Z]{3}$'),
  per_eur   numeric(20, 8) not null check (per_eur > 0),
  primary key (set_id, currency)
);

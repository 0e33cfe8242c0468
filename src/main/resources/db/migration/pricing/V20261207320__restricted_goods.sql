-- Restricted-goods lists (format twinport-restricted-goods/1): what may not be sold into a market, or not through a
-- point-of-sale scheme, each entry dated and sourced. Versioned apart from the landed-cost rule sets; a quote uses the
-- list whose valid_from is the latest on or before its date.
create table pricing.restricted_goods_list (
  id          bigint generated always as identity primary key,
  version     text not null unique,
  valid_from  date not null,
  document    text not null,
  loaded_by   text not null,
  loaded_at   timestamptz not null default now()
);
create index restricted_goods_list_in_force_idx on pricing.restricted_goods_list (valid_from desc, id desc);

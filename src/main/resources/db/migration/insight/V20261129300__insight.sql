-- Trade insight: trade flows from two sources kept apart (official statistics, marketplace orders) and the
-- rollups that the dashboard reads. See docs/insight-storage.md for why rollups and a BRIN index.
create schema if not exists insight;

-- One named source of flows; a synthetic source is shown with a banner and never as real trade.
create table insight.source (
  name        text primary key check (length(name) between 1 and 200),
  kind        text not null check (kind in ('OFFICIAL', 'MARKETPLACE')),
  synthetic   boolean not null default false,
  created_at  timestamptz not null default now()
);

create table insight.trade_flow (
  id                 bigint generated always as identity primary key,
  source_kind        text not null check (source_kind in ('OFFICIAL', 'MARKETPLACE')),
  source             text not null references insight.source (name),
  period             date not null check (extract(day from period) = 1),
  reporter           text not null,
  partner_country    char(2) not null,
  partner_place      text,
  flow               text not null check (flow in ('IMPORT', 'EXPORT')),
  hs_code            text not null check (hs_code ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
  hs_chapter         char(2) not null generated always as (left(hs_code, 2)) stored,
  channel            text not null check (channel in ('CBEC_9610', 'CBEC_1210', 'B2B_9710', 'B2B_9810', 'GENERAL')),
  value              numeric(20, 4) not null,
  currency           char(3) not null,
  reporting_value    numeric(20, 2) not null,
  reporting_currency char(3) not null,
  fx_set_id          bigint,
  quantity           numeric(20, 4),
  unit               text,
  order_id           text,
  line_no            int,
  reversal           boolean not null default false,
  recorded_at        timestamptz not null default now()
);

-- The baseline scans and the idempotent re-import of one source and period.
create index trade_flow_period_brin on insight.trade_flow using brin (period);
create index trade_flow_source_period_idx on insight.trade_flow (source, period);
-- Country and chapter together are the one combination the rollups cannot answer: covering indexes, read
-- index-only, in both orders (a country's chapter mix; a chapter's partners).
create index trade_flow_country_chapter_idx on insight.trade_flow (source_kind, partner_country, hs_chapter, period)
  include (flow, channel, partner_place, reporting_value);
create index trade_flow_chapter_country_idx on insight.trade_flow (source_kind, hs_chapter, partner_country, period)
  include (flow, channel, partner_place, reporting_value);
-- Idempotency per order line: a payment is recorded once, a refund reverses it once.
create unique index trade_flow_order_line_idx on insight.trade_flow (order_id, line_no, reversal)
  where order_id is not null;

-- Monthly sums in the reporting currency, kept current in the same transaction as every write.
create table insight.rollup_chapter (
  source_kind text not null,
  period      date not null,
  flow        text not null,
  channel     text not null,
  hs_chapter  char(2) not null,
  reporting_value numeric(22, 2) not null,
  records     bigint not null,
  primary key (source_kind, period, flow, channel, hs_chapter)
);

create table insight.rollup_partner (
  source_kind     text not null,
  period          date not null,
  flow            text not null,
  channel         text not null,
  partner_country char(2) not null,
  partner_place   text not null default '',
  reporting_value numeric(22, 2) not null,
  records         bigint not null,
  primary key (source_kind, period, flow, channel, partner_country, partner_place)
);
create index rollup_partner_country_idx on insight.rollup_partner (source_kind, partner_country, period);

-- An import of official statistics: its progress and the rows it refused, with line and reason.
create table insight.import_run (
  id           bigint generated always as identity primary key,
  source       text not null,
  layout       text not null,
  status       text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  lines_read   int not null default 0,
  imported     int not null default 0,
  rejected     int not null default 0,
  skipped      int not null default 0,
  periods      text[] not null default '{}',
  message      text,
  started_at   timestamptz not null default now(),
  finished_at  timestamptz
);

create table insight.import_error (
  run_id  bigint not null references insight.import_run (id) on delete cascade,
  line    int not null,
  reason  text not null,
  primary key (run_id, line)
);

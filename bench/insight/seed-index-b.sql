-- Phase 3, session B.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '1GB';
create index trade_flow_period_brin on insight.trade_flow using brin (period);
create index trade_flow_source_period_idx on insight.trade_flow (source, period);
create index trade_flow_chapter_country_idx on insight.trade_flow (source_kind, hs_chapter, partner_country, period)
  include (flow, channel, partner_place, reporting_value);

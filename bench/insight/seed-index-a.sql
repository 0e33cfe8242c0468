-- Phase 3, session A (at the same time as session B): indexes built once over the loaded rows.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '1GB';
alter table insight.trade_flow add primary key (id);
create index trade_flow_country_chapter_idx on insight.trade_flow (source_kind, partner_country, hs_chapter, period)
  include (flow, channel, partner_place, reporting_value);

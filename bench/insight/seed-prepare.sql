-- Phase 1 of the load (bench/insight/load.sh): empties insight's flow tables of a THROWAWAY benchmark home and drops
-- every index of the raw table, so that the rows go in without index maintenance and each index is built once,
-- by one sort, after the load.
\set ON_ERROR_STOP on
truncate insight.trade_flow, insight.rollup_chapter, insight.rollup_partner, insight.rollup_month, insight.rollup_country;
insert into insight.source (name, kind, synthetic) values ('BENCH synthetic flows (not real trade)', 'OFFICIAL', true)
  on conflict (name) do nothing;
drop index if exists insight.trade_flow_period_brin, insight.trade_flow_source_period_idx,
  insight.trade_flow_country_chapter_idx, insight.trade_flow_chapter_country_idx;
alter table insight.trade_flow drop constraint if exists trade_flow_pkey;

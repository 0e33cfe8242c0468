-- Phase 4, session B.
\set ON_ERROR_STOP on
\timing on
set work_mem = '512MB';
insert into insight.rollup_partner (source_kind, period, flow, channel, partner_country, partner_place, reporting_value, records)
select source_kind, period, flow, channel, partner_country, coalesce(partner_place, ''), sum(reporting_value), count(*)
from insight.trade_flow group by 1, 2, 3, 4, 5, 6;

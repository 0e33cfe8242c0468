-- Phase 4, session B: the partner rollup, then the country rollup from it.
\set ON_ERROR_STOP on
\timing on
set work_mem = '512MB';
insert into insight.rollup_partner (source_kind, period, flow, channel, partner_country, partner_place, reporting_value, records)
select source_kind, period, flow, channel, partner_country, coalesce(partner_place, ''), sum(reporting_value), count(*)
from insight.trade_flow group by 1, 2, 3, 4, 5, 6;
insert into insight.rollup_country (source_kind, period, flow, partner_country, reporting_value, records)
select source_kind, period, flow, partner_country, sum(reporting_value), sum(records)
from insight.rollup_partner group by 1, 2, 3, 4;

-- Phase 4, session A (at the same time as session B): the chapter rollup from the raw flows, then the monthly rollup
-- from the chapter rollup, the way an import recomputes them; then the visibility map for index-only scans.
\set ON_ERROR_STOP on
\timing on
set work_mem = '512MB';
insert into insight.rollup_chapter (source_kind, period, flow, channel, hs_chapter, reporting_value, records)
select source_kind, period, flow, channel, hs_chapter, sum(reporting_value), count(*)
from insight.trade_flow group by 1, 2, 3, 4, 5;
insert into insight.rollup_month (source_kind, period, flow, channel, reporting_value, records)
select source_kind, period, flow, channel, sum(reporting_value), sum(records)
from insight.rollup_chapter group by 1, 2, 3, 4;
vacuum analyze insight.trade_flow;

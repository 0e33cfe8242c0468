-- The benchmark's merchants: :merchants verified merchants coded bench-m-1 … bench-m-N, spread over the network's
-- places, paying out in the place's currency where there are FX rates for it. Merchants are registered by ADMIN
-- one at a time in real life; this shortcut only sets the stage for the CSV import, which is what is measured.
\set ON_ERROR_STOP on
with places as (
  select id, country_code, coalesce(currency, 'EUR') as cur, row_number() over (order by id) - 1 as n,
         count(*) over () as total
  from network.place)
insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency,
                              verification, demo)
select 'bench-m-' || g, 'Bench merchant ' || g || ' (synthetic)',
       jsonb_build_object('en', 'Bench merchant ' || g || ' (synthetic)'), p.id, p.country_code,
       case when p.cur in (select currency from catalog.fx_rate) then p.cur else 'EUR' end, 'VERIFIED', true
from generate_series(1, :merchants) g join places p on p.n = g % p.total
on conflict (code) do nothing;

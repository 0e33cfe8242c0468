-- Synthetic catalog for the benchmarks: :merchants merchants, :products products with 4 variants each, titles in
-- English plus one of Chinese, Russian, Korean or Japanese (Latin, Han, Cyrillic, Hangul and Kana scripts).
-- Everything is marked demo and named "(synthetic)"; run it only against a benchmark installation.
\set ON_ERROR_STOP on
begin;
with places as (
  select id, country_code, coalesce(currency, 'EUR') as cur, row_number() over (order by id) - 1 as n,
         count(*) over () as total
  from network.place)
insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency,
                              verification, demo)
select 'bench-m-' || g, 'Bench merchant ' || g || ' (synthetic)',
       jsonb_build_object('en', 'Bench merchant ' || g || ' (synthetic)'), p.id, p.country_code,
       case when p.cur in (select currency from catalog.fx_rate) then p.cur else 'EUR' end, 'VERIFIED', true
from generate_series(1, :merchants) g join places p on p.n = g % p.total;

create temp table bench_words (n int, en text, zh text, ru text, ko text, ja text);
insert into bench_words values
 (0, 'teapot', '茶壶', 'чайник', '찻주전자', '急須'), (1, 'green tea', '绿茶', 'зелёный чай', '녹차', '緑茶'),
 (2, 'black garlic', '黑蒜', 'чёрный чеснок', '흑마늘', '黒にんにく'), (3, 'cast iron wok', '铸铁炒锅', 'чугунный вок', '무쇠 웍', '鉄鍋'),
 (4, 'rose jam', '玫瑰酱', 'варенье из роз', '장미잼', 'バラジャム'), (5, 'linen towel', '亚麻毛巾', 'льняное полотенце', '리넨 수건', 'リネンタオル'),
 (6, 'glass bowl', '玻璃碗', 'стеклянная миска', '유리 그릇', 'ガラスボウル'), (7, 'soy sauce', '天然酿造酱油', 'соевый соус', '간장', '醤油'),
 (8, 'porcelain cup', '瓷杯', 'фарфоровая чашка', '도자기 컵', '磁器カップ'), (9, 'wooden spoon', '木勺', 'деревянная ложка', '나무 숟가락', '木のスプーン'),
 (10, 'ginseng tea', '人参茶', 'чай с женьшенем', '인삼차', '高麗人参茶'), (11, 'honey', '蜂蜜', 'мёд', '꿀', 'はちみつ'),
 (12, 'noodles', '面条', 'лапша', '국수', '麺'), (13, 'chili sauce', '辣椒酱', 'соус чили', '칠리 소스', 'チリソース'),
 (14, 'silk scarf', '丝巾', 'шёлковый шарф', '실크 스카프', 'シルクスカーフ'), (15, 'ceramic vase', '陶瓷花瓶', 'керамическая ваза', '도자기 꽃병', '陶器の花瓶');

create temp table bench_merchants as
  select id, payout_currency, country_code, row_number() over (order by id) - 1 as n
  from catalog.merchant where code like 'bench-m-%';
create temp table bench_categories as
  select id, row_number() over (order by id) - 1 as n, count(*) over () as total from catalog.category;

insert into catalog.product (merchant_id, sku, category_id, default_lang, hs_code, origin_country, weight_grams,
                             base_price, currency, status, markets, demo, created_at)
select m.id, 'BP-' || g, c.id, (array['zh', 'ru', 'ko', 'ja'])[1 + g % 4], '0902' || lpad((g % 100)::text, 2, '0'),
       m.country_code, 100 + g % 3000,
       case when m.payout_currency in ('JPY', 'KRW', 'HUF', 'KHR') then (500 + g * 7919 % 50000)::numeric
            else round((5 + (g * 7919 % 50000) / 100.0)::numeric, 2) end,
       m.payout_currency, 'ACTIVE',
       case g % 3 when 0 then array['CN','JP','KR','FI','DE','GB'] when 1 then array['CN','RU','FI','US']
            else array['JP','KR','GB','DE','FR'] end,
       true, now() - (g % 5000) * interval '1 minute'
from generate_series(1, :products) g
join bench_merchants m on m.n = g % :merchants
join bench_categories c on c.n = g % c.total;

insert into catalog.product_text (product_id, lang, title, description)
select p.id, 'en', initcap(w.en) || ' model ' || p.id || ' (synthetic)', 'A synthetic ' || w.en || ' for benchmarks.'
from catalog.product p join bench_words w on w.n = p.id % 16 where p.sku like 'BP-%';
insert into catalog.product_text (product_id, lang, title, description)
select p.id, p.default_lang,
       case p.default_lang when 'zh' then w.zh || ' 型号' || p.id || '（合成）' when 'ru' then w.ru || ' модель ' || p.id
            when 'ko' then w.ko || ' 모델 ' || p.id else w.ja || ' モデル' || p.id end, ''
from catalog.product p join bench_words w on w.n = p.id % 16 where p.sku like 'BP-%';

insert into catalog.variant (product_id, merchant_id, sku, options)
select p.id, p.merchant_id, p.sku || '-' || v, jsonb_build_object('size', v)
from catalog.product p cross join generate_series(1, 4) v where p.sku like 'BP-%';

-- Search offers only products with a variant in stock: a main warehouse per merchant, stock for every variant.
insert into catalog.warehouse (merchant_id, code, kind, country_code)
select id, 'main', 'DOMESTIC', country_code from bench_merchants on conflict (merchant_id, code) do nothing;
insert into catalog.stock (variant_id, warehouse_id, on_hand)
select v.id, w.id, 5 + v.id % 40
from catalog.variant v join bench_merchants m on m.id = v.merchant_id
join catalog.warehouse w on w.merchant_id = m.id and w.code = 'main'
where v.sku like 'BP-%';
commit;
analyze;
select (select count(*) from catalog.merchant) as merchants, (select count(*) from catalog.product) as products,
       (select count(*) from catalog.variant) as variants;

-- The baseline: the same searches done with PostgreSQL ILIKE over the same data (top 20 and category counts).
\set n random(1, 7)
select p.id, t.title, p.base_price, p.currency from catalog.product_text t join catalog.product p on p.id = t.product_id
 where t.title ilike '%' || (array['teapot', '酱油', 'лапша', '흑마늘', 'cast iron wok', 'teapot', 'green tea'])[:n] || '%'
 order by p.id limit 20;
select p.category_id, count(*) from catalog.product_text t join catalog.product p on p.id = t.product_id
 where t.title ilike '%' || (array['teapot', '酱油', 'лапша', '흑마늘', 'cast iron wok', 'teapot', 'green tea'])[:n] || '%'
 group by p.category_id;

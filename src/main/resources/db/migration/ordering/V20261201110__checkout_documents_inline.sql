-- The review (with its quotes) and each order's quote snapshot are written once per checkout and read when the
-- order is placed or shown. Like pricing.quote, rows up to a page stay whole and uncompressed instead of paying
-- pglz compression on insert and decompression on every read; larger documents are still compressed.
alter table ordering.checkout_review set (toast_tuple_target = 8160);
alter table ordering.customer_order set (toast_tuple_target = 8160);

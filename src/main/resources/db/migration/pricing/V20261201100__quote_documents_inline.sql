-- A quote's request and result documents are written once (thousands a second through the quote API) and read
-- rarely. At about 3 KB a row they crossed the 2 KB point where PostgreSQL compresses values and moves them to the
-- TOAST table, paying pglz compression on every insert and decompression on every read. Rows are kept whole and
-- uncompressed up to the largest size a page holds; a larger quote (many items) is still compressed as before.
alter table pricing.quote set (toast_tuple_target = 8160);

-- Product images: files under TWINPORT_HOME/images, with a generated thumbnail each.
create table catalog.product_image (
  id           bigint generated always as identity primary key,
  product_id   bigint not null references catalog.product (id) on delete cascade,
  file_name    text not null unique,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/gif')),
  width        integer not null check (width > 0),
  height       integer not null check (height > 0),
  bytes        integer not null check (bytes > 0),
  created_at   timestamptz not null default now()
);
create index product_image_product_idx on catalog.product_image (product_id);

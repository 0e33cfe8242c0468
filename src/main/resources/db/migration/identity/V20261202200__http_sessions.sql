-- Browser sessions (sign-in, CSRF token, flash messages) in PostgreSQL through Spring Session JDBC, so that any
-- application node serves any signed-in user and a restart signs nobody out. Spring Session's own layout, with the
-- table name set by spring.session.jdbc.table-name (identity.http_session; attributes in <name>_attributes).
create table identity.http_session (
  primary_id            char(36) not null primary key,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100)
);
create unique index http_session_session_id_idx on identity.http_session (session_id);
create index http_session_expiry_time_idx on identity.http_session (expiry_time);
create index http_session_principal_name_idx on identity.http_session (principal_name);

create table identity.http_session_attributes (
  session_primary_id char(36) not null references identity.http_session (primary_id) on delete cascade,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  primary key (session_primary_id, attribute_name)
);

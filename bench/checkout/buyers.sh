# Sourced by the checkout benchmarks. create_buyers N NAME prints the API tokens of N new BUYER accounts
# (NAME.buyer.1 …), written straight into the database: N argon2 sign-ins would only measure the hash.
# Needs the PSQL array (psql and its connection options) of the caller.
create_buyers() {
  "${PSQL[@]}" -d postgres -At -c "
    with t as (select i, 'tp_$2_' || i || '_' || md5(random()::text || clock_timestamp()::text || i) as token
               from generate_series(1, $1) i),
    a as (insert into identity.account (username, password_hash, role, display_name)
          select '$2.buyer.' || i, 'no-password', 'BUYER', '$2 buyer ' || i from t returning id, username),
    k as (insert into identity.api_token (account_id, name, token_hash, token_prefix)
          select a.id, 'bench', sha256(convert_to(t.token, 'UTF8')), substr(t.token, 1, 8)
          from a join t on a.username = '$2.buyer.' || t.i)
    select token from t order by i"
}

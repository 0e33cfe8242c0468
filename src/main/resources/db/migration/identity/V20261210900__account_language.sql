-- The language an account chose for the interface (ISO 639-1), restored at every sign-in;
-- null until the person picks one, when the cookie and Accept-Language decide.
alter table identity.account add column ui_language text check (ui_language ~ '^[a-z]{2}$');

-- The hashes of an account's previous passwords, so that a new password cannot be one of the last five.
create table password_history (
    id            bigserial primary key,
    account_id    bigint      not null references account (id) on delete cascade,
    password_hash text        not null,
    replaced_at   timestamptz not null
);

create index password_history_account on password_history (account_id, replaced_at desc);

-- org: the organisation tree and the accounts that act for it
create table unit (
    id             bigserial primary key,
    parent_id      bigint references unit (id),
    code           text    not null unique,
    name           text    not null,
    type           text    not null,
    stationed_at_id bigint references unit (id),
    sort_order     int     not null default 0,
    active         boolean not null default true,
    version        bigint  not null default 0,
    constraint unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index unit_parent_idx on unit (parent_id);

create table account (
    id                   bigserial primary key,
    username             text        not null unique,
    display_name         text        not null,
    password_hash        text        not null,
    role                 text        not null,
    unit_id              bigint references unit (id),
    capacity             text,
    enabled              boolean     not null default true,
    failed_attempts      int         not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    must_change_password boolean     not null default false,
    version              bigint      not null default 0,
    constraint account_capacity_only_for_endorsers check ((role = 'ENDORSER') = (capacity is not null))
);
create index account_unit_idx on account (unit_id);

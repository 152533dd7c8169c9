-- review: in-app notifications (the daily reminders) and the e-mail address a user wants them at
create table notification (
    id          bigserial primary key,
    account_id  bigint not null references account (id) on delete cascade,
    -- what the notice is about, e.g. below-minimum:<campaign>:<unit>; at most one per topic a day
    topic       text   not null,
    sent_on     date   not null,
    message_key text   not null,
    args        jsonb  not null default '[]',
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz,
    unique (account_id, topic, sent_on)
);
create index notification_account_idx on notification (account_id, created_at desc);

create table notification_address (
    account_id bigint primary key references account (id) on delete cascade,
    email      text   not null
);

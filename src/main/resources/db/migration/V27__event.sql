-- event: what an office plans, fills with people in set numbers, runs on the day and reports on — seed 004's
-- 政务开放日 and the 发布仪式 that ends seeds 000, 001 and 002
create table event (
    id                bigserial primary key,
    version           bigint not null default 0,
    organiser_unit_id bigint not null references unit (id),
    campaign_id       bigint references campaign (id),
    kind              text   not null,
    title             text   not null,
    theme             text,
    held_on           date   not null,
    starts_at         time,
    ends_at           time,
    places            text,
    objectives        text,
    topics            text   not null default '',
    live_stream_url   text,
    status            text   not null,
    -- the part of the public links (sign-up, check-in, 征求意见表) nobody can guess from the event's number
    public_key        text   not null unique,
    created_at        timestamptz not null
);

create index event_organiser on event (organiser_unit_id);
create index event_campaign on event (campaign_id);

create table event_group (
    id            bigserial primary key,
    event_id      bigint  not null references event (id) on delete cascade,
    name          text    not null,
    quota         int     not null check (quota >= 0),
    sort_order    int     not null,
    open_sign_up  boolean not null default false,
    note          text,
    unique (event_id, name)
);

-- a person invited (personal link) or signed up; phone and 身份证号 encrypted, phone_hash keyed to match check-ins
create table event_participant (
    id            bigserial primary key,
    version       bigint not null default 0,
    event_id      bigint not null references event (id) on delete cascade,
    group_id      bigint not null references event_group (id),
    name          text   not null,
    organisation  text,
    phone         text   not null,
    phone_hash    text   not null,
    id_number     text,
    source        text   not null,
    status        text   not null,
    token         text   not null unique,
    checked_in_at timestamptz,
    created_at    timestamptz not null,
    unique (event_id, phone_hash)
);

create table event_agenda_item (
    id          bigserial primary key,
    event_id    bigint not null references event (id) on delete cascade,
    sort_order  int    not null,
    part        text,
    title       text   not null,
    starts_at   time,
    ends_at     time,
    place       text,
    presenter   text,
    details     text
);

-- 征求意见表: filled on a phone on the day or entered from paper afterwards; each gets an owner and a written reply
create table event_opinion (
    id             bigserial primary key,
    version        bigint not null default 0,
    event_id       bigint not null references event (id) on delete cascade,
    topic          text   not null,
    content        text   not null,
    author_name    text,
    organisation   text,
    phone          text,
    channel        text   not null,
    status         text   not null,
    owner          text,
    reply          text,
    received_at    timestamptz not null,
    replied_at     timestamptz
);

create index event_opinion_event on event_opinion (event_id);

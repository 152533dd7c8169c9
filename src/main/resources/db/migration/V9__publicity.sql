-- publicity: 公示 rounds of a campaign's shortlist (the first, then 二次公示 for fill-ins), the candidates
-- each shows as published, the campaign's publicity settings, and objections (异议) with their evidence
create table publicity_settings (
    campaign_id        bigint primary key references campaign (id),
    fill_in            boolean not null default false,
    investigation_days int     not null default 10
);

create table publicity_round (
    id           bigserial primary key,
    campaign_id  bigint not null references campaign (id),
    round_no     int    not null,
    starts_on    date   not null,
    ends_on      date   not null,
    working_days int    not null,
    published_by text   not null,
    published_at timestamptz not null,
    unique (campaign_id, round_no)
);

-- a candidate as publicised; round_no names the round it is (or, for a fill-in not yet published, will be) shown in
create table publicity_entry (
    campaign_id     bigint  not null references campaign (id),
    nomination_id   bigint  not null references nomination (id),
    round_no        int     not null,
    category_id     bigint  not null,
    category_name   text    not null,
    category_order  int     not null,
    rank            int     not null,
    display_name    text    not null,
    unit_name       text    not null,
    deed_summary    text    not null,
    segment         text,
    kind            text    not null,
    fills_in_for    bigint,
    withdrawn_at    timestamptz,
    primary key (campaign_id, nomination_id)
);

create table objection_counter (
    year int primary key,
    last int not null
);

create table objection (
    id              bigserial primary key,
    version         bigint not null default 0,
    campaign_id     bigint not null references campaign (id),
    case_number     text   not null unique,
    nomination_id   bigint not null references nomination (id),
    objector_name   text   not null,
    objector_phone  text   not null,
    content         text   not null,
    status          text   not null,
    received_at     timestamptz not null,
    decline_reason  text,
    assignee        text,
    assignee_name   text,
    deadline        date,
    reply           text,
    concluded_at    timestamptz
);
create index objection_campaign_idx on objection (campaign_id, status);

create table objection_evidence (
    id            bigserial primary key,
    objection_id  bigint not null references objection (id) on delete cascade,
    file_name     text   not null,
    content_type  text   not null,
    size_bytes    int    not null,
    content       bytea  not null
);

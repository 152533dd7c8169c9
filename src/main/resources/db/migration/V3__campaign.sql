-- campaign: a campaign's whole configuration; categories are their own aggregates because
-- nominations refer to them, and form versions are append-only because answers refer to them
create table campaign (
    id                     bigserial primary key,
    version                bigint  not null default 0,
    title                  text    not null,
    edition                text,
    document_number        text,
    organiser_unit_id      bigint  not null references unit (id),
    office_note            text,
    phase                  text    not null,
    publicity_working_days int     not null,
    created_at             timestamptz not null default now()
);
create index campaign_organiser_idx on campaign (organiser_unit_id);

create table campaign_host (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    name        text   not null,
    primary key (campaign_id, position)
);

create table leading_group_member (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    sub_group   text,
    post        text   not null,
    name        text   not null,
    primary key (campaign_id, position)
);

create table phase_window (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    phase       text   not null,
    starts_on   date   not null,
    ends_on     date   not null,
    primary key (campaign_id, position),
    unique (campaign_id, phase)
);

create table scoring_weight (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    component   text   not null,
    label       text   not null,
    weight      int    not null,
    primary key (campaign_id, position)
);

create table nomination_limit (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    unit_type   text   not null,
    category_id bigint,
    min_count   int    not null,
    max_count   int    not null,
    primary key (campaign_id, position)
);

create table endorsement_step (
    campaign_id   bigint  not null references campaign (id) on delete cascade,
    position      int     not null,
    unit_type     text    not null,
    step_order    int     not null,
    capacity      text    not null,
    endorser_unit text    not null,
    seal_required boolean not null,
    primary key (campaign_id, position)
);

create table category (
    id                 bigserial primary key,
    version            bigint not null default 0,
    campaign_id        bigint not null references campaign (id),
    name               text   not null,
    nominee_kind       text   not null,
    quota              int    not null,
    sort_order         int    not null default 0,
    share_cap_label    text,
    share_cap_percent  int
);
create index category_campaign_idx on category (campaign_id);

create table category_segment (
    category_id bigint not null references category (id) on delete cascade,
    position    int    not null,
    name        text   not null,
    quota       int    not null,
    primary key (category_id, position)
);

create table category_allocation (
    category_id bigint not null references category (id) on delete cascade,
    position    int    not null,
    unit_id     bigint not null references unit (id),
    segment     text,
    quota       int    not null,
    primary key (category_id, position)
);

create table eligibility_rule (
    category_id bigint not null references category (id) on delete cascade,
    position    int    not null,
    type        text   not null,
    mode        text   not null,
    since_date  date,
    years       int,
    titles      text,
    primary key (category_id, position)
);

create table category_form (
    id           bigserial primary key,
    category_id  bigint not null references category (id),
    version      int    not null,
    template_key text   not null,
    definition   jsonb  not null,
    created_at   timestamptz not null default now(),
    created_by   text   not null,
    unique (category_id, version)
);

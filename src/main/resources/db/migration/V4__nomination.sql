-- nomination: a unit's nomination in a category, its answers (personal ones encrypted), the chain
-- resolved at submission, its endorsements, flags, history, and the files attached to it
create table nomination (
    id               bigserial primary key,
    version          bigint  not null default 0,
    campaign_id      bigint  not null references campaign (id),
    category_id      bigint  not null references category (id),
    unit_id          bigint  not null references unit (id),
    form_version     int     not null,
    status           text    not null,
    display_name     text    not null default '',
    answers          jsonb   not null default '{}',
    personal_answers text,
    segment          text,
    share_capped     boolean not null default false,
    declarations     jsonb   not null default '[]',
    person_key       text,
    round            int     not null default 0,
    chain            jsonb   not null default '[]',
    waiting_step     int     not null default 0,
    waiting_unit_id  bigint,
    waiting_capacity text,
    created_by       text    not null,
    created_at       timestamptz not null,
    submitted_at     timestamptz,
    updated_at       timestamptz not null default now()
);
create index nomination_campaign_idx on nomination (campaign_id, status);
create index nomination_unit_idx on nomination (unit_id, campaign_id);
create index nomination_waiting_idx on nomination (waiting_unit_id, waiting_capacity) where status = 'ENDORSING';
create index nomination_person_idx on nomination (campaign_id, person_key) where person_key is not null;

create table nomination_endorsement (
    nomination_id    bigint  not null references nomination (id) on delete cascade,
    position         int     not null,
    round            int     not null,
    step_order       int     not null,
    capacity         text    not null,
    endorser_unit_id bigint  not null,
    agreed           boolean not null,
    opinion          text,
    signer_name      text    not null,
    signed_on        date    not null,
    seal_file_id     bigint,
    electronic_seal  boolean not null,
    account_id       bigint  not null,
    recorded_at      timestamptz not null,
    primary key (nomination_id, position)
);

create table nomination_flag (
    nomination_id       bigint not null references nomination (id) on delete cascade,
    position            int    not null,
    kind                text   not null,
    rule                text,
    other_nomination_id bigint,
    cleared_by          text,
    cleared_at          timestamptz,
    clearance           text,
    primary key (nomination_id, position)
);

create table nomination_history (
    nomination_id bigint not null references nomination (id) on delete cascade,
    position      int    not null,
    at            timestamptz not null,
    actor         text   not null,
    action        text   not null,
    from_status   text,
    to_status     text   not null,
    reason        text,
    primary key (nomination_id, position)
);

-- photos, the portrait, the signed-and-sealed scan, seal images and opinion forms (征求意见表)
create table nomination_file (
    id            bigserial primary key,
    nomination_id bigint  not null references nomination (id) on delete cascade,
    purpose       text    not null,
    file_name     text    not null,
    content_type  text    not null,
    size_bytes    int     not null,
    content       bytea   not null,
    thumbnail     bytea,
    uploaded_by   text    not null,
    uploaded_at   timestamptz not null
);
create index nomination_file_idx on nomination_file (nomination_id, purpose);

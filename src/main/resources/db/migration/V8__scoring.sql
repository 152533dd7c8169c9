-- scoring: judging panels with their members and one-time invitations, recusals, scoresheets and
-- submissions, the campaign's scheme (vote points, tie-breaks), the lock with the votes it froze,
-- the leading group's tie decisions and the generated shortlist (初选名单)
create table scoring_panel (
    id            bigserial primary key,
    campaign_id   bigint  not null references campaign (id),
    name          text    not null,
    component     text    not null,
    mode          text    not null,
    criteria      jsonb   not null default '[]',
    aggregation   text    not null,
    normalised    boolean not null default false,
    recusal_scope text    not null,
    assignments   jsonb   not null default '[]',
    created_at    timestamptz not null,
    unique (campaign_id, name),
    unique (campaign_id, component)
);

create table scoring_member (
    panel_id   bigint not null references scoring_panel (id) on delete cascade,
    account_id bigint not null references account (id),
    unit_id    bigint references unit (id),
    added_at   timestamptz not null,
    primary key (panel_id, account_id)
);
create index scoring_member_account_idx on scoring_member (account_id);

-- only the SHA-256 of the token is kept: the link is shown once, to the organiser who made it
create table scoring_invitation (
    id         bigserial primary key,
    panel_id   bigint not null references scoring_panel (id) on delete cascade,
    token_hash text   not null unique,
    invitee    text   not null,
    unit_id    bigint references unit (id),
    expires_at timestamptz not null,
    created_by text   not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    account_id bigint references account (id),
    revoked_at timestamptz
);
create index scoring_invitation_panel_idx on scoring_invitation (panel_id);

-- declared recusals; automatic ones (same unit) follow from the units and are not stored
create table scoring_recusal (
    panel_id      bigint not null references scoring_panel (id) on delete cascade,
    account_id    bigint not null references account (id),
    nomination_id bigint not null references nomination (id),
    reason        text   not null,
    note          text,
    declared_by   text   not null,
    declared_at   timestamptz not null,
    primary key (panel_id, account_id, nomination_id)
);

create table scoring_sheet (
    panel_id      bigint not null references scoring_panel (id) on delete cascade,
    account_id    bigint not null references account (id),
    nomination_id bigint not null references nomination (id),
    points        jsonb  not null default '[]',
    ballot        text,
    comment       text,
    updated_at    timestamptz not null,
    primary key (panel_id, account_id, nomination_id)
);

create table scoring_submission (
    panel_id     bigint not null references scoring_panel (id) on delete cascade,
    account_id   bigint not null references account (id),
    submitted_at timestamptz not null,
    primary key (panel_id, account_id)
);

create table scoring_scheme (
    campaign_id bigint primary key references campaign (id),
    vote_points text   not null,
    rank_step   numeric(6, 2) not null,
    tie_breaks  jsonb  not null default '[]'
);

create table scoring_lock (
    campaign_id bigint primary key references campaign (id),
    locked_by   text   not null,
    locked_at   timestamptz not null
);

create table scoring_locked_votes (
    campaign_id   bigint not null references scoring_lock (campaign_id) on delete cascade,
    nomination_id bigint not null,
    votes         bigint not null,
    primary key (campaign_id, nomination_id)
);

create table scoring_tie_decision (
    id             bigserial primary key,
    campaign_id    bigint not null references campaign (id),
    category_id    bigint not null references category (id),
    nomination_ids jsonb  not null,
    reason         text   not null,
    decided_by     text   not null,
    decided_at     timestamptz not null
);
create index scoring_tie_decision_idx on scoring_tie_decision (campaign_id);

create table scoring_shortlist (
    campaign_id  bigint primary key references campaign (id),
    generated_by text   not null,
    generated_at timestamptz not null
);

create table scoring_shortlist_entry (
    campaign_id   bigint  not null references scoring_shortlist (campaign_id) on delete cascade,
    category_id   bigint  not null references category (id),
    nomination_id bigint  not null references nomination (id),
    rank          int     not null,
    composite     numeric(7, 2) not null,
    outcome       text    not null,
    segment       text,
    unit_id       bigint  not null,
    display_name  text    not null,
    primary key (campaign_id, nomination_id)
);

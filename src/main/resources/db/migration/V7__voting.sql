-- voting: public online votes. The vote table is the hot path: its primary key is the
-- per-candidate dedup key and two more unique keys hold the per-day and per-category limits, so
-- the database alone guarantees every limit whatever node or counter let a vote through.

create table vote_rules (
    campaign_id           bigint primary key,
    version               bigint      not null default 0,
    opens_at              timestamptz,
    closes_at             timestamptz,
    per_day               int,
    per_category_per_day  int,
    per_candidate_per_day int         not null,
    tally_display         text        not null,
    tally_delay_minutes   int         not null default 0
);

-- slots: a voter's n-th vote of the day (day_slot), in a category (category_slot) and for a
-- candidate (candidate_slot), each below its limit. Invalidated votes keep their slots.
create table vote (
    campaign_id     bigint      not null,
    voter_key       bytea       not null,
    vote_day        date        not null,
    candidate_id    bigint      not null,
    candidate_slot  smallint    not null,
    category_id     bigint      not null,
    category_slot   smallint    not null,
    day_slot        smallint    not null,
    cast_at         timestamptz not null,
    ip              text        not null,
    ip_net          text        not null,
    agent_hash      int         not null,
    device_id       text        not null,
    invalidation_id bigint,
    primary key (campaign_id, voter_key, vote_day, candidate_id, candidate_slot)
);
create unique index vote_category_slot_key on vote (campaign_id, voter_key, vote_day, category_id, category_slot);
create unique index vote_day_slot_key on vote (campaign_id, voter_key, vote_day, day_slot);
-- votes arrive in time order, so a block-range index costs almost nothing to keep
create index vote_cast_at_brin on vote using brin (cast_at);

-- valid votes per candidate, spread over shards so that no single row is updated by every batch
create table vote_count (
    campaign_id  bigint   not null,
    candidate_id bigint   not null,
    shard        smallint not null,
    votes        bigint   not null,
    primary key (campaign_id, candidate_id, shard)
);

create table vote_invalidation (
    id             bigserial primary key,
    campaign_id    bigint      not null,
    flag_kind      text        not null,
    flag_subject   text        not null,
    reason         text        not null,
    invalidated_by text        not null,
    invalidated_at timestamptz not null,
    votes          int         not null
);
create index vote_invalidation_campaign_idx on vote_invalidation (campaign_id);

-- voter verification: keyed by the HMAC voter key, never the phone number itself
create table voter_captcha (
    id         uuid primary key,
    answer     text        not null,
    expires_at timestamptz not null
);

create table voter_sms_code (
    voter_key  bytea primary key,
    code_hash  bytea       not null,
    expires_at timestamptz not null,
    attempts   int         not null default 0
);

-- a generated secret for development; production sets LAUREL_VOTER_KEY_SECRET outside the database
create table voting_secret (
    name  text primary key,
    value bytea not null
);

-- award: the decision (审定) that fixes a campaign's honour list, and the honourees as confirmed by it
create table award_decision (
    campaign_id     bigint primary key references campaign (id),
    wording         text   not null,
    deciding_body   text   not null,
    decided_on      date   not null,
    document_number text,
    recorded_by     text   not null,
    recorded_at     timestamptz not null
);

create table award_honouree (
    campaign_id    bigint not null references campaign (id),
    nomination_id  bigint not null references nomination (id),
    category_id    bigint not null,
    category_name  text   not null,
    category_order int    not null,
    rank           int    not null,
    display_name   text   not null,
    unit_name      text   not null,
    deed_summary   text   not null,
    kind           text   not null,
    primary key (campaign_id, nomination_id)
);

-- certificates: one template per campaign, fields placed in mm on A4 landscape (JSON: field -> x, y, size)
create table award_certificate_template (
    campaign_id     bigint primary key references campaign (id),
    honour_title    text,
    number_prefix   text,
    layout          jsonb  not null,
    background      bytea,
    updated_by      text   not null,
    updated_at      timestamptz not null
);

-- the public honour roll shows the decided list until this day (default: a year after the decision)
create table award_roll (
    campaign_id   bigint primary key references campaign (id),
    visible_until date   not null
);

-- the instance's Ed25519 key that signs filing packages, generated once; the private key encrypted at rest
create table award_signing_key (
    id          int primary key check (id = 1),
    private_key text not null,
    public_key  text not null,
    created_at  timestamptz not null
);

-- public keys whose packages are accepted: instance-wide (set by an administrator) or for one campaign
create table award_trusted_key (
    id          bigserial primary key,
    campaign_id bigint references campaign (id),
    public_key  text   not null,
    fingerprint text   not null,
    label       text   not null,
    added_by    text   not null,
    added_at    timestamptz not null
);
create unique index award_trusted_key_scope on award_trusted_key (coalesce(campaign_id, 0), fingerprint);

-- packages taken in, so the same result is not imported twice into a campaign
create table award_import (
    campaign_id     bigint not null references campaign (id),
    manifest_digest text   not null,
    source          text   not null,
    nominations     int    not null,
    imported_by     text   not null,
    imported_at     timestamptz not null,
    primary key (campaign_id, manifest_digest)
);

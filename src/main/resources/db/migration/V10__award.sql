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

-- The units that, with everything under them, may nominate in a campaign (参评范围).
-- None: the organiser's whole organisation (the top of the tree the office sits in).
create table campaign_scope_unit (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    unit_id     bigint not null references unit (id),
    primary key (campaign_id, position)
);

-- a campaign made from a seed plan whose 发布仪式 has an event template: offered to the organiser until a ceremony of
-- the campaign is planned
create table event_ceremony_offer (
    campaign_id  bigint primary key references campaign (id) on delete cascade,
    template_key text not null
);

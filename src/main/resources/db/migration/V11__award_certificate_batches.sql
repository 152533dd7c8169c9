-- award: certificate batches in the database rather than one node's memory, so that any node behind the
-- load balancer answers a batch's progress and serves its zip. A batch whose node stopped is recognised by
-- not having advanced for a while.
create table certificate_batch (
    id          uuid        primary key,
    campaign_id bigint      not null references campaign (id),
    total       int         not null,
    done        int         not null default 0,
    state       text        not null,
    zip         bytea,
    started_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index certificate_batch_campaign_idx on certificate_batch (campaign_id);

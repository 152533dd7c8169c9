-- audit: an append-only, hash-chained trail of every configuration change and state transition
create table audit_entry (
    id            bigserial primary key,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    campaign_id   bigint,
    before_state  json,
    after_state   json,
    reason        text,
    prev_hash     text        not null,
    hash          text        not null unique
);
create index audit_entry_campaign_idx on audit_entry (campaign_id, id);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- HTTP sessions live in the database so that any node can serve any request (spring-session-jdbc schema)
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

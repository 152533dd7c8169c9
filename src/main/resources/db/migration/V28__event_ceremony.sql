-- the run of show of a 发布仪式: honourees by category from the campaign's decision, with who presents each part
create table event_show_item (
    id             bigserial primary key,
    event_id       bigint not null references event (id) on delete cascade,
    sort_order     int    not null,
    category_name  text   not null,
    nomination_id  bigint not null,
    display_name   text   not null,
    unit_name      text,
    deed_summary   text,
    presenter      text
);

create index event_show_item_event on event_show_item (event_id, sort_order);

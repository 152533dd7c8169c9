-- calendar: China's statutory holidays (放假) and 调休 make-up working days (上班), one row per date;
-- every other date is a working day from Monday to Friday
create table calendar_day (
    id    bigint generated always as identity primary key,
    day   date        not null unique,
    kind  varchar(20) not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name  varchar(50) not null,
    -- a make-up working day only ever replaces a Saturday or a Sunday
    constraint calendar_day_makeup_on_weekend check (kind <> 'MAKEUP_WORKDAY' or extract(isodow from day) in (6, 7))
);

-- one row: the revision goes up with every change so that each node reloads the calendar it caches,
-- and the shipped dataset is loaded once (see ChineseDaysDataset)
create table calendar_state (
    id       smallint primary key default 1 check (id = 1),
    revision bigint      not null default 0,
    dataset  varchar(40)
);
insert into calendar_state (id) values (1);

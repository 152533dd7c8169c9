-- notification: the module that owns the notices (created with review's reminders in V6) now also sends one when a
-- nomination reaches someone's desk or its fate changes. Such a notice has no topic and no day: each is its own, so
-- the once-a-day rule of reminders (unique account, topic, day) does not hold for it.
alter table notification alter column topic drop not null;
alter table notification alter column sent_on drop not null;
comment on table notification is 'owned by the notification module: notices in the app, e-mailed and pushed';
comment on table notification_address is 'owned by the notification module: where a user wants notices e-mailed';

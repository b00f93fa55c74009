-- In-app notifications (module notification): one row per recipient. The text is rendered on
-- read from the kind's message key and the stored arguments, so it follows the reader's language.
create table notification (
    id            bigserial primary key,
    recipient_id  bigint        not null references user_account (id),
    kind          varchar(40)   not null,
    subject_label varchar(1100) not null,
    reason        text,
    period        varchar(10),
    period_year   int,
    link          varchar(300)  not null,
    created_at    timestamptz   not null,
    read_at       timestamptz,
    -- e-mail: null when none is to be sent, PENDING until the mail job sent it, then SENT
    mail_to       varchar(160),
    mail_state    varchar(10)   check (mail_state in ('PENDING', 'SENT')),
    mailed_at     timestamptz,
    -- reminders and one-click reminders are made at most once per key
    once_key      varchar(300),
    version       bigint        not null default 0
);
create index notification_recipient_unread_idx on notification (recipient_id) where read_at is null;
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_mail_pending_idx on notification (id) where mail_state = 'PENDING';
create unique index notification_once_unique on notification (once_key, recipient_id) where once_key is not null;

-- The office's one-click reminders ("nhắc nhở") to overdue units: who sent which, when.
create table reminder_sent (
    id          bigserial primary key,
    plan_id     bigint       not null,
    period      varchar(10)  not null,
    unit_node_id bigint      not null references org_node (id),
    unit_name   varchar(300) not null,
    actor_id    bigint       references user_account (id),
    actor_name  varchar(160) not null,
    sent_at     timestamptz  not null
);
create index reminder_sent_plan_idx on reminder_sent (plan_id, period, sent_at desc);

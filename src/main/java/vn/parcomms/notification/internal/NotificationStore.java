package vn.parcomms.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.notification.Notification;
import vn.parcomms.notification.NotificationKind;

/** The notification module's SQL: its own tables only. */
@Repository
public class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new notification to write; {@code onceKey} non-null makes it at most once per recipient. */
    public record NewNotification(long recipientId, NotificationKind kind, String subjectLabel, String reason,
            String period, Integer periodYear, String link, String mailTo, String onceKey) {
    }

    /** Writes it; false when one with the same once-key was written for that recipient already. */
    public boolean insert(NewNotification n, Instant at) {
        return jdbc.sql("""
                insert into notification (recipient_id, kind, subject_label, reason, period, period_year, link,
                                          created_at, mail_to, mail_state, once_key)
                values (:recipient, :kind, :label, :reason, :period, :year, :link, :at, :mailTo,
                        case when cast(:mailTo as text) is null then null else 'PENDING' end, :onceKey)
                on conflict (once_key, recipient_id) where once_key is not null do nothing""")
                .param("recipient", n.recipientId()).param("kind", n.kind().name())
                .param("label", n.subjectLabel()).param("reason", n.reason()).param("period", n.period())
                .param("year", n.periodYear()).param("link", n.link()).param("at", java.sql.Timestamp.from(at))
                .param("mailTo", n.mailTo()).param("onceKey", n.onceKey())
                .update() == 1;
    }

    public List<Notification> latest(long recipientId, int limit) {
        return jdbc.sql("""
                select id, kind, subject_label, reason, period, period_year, link, created_at, read_at
                from notification where recipient_id = :recipient
                order by created_at desc, id desc limit :limit""")
                .param("recipient", recipientId).param("limit", limit)
                .query((rs, i) -> new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_label"), rs.getString("reason"), rs.getString("period"),
                        (Integer) rs.getObject("period_year"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    /** One short statement on the partial index of unread rows: the navigation's count. */
    public long unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId).query(Long.class).single();
    }

    /** Marks the recipient's own notification read; 0 when it is not theirs (or does not exist). */
    public int markRead(long recipientId, long id, Instant at) {
        return jdbc.sql("""
                update notification set read_at = coalesce(read_at, :at), version = version + 1
                where id = :id and recipient_id = :recipient""")
                .param("at", java.sql.Timestamp.from(at)).param("id", id).param("recipient", recipientId).update();
    }

    public int markAllRead(long recipientId, Instant at) {
        return jdbc.sql("""
                update notification set read_at = :at, version = version + 1
                where recipient_id = :recipient and read_at is null""")
                .param("at", java.sql.Timestamp.from(at)).param("recipient", recipientId).update();
    }

    public String linkOf(long recipientId, long id) {
        return jdbc.sql("select link from notification where id = :id and recipient_id = :recipient")
                .param("id", id).param("recipient", recipientId).query(String.class).single();
    }

    /** A pending e-mail, locked for this transaction so that no other sender takes it too. */
    public record PendingMail(long id, String mailTo, NotificationKind kind, String subjectLabel, String reason,
            String period, Integer periodYear, String link) {
    }

    public List<PendingMail> lockPendingMail(int limit) {
        return jdbc.sql("""
                select id, mail_to, kind, subject_label, reason, period, period_year, link
                from notification where mail_state = 'PENDING'
                order by id limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, i) -> new PendingMail(rs.getLong("id"), rs.getString("mail_to"),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject_label"),
                        rs.getString("reason"), rs.getString("period"), (Integer) rs.getObject("period_year"),
                        rs.getString("link")))
                .list();
    }

    public void markMailed(long id, Instant at) {
        jdbc.sql("update notification set mail_state = 'SENT', mailed_at = :at, version = version + 1 where id = :id")
                .param("at", java.sql.Timestamp.from(at)).param("id", id).update();
    }

    /** Records an office's one-click reminder to one unit. */
    public void recordReminder(long planId, String period, long unitNodeId, String unitName, long actorId,
            String actorName, Instant at) {
        jdbc.sql("""
                insert into reminder_sent (plan_id, period, unit_node_id, unit_name, actor_id, actor_name, sent_at)
                values (:plan, :period, :unit, :unitName, :actor, :actorName, :at)""")
                .param("plan", planId).param("period", period).param("unit", unitNodeId).param("unitName", unitName)
                .param("actor", actorId == 0 ? null : actorId).param("actorName", actorName)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public record ReminderLine(String unitName, String actorName, Instant sentAt) {
    }

    public List<ReminderLine> reminders(long planId, String period, int limit) {
        return jdbc.sql("""
                select unit_name, actor_name, sent_at from reminder_sent
                where plan_id = :plan and period = :period order by sent_at desc, id desc limit :limit""")
                .param("plan", planId).param("period", period).param("limit", limit)
                .query((rs, i) -> new ReminderLine(rs.getString("unit_name"), rs.getString("actor_name"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}

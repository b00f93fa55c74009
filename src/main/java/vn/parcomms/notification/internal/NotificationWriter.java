package vn.parcomms.notification.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.parcomms.account.Recipient;
import vn.parcomms.notification.NotificationKind;

/**
 * Writes one notification per recipient. An e-mail copy is queued only when SMTP is configured
 * (Spring Boot makes a mail sender only when {@code spring.mail.host} is set) and the recipient
 * has an address; the mail job sends the queue.
 */
@Component
public class NotificationWriter {

    private final NotificationStore store;
    private final Clock clock;
    private final boolean mailEnabled;

    @org.springframework.beans.factory.annotation.Autowired
    NotificationWriter(NotificationStore store, Clock clock, ObjectProvider<JavaMailSender> mail) {
        this(store, clock, mail.getIfAvailable() != null);
    }

    /** For tests of the e-mail path, which bring their own SMTP server. */
    public NotificationWriter(NotificationStore store, Clock clock, boolean mailEnabled) {
        this.store = store;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
    }

    /** A notification to each recipient but the one who took the step; returns how many were written. */
    public int write(List<Recipient> recipients, long actorId, NotificationKind kind, String label, String reason,
            String period, Integer year, String link, String onceKey) {
        int written = 0;
        for (Recipient r : recipients.stream().distinct().toList()) {
            if (r.id() == actorId) {
                continue;
            }
            String mailTo = mailEnabled ? r.email() : null;
            if (store.insert(new NotificationStore.NewNotification(r.id(), kind, label, reason, period, year, link,
                    mailTo, onceKey), clock.instant())) {
                written++;
            }
        }
        return written;
    }
}

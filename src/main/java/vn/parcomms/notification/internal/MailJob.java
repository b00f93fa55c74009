package vn.parcomms.notification.internal;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mail copies of notifications, in Vietnamese (the application's language),
 * with the link made absolute from {@code parcomms.base-url}. Rows are taken with
 * {@code for update skip locked} and marked sent in the same transaction, so two senders never
 * take the same row; a failure leaves the rest of the batch queued for the next run.
 */
public class MailJob {

    private static final Logger log = LoggerFactory.getLogger(MailJob.class);
    private static final int BATCH = 50;

    private final NotificationStore store;
    private final JavaMailSender sender;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    public MailJob(NotificationStore store, JavaMailSender sender, MessageSource messages,
            TransactionTemplate transactions, Clock clock, @Value("${parcomms.base-url:http://localhost:8080}") String baseUrl,
            @Value("${parcomms.notifications.mail-from:parcomms@localhost}") String from) {
        this.store = store;
        this.sender = sender;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** Sends what is queued, batch by batch; returns how many were sent. */
    public int run() {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                int n = 0;
                for (NotificationStore.PendingMail mail : store.lockPendingMail(BATCH)) {
                    sender.send(message(mail));
                    store.markMailed(mail.id(), clock.instant());
                    n++;
                }
                return n;
            });
            if (batch == null || batch == 0) {
                return sent;
            }
            sent += batch;
        }
    }

    /** Runs and logs a failure instead of throwing it into the scheduler. */
    public void runLogged() {
        try {
            run();
        } catch (MailException e) {
            log.warn("E-mail not sent, kept for the next run: {}", e.getMessage());
        }
    }

    SimpleMailMessage message(NotificationStore.PendingMail mail) {
        Locale vi = Locale.forLanguageTag("vi");
        String period = mail.period() == null ? ""
                : messages.getMessage("report.period." + mail.period(), new Object[] {mail.periodYear()}, vi);
        String subject = messages.getMessage(mail.kind().messageKey(), new Object[] {mail.subjectLabel(), period}, vi);
        StringBuilder body = new StringBuilder(subject).append("\n\n");
        if (mail.reason() != null) {
            body.append(messages.getMessage("notification.reason", new Object[] {mail.reason()}, vi)).append("\n\n");
        }
        body.append(baseUrl).append(mail.link()).append("\n");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.mailTo());
        message.setSubject(subject);
        message.setText(body.toString());
        return message;
    }
}

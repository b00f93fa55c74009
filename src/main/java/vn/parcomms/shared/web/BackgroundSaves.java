package vn.parcomms.shared.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The answers of a form's background save (ADR 0027), in the user's language: saved (with the new
 * version the page must carry on, and "Đã lưu nháp lúc 14:05"), refused (the same messages the
 * form would show, by field) or a clash with another editor (nothing overwritten).
 */
@Component
public class BackgroundSaves {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    BackgroundSaves(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public ResponseEntity<Map<String, Object>> saved(long version, Locale locale) {
        String time = LocalTime.now(clock).format(TIME);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("savedAt", time);
        body.put("message", messages.getMessage("draft.savedAt", new Object[] {time}, locale));
        return ResponseEntity.ok(body);
    }

    /** The form's errors, each beside its field's name, and a summary line. */
    public ResponseEntity<Map<String, Object>> refused(BindingResult result, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), text(error, locale));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        ObjectError first = result.getGlobalErrors().isEmpty() ? null : result.getGlobalErrors().get(0);
        body.put("message", first != null ? text(first, locale)
                : messages.getMessage("draft.refused", null, locale));
        body.put("errors", fields);
        return ResponseEntity.unprocessableContent().body(body);
    }

    /** Someone saved in between: the page must be saved the usual way, which shows both versions. */
    public ResponseEntity<Map<String, Object>> conflict(Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conflict", true);
        body.put("message", messages.getMessage("draft.conflict", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /** A refusal with one message (a file refused, the record no longer a draft). */
    public ResponseEntity<Map<String, Object>> refused(String key, Object[] args, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", messages.getMessage(key, args, locale));
        body.put("errors", Map.of());
        return ResponseEntity.unprocessableContent().body(body);
    }

    private String text(ObjectError error, Locale locale) {
        try {
            return messages.getMessage(error, locale);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return messages.getMessage("draft.refused", null, locale);
        }
    }
}

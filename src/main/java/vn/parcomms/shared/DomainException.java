package vn.parcomms.shared;

/**
 * A business rule was broken. Carries a message key (and its arguments) that the web layer
 * shows to the user in their language; never the raw exception text.
 */
public class DomainException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A rule about one form field: the form shows the message beside that field. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    /** The form field the rule concerns, or null for the form as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

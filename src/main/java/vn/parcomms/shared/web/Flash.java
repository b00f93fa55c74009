package vn.parcomms.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash messages carry message keys, never text: the layout resolves them in the user's language. */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashSuccess", new MessageRef(messageKey, arguments));
    }

    public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute("flashError", new MessageRef(messageKey, arguments));
    }

    /**
     * A message key with its arguments, resolved by the template. Serializable: flash attributes live
     * in the session, which Spring Session writes to the database.
     */
    public record MessageRef(String key, Object[] arguments) implements java.io.Serializable {
    }
}

package vn.parcomms.shared.web;

import org.springframework.validation.BindingResult;
import vn.parcomms.shared.DomainException;

/** Puts a broken business rule onto the form that caused it, so the user sees it in place. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}

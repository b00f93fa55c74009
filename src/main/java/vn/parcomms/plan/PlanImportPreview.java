package vn.parcomms.plan;

import java.util.List;
import vn.parcomms.document.Recipient;

/**
 * What a Word file of a plan would become, shown for review before the draft is made: the header
 * as recognised, the outline's sections with their items and styles, the recipients, and the
 * paragraphs left as plain text because nothing in them was recognised.
 */
public record PlanImportPreview(PlanHeader header, List<ImportedSection> outline, List<Recipient> recipients,
                                List<String> plainText) {

    public PlanImportPreview {
        outline = List.copyOf(outline);
        recipients = List.copyOf(recipients);
        plainText = List.copyOf(plainText);
    }
}

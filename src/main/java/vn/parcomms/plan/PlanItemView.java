package vn.parcomms.plan;

import java.util.UUID;

/** An item of an ordered part, with its computed label ("a)", "đ)", "1."). */
public record PlanItemView(long id, ItemKind kind, int position, String label, String heading, String body,
        UUID key) {
}

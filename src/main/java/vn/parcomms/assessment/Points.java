package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as the pages show them: two decimals at most, 0.50 as 0.5 and 2.00 as 2 (never 2E+0). */
public final class Points {

    private Points() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.setScale(Math.max(value.scale(), 0), RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Rounded to two decimals (a proportional share), then plain. */
    public static BigDecimal round(BigDecimal value) {
        return plain(value.setScale(2, RoundingMode.HALF_UP));
    }
}

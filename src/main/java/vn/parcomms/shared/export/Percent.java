package vn.parcomms.shared.export;

/**
 * A share in an exported table. The page shows it as "27,1 %"; the XLSX cell holds the real
 * fraction (0.271) with the number format "0.0%", so that Excel computes with it and shows it in
 * the reader's own locale; the CSV keeps the machine-readable percent figure (27.1) under its
 * "(%)" header, as before.
 *
 * @param percent the share in percent (27.1 for 27.1 %)
 */
public record Percent(double percent) {

    /** The cell for a share that may be missing: a Percent, or an empty cell. */
    public static Object of(Double percent) {
        return percent == null ? "" : new Percent(percent);
    }

    /** 0.271 for 27.1, in decimal so that the cell holds 0.271 and not 0.27099999999999996. */
    public double fraction() {
        return java.math.BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }

    @Override
    public String toString() {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}

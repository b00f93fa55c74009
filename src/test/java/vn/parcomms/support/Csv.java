package vn.parcomms.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the CSV exports back: UTF-8 after a BOM (checked), quoted fields with doubled quotes, CRLF lines. */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** The rows of an export; fails when the BOM that keeps Excel reading UTF-8 is missing. */
    public static List<List<String>> rows(byte[] csv) {
        if (csv.length < 3 || !Arrays.equals(Arrays.copyOf(csv, 3), BOM)) {
            throw new AssertionError("The CSV does not start with a UTF-8 byte order mark");
        }
        return parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new AssertionError("The CSV's last line does not end with CRLF");
        }
        return rows;
    }
}

package vn.parcomms.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of one column of a TSV file against a target line, as a PNG: one bar per
 * row, labelled with the row's first column, red when over the target. Generic: any TSV with a
 * header line works (e.g. the benchmark's {@code out=FILE.tsv}).
 *
 * <p>Arguments: {@code <in.tsv> <out.png> "<title>" <target> [column]}: column is the header name
 * (or 1-based number) of the values to draw, default the header "p95 ms" or else the second column.
 * Not part of the application: a test-scope command like the benchmark (docs/performance.md).
 */
public final class BarChart {

    record Bar(String label, double value) {
    }

    private BarChart() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: BarChart <in.tsv> <out.png> \"<title>\" <target> [column]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Bar> bars = read(lines, args.length > 4 ? args[4] : null);
        double target = Double.parseDouble(args[3]);
        ImageIO.write(draw(bars, args[2], target, column(lines.get(0).split("\t", -1), args.length > 4 ? args[4] : null)),
                "png", Path.of(args[1]).toFile());
        System.out.println("wrote " + args[1] + " (" + bars.size() + " bars)");
    }

    /** The bars of a TSV: the first column as label, the chosen column as value; blank values skipped. */
    static List<Bar> read(List<String> lines, String column) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty TSV");
        }
        String[] header = lines.get(0).split("\t", -1);
        int index = index(header, column);
        List<Bar> bars = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (index < cells.length && !cells[index].isBlank()) {
                bars.add(new Bar(cells[0], Double.parseDouble(cells[index].trim())));
            }
        }
        return bars;
    }

    private static int index(String[] header, String column) {
        if (column == null) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].trim().equalsIgnoreCase("p95 ms")) {
                    return i;
                }
            }
            return 1;
        }
        if (column.matches("\\d+")) {
            return Integer.parseInt(column) - 1;
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equalsIgnoreCase(column.trim())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }

    private static String column(String[] header, String column) {
        int i = index(header, column);
        return i < header.length ? header[i].trim() : "value";
    }

    /** The chart: bars scaled to the larger of the largest value and 1.2 × target, the target dashed. */
    static BufferedImage draw(List<Bar> bars, String title, double target, String unit) {
        int rowHeight = 22;
        int top = 56;
        int bottom = 40;
        int width = 1200;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics pm = pg.getFontMetrics(font);
        int labelWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, pm.stringWidth(b.label()));
        }
        pg.dispose();
        int left = Math.min(Math.max(labelWidth + 20, 120), 620);
        int right = 90;
        int height = top + bottom + Math.max(1, bars.size()) * rowHeight;
        double max = target * 1.2;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 16f));
        g.drawString(title, 12, 24);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(unit + "; dashed line: target " + format(target), 12, 44);
        double scale = (width - left - right) / max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * rowHeight;
            String label = b.label();
            while (fm.stringWidth(label) > left - 16 && label.length() > 4) {
                label = label.substring(0, label.length() - 2);
            }
            if (!label.equals(b.label())) {
                label = label + "…";
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(label, left - 8 - fm.stringWidth(label), y + 15);
            int w = (int) Math.round(b.value() * scale);
            g.setColor(b.value() > target ? new Color(0xC6, 0x28, 0x28) : new Color(0x2E, 0x7D, 0x32));
            g.fillRect(left, y + 3, Math.max(1, w), rowHeight - 6);
            g.setColor(Color.BLACK);
            g.drawString(format(b.value()), left + w + 6, y + 15);
        }
        int tx = left + (int) Math.round(target * scale);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(tx, top - 4, tx, height - bottom + 4);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, height - bottom + 4, width - right, height - bottom + 4);
        g.drawString("0", left - 4, height - bottom + 20);
        String t = format(target);
        g.drawString(t, tx - fm.stringWidth(t) / 2, height - bottom + 20);
        String m = format(max);
        g.drawString(m, width - right - fm.stringWidth(m) / 2, height - bottom + 20);
        g.dispose();
        return image;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

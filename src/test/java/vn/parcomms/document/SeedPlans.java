package vn.parcomms.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real plans of {@code ../shared/seeds} (next to the project folder) read into documents as
 * they stand, OCR errors and all, to put real users' text through the renderers: long
 * paragraphs, sub-bullets, numbered duty headings, odd characters, the recipients and "- Lưu:
 * VT, VP." line. The reading is by shape only (markers, line ends, "Nơi nhận"), never by the
 * seeds' words, so that any plan of that shape reads. The printed lines of a paragraph are joined
 * again: a paragraph ends where a line ends a sentence or the next one starts with a marker.
 */
public final class SeedPlans {

    public static final Path FOLDER = Path.of("..", "shared", "seeds");

    private static final Pattern ROMAN = Pattern.compile("^[IVX|]{1,4}\\.\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}\\.\\s*(.*)$");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]\\)\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•~]\\s*(.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private SeedPlans() {
    }

    /** Every seed plan, by file name; fails when the folder is missing, so the check never silently shrinks. */
    public static List<Seed> all() {
        if (!Files.isDirectory(FOLDER)) {
            throw new IllegalStateException("The seed plans are expected in " + FOLDER.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Seed> seeds = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> new Seed(f.getFileName().toString(), read(f))).toList();
            if (seeds.isEmpty()) {
                throw new IllegalStateException("No seed plans in " + FOLDER.toAbsolutePath());
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Seed(String name, OfficialDocument document) {

        @Override
        public String toString() {
            return name;
        }
    }

    static OfficialDocument read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int kind = indexOf(lines, "ke hoach", 0);
        if (kind < 0) {
            throw new IllegalStateException(file + " has no 'KẾ HOẠCH' line");
        }
        // A seed may end before the recipients (the OCR of the last page is missing).
        int found = indexOf(lines, "noi nh", kind);
        int recipients = found < 0 ? lines.size() : found;
        List<String> header = lines.subList(0, kind);
        Matcher year = YEAR.matcher(String.join(" ", header));
        DocumentHeader documentHeader = DocumentHeader.draft(header.get(0), header.size() > 1 ? header.get(1) : "",
                "/KH", "", year.find() ? Integer.parseInt(year.group()) : 2025);
        List<String> body = paragraphs(lines.subList(kind + 1, recipients));
        List<String> title = List.of(body.get(0));
        List<String> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String sectionHeading = null;
        List<Content> content = new ArrayList<>();
        for (String paragraph : body.subList(1, body.size())) {
            Matcher roman = ROMAN.matcher(paragraph);
            if (roman.matches()) {
                if (sectionHeading != null) {
                    sections.add(new Section(sectionHeading, subSections(content)));
                }
                sectionHeading = roman.group(1);
                content = new ArrayList<>();
            } else if (sectionHeading == null) {
                preamble.add(paragraph);
            } else {
                content.add(new Content.Paragraph(paragraph));
            }
        }
        List<String> closing = new ArrayList<>();
        if (sectionHeading != null) {
            // The last paragraph of the last section closes the plan ("Trên đây là Kế hoạch …./.").
            Content last = content.isEmpty() ? null : content.remove(content.size() - 1);
            if (last instanceof Content.Paragraph paragraph) {
                closing.add(paragraph.text());
            }
            sections.add(new Section(sectionHeading, subSections(content)));
        }
        List<Recipient> recipientLines = new ArrayList<>();
        String archive = "";
        List<String> authority = new ArrayList<>();
        for (String line : lines.subList(Math.min(recipients + 1, lines.size()), lines.size())) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && plain(bullet.group(1)).startsWith("luu")) {
                archive = bullet.group(1).replaceFirst("^[^:]*:\\s*", "").replaceFirst("\\.?\\s*$", "");
            } else if (bullet.matches()) {
                recipientLines.add(Recipient.of(bullet.group(1).replaceFirst(";\\s*$", "")));
            } else {
                authority.add(line);
            }
        }
        String signerName = authority.size() > 1 ? authority.remove(authority.size() - 1) : "";
        if (authority.isEmpty()) {
            // The seed's last page is missing: the issuing body signs.
            authority.add(documentHeader.issuingBody());
        }
        return new OfficialDocument(documentHeader, DocumentKind.PLAN, title, preamble, sections, closing,
                recipientLines, archive, new Signer(authority, signerName), List.of());
    }

    /** "1. Mục tiêu:" and what follows it up to the next numbered line; "- x" a bullet, "a) x" lettered. */
    private static List<Content> subSections(List<Content> paragraphs) {
        List<Content> result = new ArrayList<>();
        String heading = null;
        List<Content> current = result;
        for (Content item : paragraphs) {
            String text = ((Content.Paragraph) item).text();
            Matcher number = NUMBER.matcher(text);
            Matcher letter = LETTER.matcher(text);
            Matcher bullet = BULLET.matcher(text);
            if (number.matches() && text.length() < 120) {
                if (heading != null) {
                    result.add(new Content.SubSection(heading, current));
                }
                heading = number.group(1);
                current = new ArrayList<>();
            } else if (letter.matches()) {
                current.add(new Content.Lettered(List.of(letter.group(1))));
            } else if (bullet.matches()) {
                current.add(new Content.Bullet(bullet.group(1)));
            } else {
                current.add(item);
            }
        }
        if (heading != null) {
            result.add(new Content.SubSection(heading, current));
        }
        return result;
    }

    /** The printed lines joined into paragraphs. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean startsNew = ROMAN.matcher(line).matches() || NUMBER.matcher(line).matches()
                    || LETTER.matcher(line).matches() || BULLET.matcher(line).matches();
            if (current.length() > 0 && (startsNew || endsSentence(current))) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ':' || last == ';' || last == ')';
    }

    private static int indexOf(List<String> lines, String start, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (plain(lines.get(i)).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case without diacritics: OCR lost them in some seeds. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}

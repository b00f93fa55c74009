package vn.parcomms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message files: Vietnamese (default) and English hold the
 * same keys, templates hold no literal text, and every key a template names exists.
 */
class MessagesAndTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value",
            "data-confirm");
    private static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:errors",
            "sec:authentication", "th:replace", "th:insert");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY_IN_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        Set<String> missingInEnglish = new TreeSet<>(vietnamese);
        missingInEnglish.removeAll(english);
        Set<String> missingInVietnamese = new TreeSet<>(english);
        missingInVietnamese.removeAll(vietnamese);
        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInVietnamese).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            List<String> empty = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).isBlank()).sorted().toList();
            assertThat(empty).as("empty messages in " + file).isEmpty();
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = element.attributes().asList().stream()
                        .anyMatch(a -> TEXT_REPLACING.contains(a.getKey()));
                if (!replaced) {
                    for (TextNode text : element.textNodes()) {
                        if (LETTER.matcher(text.text()).find()) {
                            literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> "
                                    + text.text().strip());
                        }
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    boolean shown = TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && !(attribute.getKey().equals("value") && !isButtonInput(element));
                    if (shown && LETTER.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + attribute.getKey())) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates (use th:text with a message key)").isEmpty();
    }

    @Test
    void everyMessageKeyInTemplatesExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = KEY_IN_EXPRESSION.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    /** A value is shown to the user only on input buttons; on options and hidden fields it is data. */
    private static boolean isButtonInput(Element element) {
        return element.tagName().equals("input")
                && Set.of("submit", "button", "reset").contains(element.attr("type").toLowerCase());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesAndTemplatesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package vn.parcomms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries hold in SQL strings too: a module's SQL names only the tables its own
 * migrations create. The one exception is {@code org_node}, which every module may join to scope
 * a query by the organisation path (ADR 0003). Every table a migration creates must have an owner
 * here, so a new table cannot slip past the check.
 */
class TableOwnershipTests {

    private static final Path MAIN = Path.of("src/main/java/vn/parcomms");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Owning module by table name prefix; the longest matching prefix wins. */
    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("org_node", "organization");
        OWNERS.put("user_account", "account");
        OWNERS.put("login_throttle", "account");
        // Spring Session's own tables (V70): no module's SQL reads them, the framework does.
        OWNERS.put("spring_session", "shared");
        OWNERS.put("catalog_", "catalog");
        OWNERS.put("plan", "plan");
        OWNERS.put("report_deadline", "report");
        OWNERS.put("report_period", "report");
        OWNERS.put("unit_report", "report");
        OWNERS.put("consolidat", "consolidation");
        OWNERS.put("par_index", "assessment");
        OWNERS.put("notification", "notification");
        OWNERS.put("reminder_sent", "notification");
        // ShedLock's lock table (V91): the notification module's scheduled jobs lock through it.
        OWNERS.put("shedlock", "notification");
        OWNERS.put("outgoing_register", "register");
    }

    /** Tables any module may name: the organisation path join of ADR 0003. */
    private static final List<String> SHARED = List.of("org_node");

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void everyTableAMigrationCreatesHasAnOwningModule() throws IOException {
        Map<String, String> tables = tables();
        assertThat(tables).isNotEmpty();
        assertThat(tables).allSatisfy((table, owner) -> assertThat(owner)
                .as("owner of table %s (add it to OWNERS)", table).isNotNull());
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesAndTheOrganisationPath() throws IOException {
        Map<String, String> tables = tables();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                if (module.endsWith(".java")) {
                    continue;
                }
                violations.addAll(violations(module, file.toString(), Files.readString(file), tables));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckCatchesARollupQueryOverTheReportTables() throws IOException {
        String source = """
                class Sneaky {
                    String sql = \"""
                            select r.id from unit_report r join org_node n on n.id = r.unit_node_id\""";
                }
                """;
        assertThat(violations("rollup", "Sneaky.java", source, tables()))
                .containsExactly("Sneaky.java: rollup names unit_report (owned by report)");
        assertThat(violations("report", "Own.java", source, tables())).isEmpty();
    }

    private static List<String> violations(String module, String name, String source, Map<String, String> tables) {
        List<String> result = new ArrayList<>();
        for (String literal : literals(source)) {
            Matcher m = TABLE_USE.matcher(literal);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                String owner = tables.get(table);
                if (owner != null && !owner.equals(module) && !SHARED.contains(table)) {
                    result.add(name + ": " + module + " names " + table + " (owned by " + owner + ")");
                }
            }
        }
        return result;
    }

    /** The contents of the text blocks and string literals of a Java source. */
    private static List<String> literals(String source) {
        List<String> result = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (blocks.find()) {
            result.add(blocks.group(1));
            rest.append(source, last, blocks.start());
            last = blocks.end();
        }
        rest.append(source.substring(last));
        Matcher strings = STRING.matcher(rest);
        while (strings.find()) {
            result.add(strings.group(1));
        }
        return result;
    }

    /** Every table the migrations create, with its owning module (null when none is declared). */
    private static Map<String, String> tables() throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    result.put(table, owner(table));
                }
            }
        }
        return result;
    }

    private static String owner(String table) {
        String best = null;
        String owner = null;
        for (var e : OWNERS.entrySet()) {
            if (table.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
                owner = e.getValue();
            }
        }
        return owner;
    }
}

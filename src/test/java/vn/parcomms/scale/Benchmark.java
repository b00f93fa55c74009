package vn.parcomms.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the app's list and aggregate pages on a generated province (see
 * {@link ProvinceGenerator}): signs in as the generated accounts (form login with CSRF), requests
 * every page sequentially {@code warmup} times, then {@code n} times, and reports p50 and p95;
 * then runs the page's data as plain SQL with JDBC the same number of times and reports the ratio.
 * For a list page that is its one list query; for a rollup page it is every statement that
 * computes the page's aggregate (the same aggregate in plain SQL), run one after the other on one
 * connection, whose sum is timed; the heaviest single statement is reported beside it.
 * Loopback only, bounded request counts, stops by itself.
 *
 * <p>Arguments: {@code <base-url> <jdbc-url> [key=value ...]} with keys n (default 50), warmup
 * (10), prefix (SCALE), year (2025), period (H1), only (just the pages whose name contains this
 * text, or one of several texts separated by {@code |}), out (a file to write the Markdown table to),
 * compare (the base URL of a second instance on a copy of the same data: both are measured side by
 * side, see {@link #compare}).
 *
 * <p>To measure another page, add a {@link Page} in {@link #pages}: who requests it, its path,
 * and the SQL that computes what the page shows.
 */
public final class Benchmark {

    /** One page to measure and the plain SQL it is compared with (one or more statements). */
    record Page(String name, String user, String path, List<Sql> sql, boolean rollup, String expect) {

        Page(String name, String user, String path, List<Sql> sql) {
            this(name, user, path, sql, false, null);
        }

        Page(String name, String user, String path, String sql, List<Object> params) {
            this(name, user, path, List.of(new Sql(sql, params)));
        }

        /** A rollup page: its p50 is held to 2 × its whole aggregate in plain SQL + 10 ms. */
        Page asRollup() {
            return new Page(name, user, path, sql, true, expect);
        }

        /** The answer must contain this text (HTML, JSON and CSV; an XLSX is checked as a workbook). */
        Page expecting(String text) {
            return new Page(name, user, path, sql, rollup, text);
        }

        /** An export of the province view: held to 2 s. */
        boolean provinceExport() {
            return path.startsWith("/rollups/province/export.");
        }
    }

    /** Targets of issue 15 on 2 cores. */
    static final double P95_TARGET_MS = 150;
    static final double PROVINCE_EXPORT_TARGET_MS = 2000;

    /** One statement with its parameters. */
    record Sql(String text, List<Object> params) {
    }

    record Stats(double p50, double p95, double max) {
        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]));
        }

        private static long percentile(long[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final Connection db;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    /** The TSV of the last {@link #run} (out=FILE writes it beside the Markdown table). */
    private final StringBuilder tsv = new StringBuilder();
    private long lastBytes;
    /** The second instance of {@link #compare}, with its own signed-in clients. */
    private Benchmark other;

    Benchmark(String baseUrl, Connection db) {
        this.baseUrl = baseUrl;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Benchmark <base-url> <jdbc-url> [n=50 warmup=10 prefix=SCALE year=2025 "
                    + "period=H1 only=TEXT user=postgres password= out=FILE compare=URL]");
            System.exit(2);
        }
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            o.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        URI base = URI.create(args[0]);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base.getHost());
        }
        int n = Integer.parseInt(o.getOrDefault("n", "50"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        if (n < 1 || n > 1000 || warmup < 0 || warmup > 200) {
            throw new IllegalArgumentException("n must be 1-1000 and warmup 0-200");
        }
        try (Connection c = DriverManager.getConnection(args[1], o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", ""))) {
            Benchmark b = new Benchmark(args[0].replaceAll("/$", ""), c);
            String only = o.getOrDefault("only", "");
            List<Page> pages = b.pages(o.getOrDefault("prefix", "SCALE"),
                    Integer.parseInt(o.getOrDefault("year", "2025")), o.getOrDefault("period", "H1")).stream()
                    .filter(page -> Arrays.stream(only.split("\\|")).anyMatch(page.name()::contains)).toList();
            String table;
            if (o.containsKey("compare")) {
                URI second = URI.create(o.get("compare"));
                if (!List.of("localhost", "127.0.0.1", "[::1]").contains(second.getHost())) {
                    throw new IllegalArgumentException("loopback only: " + second.getHost());
                }
                b.other = new Benchmark(o.get("compare").replaceAll("/$", ""), c);
                table = b.compare(pages, n, warmup);
            } else {
                table = b.run(pages, n, warmup);
            }
            System.out.println(table);
            if (o.containsKey("out")) {
                Files.writeString(Path.of(o.get("out")), table);
                if (b.tsv.length() > 0) {
                    Path tsvFile = Path.of(o.get("out").replaceAll("\\.md$", "") + ".tsv");
                    Files.writeString(tsvFile, b.tsv);
                    System.err.println("wrote " + o.get("out") + " and " + tsvFile + " (chart: BarChart "
                            + tsvFile + " p95.png \"p95 per page\" " + (int) P95_TARGET_MS + ")");
                }
            }
        }
    }

    /** The pages that exist today, with the ids looked up in the generated province. */
    List<Page> pages(String prefix, int year, String period) throws SQLException {
        String p = prefix.toUpperCase(java.util.Locale.ROOT);
        String u = prefix.toLowerCase(java.util.Locale.ROOT);
        String provincePath = text("select path from org_node where code = ?", p);
        // Agency 1 is "-A01" in a province of up to 99 agencies, "-A001" in the merged one.
        String agencyCode = text("select code from org_node where code in (?, ?) order by length(code) limit 1",
                p + "-A01", p + "-A001");
        String agencyPath = text("select path from org_node where code = ?", agencyCode);
        long agencyId = number("select id from org_node where code = ?", agencyCode);
        long unitId = number("select id from org_node where code = ?", agencyCode + "-U001");
        long agencyPlan = number("select id from plan where issuing_node_id = ? and plan_year = ? "
                + "order by version_no desc limit 1", agencyId, year);
        long nodes = count("select count(*) from org_node where path like ? || '%'", provincePath);
        // The plan list (and the REVIEWER's home page, which shows the first six of it): the count
        // and the first page of 50, as PlanRepository.countPage and page run them.
        String planFilter = """
                (n.path like ? || '%' or (p.status in ('ISSUED', 'CLOSED', 'SUPERSEDED') and ? like n.path || '%'))
                  and p.status <> 'SUPERSEDED'""";
        String planCount = "select count(*) from plan p join org_node n on n.id = p.issuing_node_id where "
                + planFilter;
        String planPage = """
                select p.id, p.version_no, p.plan_year, p.doc_number, p.doc_symbol, p.title, p.status,
                       p.issuing_node_id, n.name, p.issue_date, p.parent_plan_id, p.updated_at,
                       (select count(*) from plan_activity a where a.plan_id = p.id) as activity_count
                from (select p.id from plan p join org_node n on n.id = p.issuing_node_id
                      where FILTER
                      order by p.plan_year desc, n.path, p.version_no desc, p.id desc
                      limit 50 offset 0) shown
                join plan p on p.id = shown.id join org_node n on n.id = p.issuing_node_id
                order by p.plan_year desc, n.path, p.version_no desc, p.id desc""".replace("FILTER", planFilter);
        String planActivities = """
                select a.id, a.position, a.name, a.quarters, a.due_date, n.name lead_name, ci.position content_position,
                       (select string_agg(ch.name, ', ' order by ch.position) from plan_activity_channel c
                          join catalog_channel ch on ch.id = c.channel_id where c.activity_id = a.id) channels,
                       (select string_agg(i.name || ': ' || t.target, ', ') from plan_activity_target t
                          join catalog_indicator i on i.id = t.indicator_id where t.activity_id = a.id) targets,
                       (select string_agg(cn.name, ', ') from plan_activity_cooperator co
                          join org_node cn on cn.id = co.node_id where co.activity_id = a.id) cooperators
                from plan_activity a join org_node n on n.id = a.lead_node_id
                left join plan_item ci on ci.plan_id = a.plan_id and ci.item_key = a.content_item_key
                where a.plan_id = ? order by a.position""";
        String followUp = """
                select n.id, n.name, r.id, r.status, r.first_submitted_at, r.submitted_at
                from org_node n
                left join unit_report r on r.unit_node_id = n.id and r.plan_lineage_id = (select lineage_id from plan where id = ?)
                                       and r.period = ?
                where n.id in (select a.lead_node_id from plan_activity a where a.plan_id = ?)
                order by n.name""";
        String unitReports = """
                select r.id, r.plan_lineage_id, r.period, r.status, r.first_submitted_at, r.submitted_at
                from unit_report r
                where r.unit_node_id = ? and r.plan_lineage_id in (
                    select p.lineage_id from plan_activity a join plan p on p.id = a.plan_id
                    where p.status = 'ISSUED' and a.lead_node_id = ?)""";
        String subtree = """
                select n.id, n.code, n.name, n.short_name, n.kind, n.parent_id, n.depth, n.active, n.version
                from org_node n where n.path like ? || '%' order by n.depth, n.name""";
        String assigned = """
                select a.id from plan_activity a join plan p on p.id = a.plan_id
                where p.status = 'ISSUED'
                  and a.id in (select l.id from plan_activity l where l.lead_node_id = ?
                               union select c.activity_id from plan_activity_cooperator c where c.node_id = ?)
                order by p.plan_year desc, p.id, a.position""";
        String consolidations = """
                select c.id, c.plan_year, c.period, c.status, c.sent_at from consolidated_report c
                where c.node_id = ? order by c.plan_year desc, c.period, c.id desc""";
        String overview = """
                select n.id, n.name, s.id, s.status, s.self_total, s.appraised_total, s.max_total
                from org_node n left join par_index_self_assessment s on s.node_id = n.id and s.year = ?
                where n.parent_id = ? order by n.name""";
        String selfSheet = """
                select s.id, s.status, e.* from par_index_self_assessment s
                left join par_index_self_entry e on e.assessment_id = s.id
                where s.node_id = ? and s.year = ?""";
        // Rollups: each page against its whole aggregate as plain SQL (AggregateSql).
        long provinceId = number("select id from org_node where code = ?", p);
        Object lineage = object("select lineage_id from plan where id = ?", agencyPlan);
        List<String> periodNames = List.of("Q1", "H1", "M9", "YEAR");
        List<Sql> dashboard = AggregateSql.dashboard(agencyPlan, agencyId, year, lineage, agencyPath);
        List<Sql> parIndex = AggregateSql.parIndex(agencyPlan, agencyId, provinceId, year, lineage, agencyPath);
        String office = u + ".office1";
        String reviewer = u + ".reviewer";
        String rollupPath = "/rollups?plan=" + agencyPlan + "&period=";
        List<Page> pages = new java.util.ArrayList<>();
        // Every period of the dashboard (its year-over-year section is part of the page and its aggregate).
        for (String per : periodNames) {
            pages.add(new Page("/rollups (OFFICE, agency plan, " + per + ", with year over year)", office,
                    rollupPath + per, dashboard).asRollup().expecting("id=\"year-over-year\""));
        }
        pages.add(new Page("/api/v1/rollups (OFFICE, JSON, " + period + ")", office,
                "/api/v1/rollups?plan=" + agencyPlan + "&period=" + period, dashboard).asRollup()
                .expecting("\"indicators\""));
        pages.add(new Page("/rollups/par-index (OFFICE, " + year + ")", office, "/rollups/par-index?year=" + year,
                parIndex).asRollup());
        for (String per : List.of(period, "YEAR")) {
            pages.add(new Page("/rollups/province (REVIEWER, " + year + " " + per + ")", reviewer,
                    "/rollups/province?year=" + year + "&period=" + per,
                    AggregateSql.province(provinceId, provincePath, year,
                            periodNames.subList(0, periodNames.indexOf(per) + 1))).asRollup());
        }
        // After the merger: the successor's own dashboard, with its predecessors' figures.
        String successorCode = p + "-M01";
        if (count("select count(*) from org_node where code = ?", successorCode) > 0) {
            long successor = number("select id from org_node where code = ?", successorCode);
            String successorPath = text("select path from org_node where id = ?", successor);
            long successorPlan = number("select id from plan where issuing_node_id = ? and plan_year = ? "
                    + "order by version_no desc limit 1", successor, year);
            Object successorLineage = object("select lineage_id from plan where id = ?", successorPlan);
            List<Sql> successorDashboard = AggregateSql.dashboard(successorPlan, successor, year, successorLineage,
                    successorPath);
            String merged = u + ".successor1";
            for (String per : List.of("M9", "YEAR")) {
                pages.add(new Page("/rollups (successor after the merger, " + per + ")", merged,
                        "/rollups?plan=" + successorPlan + "&period=" + per, successorDashboard).asRollup()
                        .expecting("id=\"lineage-note\""));
            }
            pages.add(new Page("/api/v1/rollups (successor, JSON, YEAR)", merged,
                    "/api/v1/rollups?plan=" + successorPlan + "&period=YEAR", successorDashboard).asRollup()
                    .expecting("\"included\""));
            pages.add(new Page("/rollups/par-index (successor, " + year + ")", merged, "/rollups/par-index?year=" + year,
                    AggregateSql.parIndex(successorPlan, successor, provinceId, year, successorLineage, successorPath))
                    .asRollup());
            pages.add(new Page("/rollups/export.xlsx (successor, YEAR)", merged,
                    "/rollups/export.xlsx?plan=" + successorPlan + "&period=YEAR", successorDashboard));
        }
        // PAR INDEX beyond the agency's page.
        pages.add(new Page("/rollups/par-index/overview (REVIEWER, " + year + ")", reviewer,
                "/rollups/par-index/overview?year=" + year, overview, List.of(year, provinceId)));
        // The sheet shows the computed points beside the self-score: PAR INDEX's aggregate and the sheet.
        List<Sql> self = new java.util.ArrayList<>(parIndex);
        self.add(new Sql(selfSheet, List.of(agencyId, year)));
        pages.add(new Page("/rollups/par-index/self (OFFICE, " + year + ")", office,
                "/rollups/par-index/self?year=" + year, self));
        // Lists.
        pages.add(new Page("/plans (REVIEWER, province)", reviewer, "/plans",
                planList(planCount, planPage, provincePath, agencyPath)));
        pages.add(new Page("/plans (OFFICE, agency)", office, "/plans",
                planList(planCount, planPage, agencyPath, agencyPath)));
        pages.add(new Page("/plans/{id} (agency plan, " + count("select count(*) from plan_activity where plan_id = ?",
                agencyPlan) + " activities)", office, "/plans/" + agencyPlan, planActivities, List.of(agencyPlan)));
        pages.add(new Page("/reports?plan&period (OFFICE follow-up)", office,
                "/reports?plan=" + agencyPlan + "&period=" + period, followUp, List.of(agencyPlan, period, agencyPlan)));
        pages.add(new Page("/reports (UNIT)", u + ".unit1", "/reports", unitReports, List.of(unitId, unitId)));
        pages.add(new Page("/organizations (REVIEWER, collapsed tree of " + String.format("%,d", nodes) + " nodes)",
                reviewer, "/organizations", subtree, List.of(provincePath)));
        pages.add(new Page("/consolidations (OFFICE)", office, "/consolidations", consolidations, List.of(agencyId)));
        pages.add(new Page("/ (REVIEWER)", reviewer, "/", planList(planCount, planPage, provincePath, agencyPath)));
        pages.add(new Page("/ (OFFICE)", office, "/", assigned, List.of(agencyId, agencyId)));
        pages.add(new Page("/ (UNIT)", u + ".unit1", "/", assigned, List.of(unitId, unitId)));
        // The JSON API beyond the rollup.
        pages.add(new Page("/api/v1/plans (REVIEWER, " + year + ", first 100)", reviewer, "/api/v1/plans?year=" + year,
                planList(planCount, planPage, provincePath, agencyPath)));
        pages.add(new Page("/api/v1/plans/{id} (OFFICE)", office, "/api/v1/plans/" + agencyPlan, planActivities,
                List.of(agencyPlan)));
        pages.add(new Page("/api/v1/periods (OFFICE, " + year + ")", office, "/api/v1/periods?year=" + year,
                "select period, deadline from report_deadline where node_id = ? and plan_year = ?",
                List.of(agencyId, year)));
        // Every export: the dashboard's, the province view's and its agencies', PAR INDEX's.
        pages.add(new Page("/rollups/export.xlsx (OFFICE, " + period + ")", office,
                "/rollups/export.xlsx?plan=" + agencyPlan + "&period=" + period, dashboard));
        for (String table : List.of("indicators", "years")) {
            pages.add(new Page("/rollups/export.csv?table=" + table + " (OFFICE, " + period + ")", office,
                    "/rollups/export.csv?plan=" + agencyPlan + "&period=" + period + "&table=" + table, dashboard));
        }
        List<Sql> provinceYear = AggregateSql.province(provinceId, provincePath, year, periodNames);
        pages.add(new Page("/rollups/province/export.xlsx (REVIEWER, " + year + " YEAR)", reviewer,
                "/rollups/province/export.xlsx?year=" + year + "&period=YEAR", provinceYear));
        pages.add(new Page("/rollups/province/export.csv?table=agencies (REVIEWER, " + year + " YEAR)", reviewer,
                "/rollups/province/export.csv?year=" + year + "&period=YEAR&table=agencies", provinceYear));
        pages.add(new Page("/rollups/par-index/export.xlsx (OFFICE, " + year + ")", office,
                "/rollups/par-index/export.xlsx?year=" + year, parIndex));
        pages.add(new Page("/rollups/par-index/export.csv?table=summary (OFFICE, " + year + ")", office,
                "/rollups/par-index/export.csv?year=" + year + "&table=summary", parIndex));
        pages.add(new Page("/rollups/par-index/overview/export.xlsx (REVIEWER, " + year + ")", reviewer,
                "/rollups/par-index/overview/export.xlsx?year=" + year, overview, List.of(year, provinceId)));
        pages.add(new Page("/rollups/par-index/self/export.xlsx (OFFICE, " + year + ")", office,
                "/rollups/par-index/self/export.xlsx?year=" + year, self));
        // The floor: a page with no list (one user row), to tell the fixed cost of a request
        // (security, session, layout) from the cost of the data.
        pages.add(new Page("/account (floor, no list)", office, "/account",
                "select * from user_account where username = ?", List.of(office)));
        return pages;
    }

    private static List<Sql> planList(String count, String page, String scopePath, String userPath) {
        return List.of(new Sql(count, List.of(scopePath, userPath)), new Sql(page, List.of(scopePath, userPath)));
    }

    String run(List<Page> pages, int n, int warmup) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("| page | requests | p50 ms | p95 ms | max ms | KB | SQL statements | SQL p50 ms | SQL p95 ms "
                + "| p50 ratio | p95 ratio | heaviest statement p50 ms | target | met |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        tsv.setLength(0);
        tsv.append("page\trequests\tp50 ms\tp95 ms\tmax ms\tKB\tSQL statements\tSQL p50 ms\tp50 ratio"
                + "\tp50 target ms\ttarget\tmet\n");
        for (Page page : pages) {
            HttpClient client = client(page.user());
            long[] http = new long[n];
            for (int i = -warmup; i < n; i++) {
                long t = timed(client, page);
                if (i >= 0) {
                    http[i] = t;
                }
            }
            long[] sql = new long[n];
            long[][] each = new long[page.sql().size()][n];
            List<PreparedStatement> statements = new java.util.ArrayList<>();
            try {
                for (Sql q : page.sql()) {
                    PreparedStatement st = db.prepareStatement(q.text());
                    statements.add(st);
                    for (int k = 0; k < q.params().size(); k++) {
                        st.setObject(k + 1, q.params().get(k));
                    }
                }
                for (int i = -warmup; i < n; i++) {
                    long total = 0;
                    for (int q = 0; q < statements.size(); q++) {
                        long t0 = System.nanoTime();
                        try (ResultSet rs = statements.get(q).executeQuery()) {
                            int cols = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int col = 1; col <= cols; col++) {
                                    rs.getObject(col);
                                }
                            }
                        }
                        long t = System.nanoTime() - t0;
                        total += t;
                        if (i >= 0) {
                            each[q][i] = t;
                        }
                    }
                    if (i >= 0) {
                        sql[i] = total;
                    }
                }
            } finally {
                for (PreparedStatement st : statements) {
                    st.close();
                }
            }
            double heaviest = 0;
            for (long[] e : each) {
                heaviest = Math.max(heaviest, Stats.of(e).p50());
            }
            Stats h = Stats.of(http);
            Stats s = Stats.of(sql);
            // The targets of issue 15: p95 ≤ 150 ms for every page; a rollup page's p50 ≤ 2 × its
            // aggregate in plain SQL + 10 ms; an export of the province view ≤ 2 s (its slowest request).
            double p50Target = 2 * s.p50() + 10;
            StringBuilder target = new StringBuilder("p95 ≤ " + (int) P95_TARGET_MS);
            boolean met = h.p95() <= P95_TARGET_MS;
            if (page.rollup()) {
                target.append(String.format(java.util.Locale.ROOT, ", p50 ≤ %.1f", p50Target));
                met &= h.p50() <= p50Target;
            }
            if (page.provinceExport()) {
                target.append(", max ≤ " + (int) PROVINCE_EXPORT_TARGET_MS);
                met &= h.max() <= PROVINCE_EXPORT_TARGET_MS;
            }
            String line = String.format(java.util.Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.0f | %d | %.2f | %.2f | %.1f | %.1f | %.2f | %s | %s |%n",
                    page.name(), n, h.p50(), h.p95(), h.max(), lastBytes / 1024.0, page.sql().size(), s.p50(), s.p95(),
                    h.p50() / s.p50(), h.p95() / s.p95(), heaviest, target, met ? "yes" : "**no**");
            System.err.print(line);
            out.append(line);
            tsv.append(String.format(java.util.Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.0f\t%d\t%.2f\t%.2f\t%s\t%s\t%s%n",
                    page.name(), n, h.p50(), h.p95(), h.max(), lastBytes / 1024.0, page.sql().size(), s.p50(),
                    h.p50() / s.p50(), page.rollup() ? String.format(java.util.Locale.ROOT, "%.1f", p50Target) : "",
                    target, met ? "yes" : "no"));
        }
        return out.toString();
    }

    /**
     * The same pages on two instances that serve copies of the same data (e.g. the jar before and
     * after a change), request by request in alternation, the order of the two flipped on every
     * request: both see the same machine at the same moment, so the ratio holds on a busy machine
     * where the absolute numbers do not. No SQL is run.
     */
    String compare(List<Page> pages, int n, int warmup) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("| page | requests | p50 ms (" + baseUrl + ") | p50 ms (" + other.baseUrl + ") | p50 ratio "
                + "| p95 ms (" + baseUrl + ") | p95 ms (" + other.baseUrl + ") | p95 ratio |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Page page : pages) {
            HttpClient first = client(page.user());
            HttpClient second = other.client(page.user());
            long[] a = new long[n];
            long[] b = new long[n];
            for (int i = -warmup; i < n; i++) {
                boolean firstFirst = (i & 1) == 0;
                long ta = firstFirst ? timed(first, page) : 0;
                long tb = other.timed(second, page);
                if (!firstFirst) {
                    ta = timed(first, page);
                }
                if (i >= 0) {
                    a[i] = ta;
                    b[i] = tb;
                }
            }
            Stats sa = Stats.of(a);
            Stats sb = Stats.of(b);
            String line = String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |%n",
                    page.name(), n, sa.p50(), sb.p50(), sb.p50() / sa.p50(), sa.p95(), sb.p95(), sb.p95() / sa.p95());
            System.err.print(line);
            out.append(line);
        }
        return out.toString();
    }

    /** One request, timed; the answer is checked after the clock stops (see {@link #check}). */
    private long timed(HttpClient client, Page page) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + page.path()))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        check(page, response);
        lastBytes = response.body().length;
        return t;
    }

    /**
     * Fails the run loudly unless the page answered 200 with what it should: a workbook (a ZIP
     * with the spreadsheet type) for .xlsx, a UTF-8 CSV with its BOM, JSON from the API, or a whole
     * HTML page that is not the sign-in form; and the page's expected text where it has one.
     */
    static void check(Page page, HttpResponse<byte[]> response) {
        String path = page.path();
        byte[] body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String problem = null;
        if (path.contains("export.xlsx")) {
            if (!type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    || body.length < 4 || body[0] != 'P' || body[1] != 'K') {
                problem = "not a workbook (" + type + ")";
            }
        } else if (path.contains("export.csv")) {
            if (!type.startsWith("text/csv") || body.length < 3 || (body[0] & 0xff) != 0xEF
                    || (body[1] & 0xff) != 0xBB || (body[2] & 0xff) != 0xBF || text.lines().count() < 2) {
                problem = "not a CSV with a header and rows (" + type + ")";
            }
        } else if (path.startsWith("/api/")) {
            if (!type.startsWith("application/json") || !(text.startsWith("{") || text.startsWith("["))) {
                problem = "not JSON (" + type + ")";
            }
        } else if (!type.startsWith("text/html") || !text.contains("</html>")) {
            problem = "not a whole HTML page (" + type + ")";
        } else if (text.contains("action=\"/login\"") && text.contains("name=\"password\"")) {
            problem = "the sign-in page";
        }
        if (problem == null && page.expect() != null && !path.contains("export.xlsx") && !text.contains(page.expect())) {
            problem = "no \"" + page.expect() + "\" in the answer";
        }
        if (problem != null) {
            throw new IllegalStateException("GET " + path + " (" + page.name() + "): " + problem + "; "
                    + text.substring(0, Math.min(300, text.length())));
        }
    }

    private HttpClient client(String username) throws Exception {
        HttpClient existing = clients.get(username);
        if (existing != null) {
            return existing;
        }
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(loginPage);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + enc(username) + "&password=" + enc(ProvinceGenerator.PASSWORD) + "&_csrf="
                + enc(m.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode() + " " + location);
        }
        clients.put(username, client);
        return client;
    }

    private String text(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("not found: " + sql + " " + Arrays.toString(args));
                }
                return rs.getString(1);
            }
        }
    }

    private Object object(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("not found: " + sql + " " + Arrays.toString(args));
                }
                return rs.getObject(1);
            }
        }
    }

    private long number(String sql, Object... args) throws SQLException {
        return Long.parseLong(text(sql, args));
    }

    private long count(String sql, Object... args) throws SQLException {
        return number(sql, args);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

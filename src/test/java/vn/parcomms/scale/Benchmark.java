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
    record Page(String name, String user, String path, List<Sql> sql) {

        Page(String name, String user, String path, String sql, List<Object> params) {
            this(name, user, path, List.of(new Sql(sql, params)));
        }
    }

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
            }
        }
    }

    /** The pages that exist today, with the ids looked up in the generated province. */
    List<Page> pages(String prefix, int year, String period) throws SQLException {
        String p = prefix.toUpperCase(java.util.Locale.ROOT);
        String u = prefix.toLowerCase(java.util.Locale.ROOT);
        String provincePath = text("select path from org_node where code = ?", p);
        String agencyPath = text("select path from org_node where code = ?", p + "-A01");
        long agencyId = number("select id from org_node where code = ?", p + "-A01");
        long unitId = number("select id from org_node where code = ?", p + "-A01-U001");
        long agencyPlan = number("select id from plan where issuing_node_id = ? and plan_year = ? "
                + "order by version_no desc limit 1", agencyId, year);
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
        // Rollups: each page against its whole aggregate as plain SQL (AggregateSql).
        long provinceId = number("select id from org_node where code = ?", p);
        Object lineage = object("select lineage_id from plan where id = ?", agencyPlan);
        List<String> periodNames = List.of("Q1", "H1", "M9", "YEAR");
        List<String> periodsUpTo = periodNames.subList(0, periodNames.indexOf(period) + 1);
        List<Sql> dashboard = AggregateSql.dashboard(agencyPlan, agencyId, year, lineage, agencyPath);
        return List.of(
                new Page("/plans (REVIEWER, province)", u + ".reviewer", "/plans",
                        planList(planCount, planPage, provincePath, agencyPath)),
                new Page("/plans (OFFICE, agency)", u + ".office1", "/plans",
                        planList(planCount, planPage, agencyPath, agencyPath)),
                new Page("/plans/{id} (agency plan, " + count("select count(*) from plan_activity where plan_id = ?",
                        agencyPlan) + " activities)", u + ".office1", "/plans/" + agencyPlan, planActivities,
                        List.of(agencyPlan)),
                new Page("/reports?plan&period (OFFICE follow-up)", u + ".office1",
                        "/reports?plan=" + agencyPlan + "&period=" + period, followUp,
                        List.of(agencyPlan, period, agencyPlan)),
                new Page("/reports (UNIT)", u + ".unit1", "/reports", unitReports, List.of(unitId, unitId)),
                new Page("/organizations (REVIEWER, collapsed tree of 1,521 nodes)", u + ".reviewer", "/organizations", subtree,
                        List.of(provincePath)),
                new Page("/ (REVIEWER)", u + ".reviewer", "/", planList(planCount, planPage, provincePath, agencyPath)),
                new Page("/ (OFFICE)", u + ".office1", "/", assigned, List.of(agencyId, agencyId)),
                new Page("/ (UNIT)", u + ".unit1", "/", assigned, List.of(unitId, unitId)),
                new Page("/rollups (OFFICE, agency plan, " + period + ")", u + ".office1",
                        "/rollups?plan=" + agencyPlan + "&period=" + period, dashboard),
                new Page("/api/v1/rollups (OFFICE, JSON, " + period + ")", u + ".office1",
                        "/api/v1/rollups?plan=" + agencyPlan + "&period=" + period, dashboard),
                new Page("/rollups/par-index (OFFICE, " + year + ")", u + ".office1",
                        "/rollups/par-index?year=" + year,
                        AggregateSql.parIndex(agencyPlan, agencyId, provinceId, year, lineage, agencyPath)),
                new Page("/rollups/province (REVIEWER, " + year + " " + period + ")", u + ".reviewer",
                        "/rollups/province?year=" + year + "&period=" + period,
                        AggregateSql.province(provinceId, provincePath, year, periodsUpTo)),
                // The floor: a page with no list (one user row), to tell the fixed cost of a request
                // (security, session, layout) from the cost of the data.
                new Page("/account (floor, no list)", u + ".office1", "/account",
                        "select * from user_account where username = ?", List.of(u + ".office1")));
    }

    private static List<Sql> planList(String count, String page, String scopePath, String userPath) {
        return List.of(new Sql(count, List.of(scopePath, userPath)), new Sql(page, List.of(scopePath, userPath)));
    }

    String run(List<Page> pages, int n, int warmup) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("| page | requests | p50 ms | p95 ms | max ms | SQL statements | SQL p50 ms | SQL p95 ms "
                + "| p50 ratio | p95 ratio | heaviest statement p50 ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Page page : pages) {
            HttpClient client = client(page.user());
            long[] http = new long[n];
            for (int i = -warmup; i < n; i++) {
                long t = timed(client, page.path());
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
            String line = String.format(java.util.Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %d | %.2f | %.2f | %.1f | %.1f | %.2f |%n", page.name(), n, h.p50(),
                    h.p95(), h.max(), page.sql().size(), s.p50(), s.p95(), h.p50() / s.p50(), h.p95() / s.p95(),
                    heaviest);
            System.err.print(line);
            out.append(line);
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
                long ta = firstFirst ? timed(first, page.path()) : 0;
                long tb = other.timed(second, page.path());
                if (!firstFirst) {
                    ta = timed(first, page.path());
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

    private long timed(HttpClient client, String path) throws Exception {
        long t0 = System.nanoTime();
        get(client, path);
        return System.nanoTime() - t0;
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

    private void get(HttpClient client, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
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

package vn.parcomms.scale;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline rush (issue 15): UNIT users in parallel each open their report of a period, save
 * figures (the form's background save), upload an evidence file (the form's upload endpoint, one
 * file a request) and submit, period after period; OFFICE users read their dashboard and the
 * follow-up page and accept or return what was submitted (return until a report has been
 * submitted {@code acceptAfter} times, so that units file again). Every request goes to one of
 * one or two app instances in turn ({@code second=URL}); sessions are the app's own, shared in
 * the database. At the end, per operation: count, errors, p50, p95, max; then the database is read
 * (read-only) to check that every acknowledged save is what the report holds and every
 * acknowledged step is one line of its history, and that no reminder was written twice.
 *
 * <p>Loopback only, at most {@value #MAX_USERS} users and {@value #MAX_SECONDS} s, a timeout on
 * every request; it stops by itself. Accounts from {@link RushFixture} (run it first, every time).
 *
 * <p>Arguments: {@code <base-url> <jdbc-url> key=value ...}: {@code accountPassword} (required),
 * {@code user}/{@code password} (the database's), {@code units} (200), {@code offices} (20),
 * {@code duration} (seconds, 300), {@code timeout} (seconds per request, 30), {@code fileKb} (1024),
 * {@code second} (a second instance's base URL), {@code year} (2025), {@code periods}
 * (Q1,H1,M9,YEAR), {@code acceptAfter} (3), {@code poll} (ms a user waits when it has nothing to
 * do, 1000), {@code out} (a file for the Markdown table).
 */
public final class DeadlineRush {

    static final int MAX_USERS = 500;
    static final int MAX_SECONDS = 600;
    /** The client's cap on how long it waits to end after the duration (requests still running). */
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Pattern TAG = Pattern.compile("<(input|meta)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");
    private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)]\\.(activityKey|figures\\[(\\d+)])");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    // ------------------------------------------------------------------ options and bounds

    static Map<String, String> options(String[] args, int from) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not key=value: " + args[i]);
            }
            o.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        return o;
    }

    static int bounded(Map<String, String> o, String key, int fallback, int min, int max) {
        int value = Integer.parseInt(o.getOrDefault(key, String.valueOf(fallback)));
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be " + min + "-" + max + ", not " + value);
        }
        return value;
    }

    /** The base URL without a trailing slash; anything but http(s) on a loopback address is refused. */
    static String requireLoopback(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost();
        boolean loopback = host != null && (host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
        if (!loopback || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("loopback only: " + url);
        }
        return url.replaceAll("/+$", "");
    }

    // ------------------------------------------------------------------ the report form as the client reads it

    /** What a unit needs of its report form: the version, the activity keys and each entry's indicators. */
    record ReportFormPage(long version, List<String> activityKeys, Map<Integer, List<Long>> indicators, String csrf) {
    }

    static ReportFormPage parseForm(String html) {
        Long version = null;
        String csrf = null;
        Map<Integer, String> keys = new TreeMap<>();
        Map<Integer, List<Long>> indicators = new TreeMap<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group());
            String name = a.getOrDefault("name", "");
            if (name.equals("parcomms-csrf")) {
                csrf = a.get("content");
            } else if (name.equals("version") && version == null && a.containsKey("value")) {
                version = Long.parseLong(a.get("value"));
            } else {
                Matcher m = ENTRY.matcher(name);
                if (m.matches()) {
                    int i = Integer.parseInt(m.group(1));
                    if (m.group(3) == null) {
                        keys.put(i, a.get("value"));
                    } else {
                        indicators.computeIfAbsent(i, k -> new ArrayList<>()).add(Long.parseLong(m.group(3)));
                    }
                }
            }
        }
        if (version == null || keys.isEmpty()) {
            throw new IllegalStateException("not a report form (no version or no entries)");
        }
        List<String> keyList = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.containsKey(i)) {
                throw new IllegalStateException("entry " + i + " missing from the form");
            }
            keyList.add(keys.get(i));
        }
        return new ReportFormPage(version, keyList, indicators, csrf);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).replace("&amp;", "&"));
        }
        return a;
    }

    static String csrfOf(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group());
            if ("parcomms-csrf".equals(a.get("name"))) {
                return a.get("content");
            }
        }
        return null;
    }

    /**
     * The reports of the follow-up page waiting for a decision (status SUBMITTED or LATE: the
     * first badge of the row is blue or yellow).
     */
    static List<Long> waitingReports(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String row : html.split("<tr")) {
            Matcher link = Pattern.compile("href=\"/reports/(\\d+)\"").matcher(row);
            Matcher badge = Pattern.compile("class=\"badge (text-bg-[a-z]+)\"").matcher(row);
            if (link.find() && badge.find()
                    && (badge.group(1).equals("text-bg-primary") || badge.group(1).equals("text-bg-warning"))) {
                ids.add(Long.parseLong(link.group(1)));
            }
        }
        return List.copyOf(ids);
    }

    /** The version in the report page's accept form, null when the page offers no decision. */
    static String decisionVersion(String html, long id) {
        int form = html.indexOf("action=\"/reports/" + id + "/accept\"");
        if (form < 0) {
            return null;
        }
        int close = html.indexOf("</form>", form);
        Matcher tag = TAG.matcher(html.substring(form, close < 0 ? html.length() : close));
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group());
            if ("version".equals(a.get("name"))) {
                return a.get("value");
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ per operation statistics

    /** Durations and errors of one kind of operation. */
    static final class OperationStats {
        private final List<Long> nanos = new ArrayList<>();
        private int errors;

        synchronized void took(long n) {
            nanos.add(n);
        }

        synchronized void failed() {
            errors++;
        }

        synchronized String row(String name) {
            long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
            if (all.length == 0) {
                return String.format(Locale.ROOT, "| %s | 0 | %d | | | |%n", name, errors);
            }
            Benchmark.Stats s = Benchmark.Stats.of(all);
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", name, all.length, errors,
                    s.p50(), s.p95(), s.max());
        }

        synchronized int errors() {
            return errors;
        }
    }

    // ------------------------------------------------------------------ the run

    private final List<String> bases;
    private final HttpClient http;
    private final Duration timeout;
    /** When the users stop starting operations; set once everyone is signed in. */
    private volatile Instant end = Instant.MAX;
    private final Map<String, OperationStats> ops = new ConcurrentHashMap<>();
    private final List<String> errorLines = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errorsShown = new AtomicInteger();
    private final RushLedger ledger = new RushLedger();
    private final byte[] evidence;
    private final int acceptAfter;
    private final long pollMillis;
    private final AtomicInteger notOpenable = new AtomicInteger();

    private DeadlineRush(List<String> bases, Duration timeout, byte[] evidence, int acceptAfter, long pollMillis) {
        this.bases = bases;
        this.timeout = timeout;
        this.evidence = evidence;
        this.acceptAfter = acceptAfter;
        this.pollMillis = pollMillis;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** One signed-in user: the session cookie, the latest CSRF token, which instance goes next. */
    static final class Session {
        final String username;
        final long planId;
        String cookie = "";
        String csrf;
        int requests;

        Session(String username, long planId) {
            this.username = username;
            this.planId = planId;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DeadlineRush <base-url> <jdbc-url> accountPassword=... [user=postgres password= "
                    + "units=200 offices=20 duration=300 timeout=30 fileKb=1024 second=URL year=2025 "
                    + "periods=Q1,H1,M9,YEAR acceptAfter=3 poll=1000 out=FILE]");
            System.exit(2);
        }
        Map<String, String> o = options(args, 2);
        List<String> bases = new ArrayList<>(List.of(requireLoopback(args[0])));
        if (o.containsKey("second")) {
            bases.add(requireLoopback(o.get("second")));
        }
        String accountPassword = o.get("accountPassword");
        if (accountPassword == null || accountPassword.isBlank()) {
            throw new IllegalArgumentException("accountPassword= is required (as given to RushFixture)");
        }
        int units = bounded(o, "units", 200, 0, MAX_USERS);
        int offices = bounded(o, "offices", 20, 0, MAX_USERS - units);
        int seconds = bounded(o, "duration", 300, 1, MAX_SECONDS);
        int timeout = bounded(o, "timeout", 30, 1, 120);
        int fileKb = bounded(o, "fileKb", 1024, 1, 10 * 1024 - 1);
        int acceptAfter = bounded(o, "acceptAfter", 3, 1, 9);
        int poll = bounded(o, "poll", 1000, 10, 60_000);
        int year = Integer.parseInt(o.getOrDefault("year", "2025"));
        List<String> periods = List.of(o.getOrDefault("periods", "Q1,H1,M9,YEAR").split(","));

        List<Session> unitSessions = new ArrayList<>();
        List<Session> officeSessions = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[1], o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", ""))) {
            db.setReadOnly(true);
            for (int i = 1; i <= units; i++) {
                unitSessions.add(new Session(RushFixture.ACCOUNT_PREFIX + "unit" + i,
                        plan(db, RushFixture.ACCOUNT_PREFIX + "unit" + i, year, true)));
            }
            for (int i = 1; i <= offices; i++) {
                officeSessions.add(new Session(RushFixture.ACCOUNT_PREFIX + "office" + i,
                        plan(db, RushFixture.ACCOUNT_PREFIX + "office" + i, year, false)));
            }
        }
        DeadlineRush rush = new DeadlineRush(bases, Duration.ofSeconds(timeout), evidence(fileKb * 1024), acceptAfter,
                poll);
        // Sign-in first, a few at a time (the app lets at most 20 password checks of one address run at once).
        ExecutorService signIn = Executors.newFixedThreadPool(4);
        List<Future<?>> signed = new ArrayList<>();
        for (Session s : concat(unitSessions, officeSessions)) {
            signed.add(signIn.submit(() -> {
                rush.signIn(s, accountPassword);
                return null;
            }));
        }
        for (Future<?> f : signed) {
            f.get();
        }
        signIn.shutdown();

        Instant start = Instant.now();
        DeadlineRush timed = rush;
        timed.end = start.plusSeconds(seconds);
        System.err.printf(Locale.ROOT, "%s: %d units, %d offices, %d s against %s%n", start, units, offices, seconds,
                bases);
        ExecutorService users = Executors.newFixedThreadPool(Math.max(1, units + offices));
        List<Future<?>> running = new ArrayList<>();
        for (Session s : unitSessions) {
            running.add(users.submit(() -> timed.unit(s, periods)));
        }
        for (Session s : officeSessions) {
            running.add(users.submit(() -> timed.office(s, periods)));
        }
        users.shutdown();
        if (!users.awaitTermination(seconds + GRACE.toSeconds() + timeout, TimeUnit.SECONDS)) {
            users.shutdownNow();
            timed.error("run", "users still busy after the grace period; stopped");
        }
        for (Future<?> f : running) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    timed.error("run", "a user stopped: " + e.getCause());
                }
            }
        }
        Instant stop = Instant.now();
        try (Connection db = DriverManager.getConnection(args[1], o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", ""))) {
            db.setReadOnly(true);
            timed.check(db, start.minusSeconds(1));
        }
        String table = timed.table(start, stop, bases);
        System.out.println(table);
        if (o.containsKey("out")) {
            Files.writeString(Path.of(o.get("out")), table);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The plan a rush account works on: for a unit its agency's plan of the year, for an office its own. */
    private static long plan(Connection db, String username, int year, boolean unit) throws SQLException {
        String node = unit ? "(select parent_id from org_node where id = u.org_node_id)" : "u.org_node_id";
        try (PreparedStatement st = db.prepareStatement("select (select p.id from plan p where p.issuing_node_id = "
                + node + " and p.plan_year = ? and p.status = 'ISSUED' order by p.version_no desc limit 1) "
                + "from user_account u where lower(u.username) = lower(?)")) {
            st.setInt(1, year);
            st.setString(2, username);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new IllegalStateException(username + " or its plan of " + year + " not found: run RushFixture");
                }
                return rs.getLong(1);
            }
        }
    }

    /** A PDF of the given size (the evidence check reads the magic bytes). */
    static byte[] evidence(int size) {
        byte[] head = "%PDF-1.4\n% rush evidence\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[Math.max(size, head.length + tail.length)];
        java.util.Random random = new java.util.Random(15);
        for (int i = head.length; i < file.length - tail.length; i++) {
            file[i] = (byte) ('0' + random.nextInt(64));
        }
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(tail, 0, file, file.length - tail.length, tail.length);
        return file;
    }

    // ------------------------------------------------------------------ users

    private void signIn(Session s, String password) throws Exception {
        HttpResponse<String> page = send(s, "sign-in", HttpRequest.newBuilder(uri(s, "/login")).GET(), Set.of(200));
        Matcher m = page == null ? null : LOGIN_CSRF.matcher(page.body());
        if (m == null || !m.find()) {
            throw new IllegalStateException("no sign-in form for " + s.username);
        }
        HttpResponse<String> login = send(s, "sign-in", form(uri(s, "/login"), "username", s.username, "password",
                password, "_csrf", m.group(1)), Set.of(302));
        String location = login == null ? "" : login.headers().firstValue("Location").orElse("");
        if (login == null || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + s.username + " failed: " + location);
        }
        HttpResponse<String> home = send(s, "sign-in", HttpRequest.newBuilder(uri(s, "/")).GET(), Set.of(200));
        s.csrf = home == null ? null : csrfOf(home.body());
        if (s.csrf == null) {
            throw new IllegalStateException("no CSRF token after the sign-in of " + s.username);
        }
    }

    /** A unit: its periods in turn; a period is done once the office accepted its report. */
    private void unit(Session s, List<String> periods) {
        Map<String, Long> reports = new HashMap<>();
        Set<String> done = new java.util.HashSet<>();
        int saveNo = 0;
        while (running()) {
            boolean worked = false;
            for (String period : periods) {
                if (!running() || done.contains(period)) {
                    continue;
                }
                Long id = reports.get(period);
                if (id == null) {
                    HttpResponse<String> opened = send(s, "open (POST /reports)", form(uri(s, "/reports"), "plan",
                            String.valueOf(s.planId), "period", period, "_csrf", s.csrf), Set.of(302));
                    if (opened == null) {
                        continue;
                    }
                    Matcher m = Pattern.compile("/reports/(\\d+)/edit$")
                            .matcher(opened.headers().firstValue("Location").orElse(""));
                    if (!m.find()) {
                        // Nothing of the unit is due by this period: the app says so and stays on the list.
                        notOpenable.incrementAndGet();
                        done.add(period);
                        continue;
                    }
                    id = Long.parseLong(m.group(1));
                    reports.put(period, id);
                    ledger.opened(id);
                }
                HttpResponse<String> page = send(s, "open form (GET edit)",
                        HttpRequest.newBuilder(uri(s, "/reports/" + id + "/edit")).GET(), Set.of(200, 302));
                if (page == null) {
                    continue;
                }
                if (page.statusCode() == 302) {
                    if (ledger.count(id, RushLedger.ACCEPTED) > 0) {
                        done.add(period);
                    }
                    continue; // submitted, waiting for the office
                }
                ReportFormPage form;
                try {
                    form = parseForm(page.body());
                } catch (RuntimeException e) {
                    error("open form (GET edit)", s.username + " report " + id + ": " + e.getMessage());
                    continue;
                }
                if (form.csrf() != null) {
                    s.csrf = form.csrf();
                }
                saveNo++;
                if (!saveAttachSubmit(s, id, form, saveNo)) {
                    continue;
                }
                worked = true;
            }
            if (!worked) {
                pause();
            }
        }
    }

    private boolean saveAttachSubmit(Session s, long id, ReportFormPage form, int saveNo) {
        List<String> fields = new ArrayList<>(List.of("version", String.valueOf(form.version()), "resultsSummary",
                "Kết quả lần " + saveNo));
        Map<RushLedger.FigureKey, Integer> figures = new HashMap<>();
        for (int i = 0; i < form.activityKeys().size(); i++) {
            String p = "entries[" + i + "].";
            fields.addAll(List.of(p + "activityKey", form.activityKeys().get(i), p + "status", "DONE", p + "evidence",
                    "Biên bản số " + saveNo));
            for (long indicator : form.indicators().getOrDefault(i, List.of())) {
                int value = saveNo * 1000 + i;
                fields.addAll(List.of(p + "figures[" + indicator + "]", String.valueOf(value)));
                figures.put(new RushLedger.FigureKey(id, form.activityKeys().get(i), indicator), value);
            }
        }
        ledger.sending(figures);
        HttpResponse<String> saved = send(s, "save (POST draft)", form(uri(s, "/reports/" + id + "/draft"),
                fields.toArray(String[]::new)).header("Accept", "application/json"), Set.of(200));
        if (saved == null) {
            return false;
        }
        Matcher v = VERSION.matcher(saved.body());
        if (!v.find()) {
            error("save (POST draft)", s.username + " report " + id + ": no version in " + saved.body());
            return false;
        }
        ledger.saved(figures);
        long version = Long.parseLong(v.group(1));

        String boundary = "rush" + Long.toHexString(System.nanoTime());
        HttpResponse<String> uploaded = send(s, "upload 1 file (POST files)",
                HttpRequest.newBuilder(uri(s, "/reports/" + id + "/files"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, form.activityKeys().get(0)))),
                Set.of(200));
        if (uploaded == null) {
            return false;
        }
        HttpResponse<String> submitted = send(s, "submit (POST submit)", form(uri(s, "/reports/" + id + "/submit"),
                "version", String.valueOf(version), "_csrf", s.csrf), Set.of(302));
        if (submitted == null) {
            return false;
        }
        String location = submitted.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/reports/" + id)) {
            error("submit (POST submit)", s.username + " report " + id + ": refused, sent to " + location);
            return false;
        }
        ledger.stepTaken(id, RushLedger.SUBMITTED);
        return true;
    }

    private byte[] multipart(String boundary, String activityKey) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(evidence.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activityKey\"\r\n\r\n" + activityKey
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"minh-chung.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(evidence);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** An office: its dashboard and follow-up page for each period in turn, deciding what waits there. */
    private void office(Session s, List<String> periods) {
        int turn = 0;
        while (running()) {
            String period = periods.get(turn++ % periods.size());
            send(s, "dashboard (GET /rollups)", HttpRequest.newBuilder(uri(s, "/rollups?plan=" + s.planId + "&period="
                    + period)).GET(), Set.of(200));
            HttpResponse<String> followUp = send(s, "follow-up (GET /reports?plan&period)",
                    HttpRequest.newBuilder(uri(s, "/reports?plan=" + s.planId + "&period=" + period)).GET(),
                    Set.of(200));
            if (followUp == null) {
                continue;
            }
            String token = csrfOf(followUp.body());
            if (token != null) {
                s.csrf = token;
            }
            List<Long> waiting = waitingReports(followUp.body());
            for (long id : waiting) {
                if (!running()) {
                    break;
                }
                decide(s, id);
            }
            if (waiting.isEmpty()) {
                pause();
            }
        }
    }

    private void decide(Session s, long id) {
        HttpResponse<String> page = send(s, "report page (GET, office)",
                HttpRequest.newBuilder(uri(s, "/reports/" + id)).GET(), Set.of(200));
        if (page == null) {
            return;
        }
        String version = decisionVersion(page.body(), id);
        if (version == null) {
            return; // decided meanwhile (another look at an older follow-up page)
        }
        String token = csrfOf(page.body());
        if (token != null) {
            s.csrf = token;
        }
        boolean accept = ledger.count(id, RushLedger.SUBMITTED) >= acceptAfter;
        String op = accept ? "accept (POST accept)" : "return (POST return)";
        HttpResponse<String> decided = send(s, op, accept
                ? form(uri(s, "/reports/" + id + "/accept"), "version", version, "_csrf", s.csrf)
                : form(uri(s, "/reports/" + id + "/return"), "version", version, "reason",
                        "Đề nghị bổ sung số liệu", "_csrf", s.csrf), Set.of(302));
        if (decided == null) {
            return;
        }
        // Success and refusal both return to the report; its flash message tells which.
        HttpResponse<String> after = send(s, "report page (GET, office)",
                HttpRequest.newBuilder(uri(s, "/reports/" + id)).GET(), Set.of(200));
        if (after == null) {
            return;
        }
        if (after.body().contains("alert-success")) {
            ledger.stepTaken(id, accept ? RushLedger.ACCEPTED : RushLedger.RETURNED);
        } else {
            error(op, s.username + " report " + id + ": refused (no success message)");
        }
    }

    private boolean running() {
        return Instant.now().isBefore(end);
    }

    private void pause() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** The next instance for this user: requests alternate between the instances. */
    private URI uri(Session s, String path) {
        return URI.create(bases.get(s.requests++ % bases.size()) + path);
    }

    private HttpRequest.Builder form(URI uri, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(enc(pairs[i])).append('=').append(enc(pairs[i + 1] == null ? "" : pairs[i + 1]));
        }
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /**
     * Sends with the user's session and CSRF header, times it under {@code op}, keeps a new session
     * cookie; null (and an error counted) for a status not in {@code ok}, a timeout or a failure.
     */
    private HttpResponse<String> send(Session s, String op, HttpRequest.Builder request, Set<Integer> ok) {
        OperationStats stats = ops.computeIfAbsent(op, k -> new OperationStats());
        request.timeout(timeout);
        if (!s.cookie.isEmpty()) {
            request.header("Cookie", s.cookie);
        }
        if (s.csrf != null) {
            request.header("X-CSRF-TOKEN", s.csrf);
        }
        HttpRequest built = request.build();
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            stats.took(System.nanoTime() - t0);
            error(op, s.username + " " + built.method() + " " + built.uri() + ": timed out after " + timeout);
            return null;
        } catch (Exception e) {
            stats.took(System.nanoTime() - t0);
            error(op, s.username + " " + built.method() + " " + built.uri() + ": " + e);
            return null;
        }
        stats.took(System.nanoTime() - t0);
        for (String c : response.headers().allValues("Set-Cookie")) {
            if (c.startsWith("SESSION=")) {
                String value = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                s.cookie = value.equals("SESSION=") ? "" : value;
            }
        }
        if (!ok.contains(response.statusCode())) {
            error(op, s.username + " " + built.method() + " " + built.uri() + ": " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
            return null;
        }
        return response;
    }

    private void error(String op, String message) {
        ops.computeIfAbsent(op, k -> new OperationStats()).failed();
        errorLines.add(op + ": " + message);
        if (errorsShown.incrementAndGet() <= 50) {
            System.err.println("ERROR " + op + ": " + message);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the check in the database

    private void check(Connection db, Instant since) throws SQLException {
        Set<Long> ids = ledger.reports();
        Array array = db.createArrayOf("bigint", ids.toArray());
        Map<RushLedger.FigureKey, Integer> stored = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select e.report_id, e.activity_key::text, f.indicator_id, f.amount
                from unit_report_entry e join unit_report_figure f on f.entry_id = e.id
                where e.report_id = any (?)""")) {
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.put(new RushLedger.FigureKey(rs.getLong(1), rs.getString(2), rs.getLong(3)), rs.getInt(4));
                }
            }
        }
        Map<Long, Map<String, Integer>> history = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select report_id, action, count(*) from unit_report_event
                where report_id = any (?) and at >= ? and action in ('SUBMITTED', 'ACCEPTED', 'RETURNED')
                group by report_id, action""")) {
            st.setArray(1, array);
            st.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    history.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        List<String> problems = new ArrayList<>(ledger.lostSaves(stored));
        problems.addAll(ledger.historyMismatches(history));
        // Reminders: one per account, kind, plan and period, whichever instance's timer fired.
        try (PreparedStatement st = db.prepareStatement("""
                select u.username, n.kind, n.subject_label, n.period, n.period_year, count(*)
                from notification n join user_account u on u.id = n.recipient_id
                where u.username like ? and n.kind in ('REMINDER_DUE', 'REMINDER_OVERDUE')
                group by u.username, n.kind, n.subject_label, n.period, n.period_year having count(*) > 1""")) {
            st.setString(1, RushFixture.ACCOUNT_PREFIX + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    problems.add("reminder written " + rs.getInt(6) + " times: " + rs.getString(1) + " " + rs.getString(2)
                            + " " + rs.getString(4) + " " + rs.getInt(5));
                }
            }
        }
        try (PreparedStatement st = db.prepareStatement("""
                select count(*), min(n.created_at), max(n.created_at) from notification n
                join user_account u on u.id = n.recipient_id
                where u.username like ? and n.kind in ('REMINDER_DUE', 'REMINDER_OVERDUE')""")) {
            st.setString(1, RushFixture.ACCOUNT_PREFIX + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                reminders = rs.getLong(1) + " reminders to rush accounts" + (rs.getLong(1) == 0 ? ""
                        : ", written " + rs.getTimestamp(2).toInstant() + " – " + rs.getTimestamp(3).toInstant());
            }
        }
        OperationStats check = ops.computeIfAbsent("check in the database", k -> new OperationStats());
        for (String p : problems) {
            check.failed();
            errorLines.add(p);
            System.err.println("CHECK " + p);
        }
        checked = String.format(Locale.ROOT, "%d reports, %d figures saved and acknowledged, %d submits, %d returns, "
                + "%d acceptances acknowledged; %d problems", ids.size(), ledger.savedFigures(),
                total(RushLedger.SUBMITTED), total(RushLedger.RETURNED), total(RushLedger.ACCEPTED), problems.size());
    }

    private String checked = "not checked";
    private String reminders = "";

    private int total(String step) {
        return ledger.reports().stream().mapToInt(id -> ledger.count(id, step)).sum();
    }

    private String table(Instant start, Instant stop, List<String> bases) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Deadline rush %s – %s (%d s) against %s%n%n", start, stop,
                Duration.between(start, stop).toSeconds(), String.join(" and ", bases)));
        out.append("| operation | count | errors | p50 ms | p95 ms | max ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        new TreeMap<>(ops).forEach((name, stats) -> out.append(stats.row(name)));
        int errors = ops.values().stream().mapToInt(OperationStats::errors).sum();
        out.append(String.format(Locale.ROOT, "%nErrors: %d. Check: %s. %s. Periods with nothing due: %d.%n", errors,
                checked, reminders, notOpenable.get()));
        return out.toString();
    }
}

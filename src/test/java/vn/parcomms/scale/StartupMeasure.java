package vn.parcomms.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Start-up time and memory of the packaged app beside the bare stack (issue 15, point 5;
 * docs/performance.md, "Issue 15"). From {@code target/parcomms-*.jar} (./mvnw -q package -DskipTests),
 * extracted once with Spring Boot's jar tools, it starts in turn, {@code n} rounds of:
 * <ol>
 * <li>{@code bare-first}: {@link vn.barestack.BareApplication} on an empty data folder (initdb included);</li>
 * <li>{@code bare}: the bare app again on that folder: <b>the floor</b>;</li>
 * <li>{@code app-first}: the app with the demo profile on an empty data folder (all migrations, the demo loaded);</li>
 * <li>{@code app-restart}: the app with the demo profile again on that folder.</li>
 * </ol>
 * Both are started the same way ({@code java -cp classes:lib/*}, the bare app with the libraries its
 * stack does not use left out), with the same JVM options. Each start is timed from the process start
 * to the first HTTP 200 of {@code /login} and, for the app, of {@code /actuator/health/readiness}
 * (ready only once the demo is loaded, which runs after Spring's "Started … in"); then the resident
 * memory of the JVM and of every process of its PostgreSQL ({@code postmaster.pid} of the data
 * folder, and that server's children) is read from {@code /proc/<pid>/status} (VmRSS) and
 * {@code /proc/<pid>/smaps_rollup} (Pss: shared memory such as PostgreSQL's shared buffers counted
 * once, not once per process). The log's timestamps split the start into its phases. Prints markdown.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * java -cp target/test-classes vn.parcomms.scale.StartupMeasure n=5 out=target/startup.md
 * </pre>
 * Options: {@code n=} rounds (5), {@code jvm=} JVM options for every start, separated by spaces
 * ({@code -Xss1m}), {@code settle=} milliseconds to wait after ready before memory is read (1000),
 * {@code work=} folder for the extracted jar, the data folders and the logs ({@code target/startup}),
 * {@code only=} comma-separated kinds, {@code out=} a file to write the tables to as well.
 * Linux only (it reads /proc).
 */
public final class StartupMeasure {

    /** Jars of the app that the bare stack (web MVC, JPA, Flyway, Security, Thymeleaf) does not need; the embedded PostgreSQL needs commons-compress, commons-io and xz, Spring Security micrometer-observation. */
    static final Pattern NOT_BARE = Pattern.compile("^(springdoc|swagger|spring-boot-actuator|spring-boot-health"
            + "|micrometer-core|micrometer-jakarta|spring-boot-micrometer|HdrHistogram|spring-session|spring-boot-session|spring-modulith"
            + "|poi|pdfbox|fontbox|xmlbeans|commons-collections4|commons-math3|curvesapi"
            + "|SparseBitSet|shedlock|spring-boot-mail|jakarta.mail|angus-mail|bootstrap-|chart.js|kurkle"
            + "|webjars|thymeleaf-extras|hibernate-validator|jakarta.validation|spring-boot-validation"
            + "|spring-boot-jarmode).*");
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d))");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    enum Kind {
        BARE_FIRST("bare-first", true), BARE("bare", true), APP_FIRST("app-first", false), APP_RESTART("app-restart", false);

        final String label;
        final boolean bare;

        Kind(String label, boolean bare) {
            this.label = label;
            this.bare = bare;
        }
    }

    /**
     * A phase ends at the first log line that contains its text; it is the time since the previous
     * phase's end (or since the JVM started, for the first). Missing lines leave a phase out.
     */
    record Phase(String name, String endsAt, boolean lastLine) {
    }

    /** Its own line: the embedded PostgreSQL starts before logging does, its log line is replayed later. */
    static final String POSTGRES_PHASE = "embedded PostgreSQL (initdb on a first start)";
    private static final Pattern POSTGRES_READY = Pattern.compile("Embedded PostgreSQL jdbc:.*ready in (\\d+) ms");

    static final List<Phase> PHASES = List.of(
            new Phase("JVM, Spring Boot to the first log line (without PostgreSQL)", "Starting ", false),
            new Phase("bean definitions, Tomcat created", "Root WebApplicationContext: initialization completed", false),
            new Phase("connection pool", "HikariPool-1 - Start completed", false),
            new Phase("Flyway (validate, migrate)", "o.f.core.internal.command.DbMigrate", true),
            new Phase("JPA EntityManagerFactory", "Initialized JPA EntityManagerFactory", false),
            new Phase("other beans (security, MVC, services), Tomcat started", "Started ", false),
            new Phase("demo loaded (runner), ready", "ParComms is ready at", false));

    record Run(Kind kind, int round, long loginMillis, long readyMillis, Double startedSeconds, long rssKb,
            long pssKb, long jvmRssKb, Map<String, Long> phases) {
    }

    private final Path work;
    private final Path root;
    private final Path classes;
    private final List<Path> libraries;
    private final Path testClasses;
    private final List<String> jvmOptions;
    private final long settleMillis;

    StartupMeasure(Path work, Path extracted, Path testClasses, List<String> jvmOptions, long settleMillis) {
        this.work = work;
        // The repackaged jar keeps the app's META-INF/spring.factories (the embedded PostgreSQL's
        // post-processor) at its root, where java -jar finds it too.
        this.root = extracted;
        this.classes = extracted.resolve("BOOT-INF/classes");
        try (Stream<Path> jars = Files.list(extracted.resolve("BOOT-INF/lib"))) {
            this.libraries = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.testClasses = testClasses;
        this.jvmOptions = jvmOptions;
        this.settleMillis = settleMillis;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Options are name=value: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int rounds = Integer.parseInt(options.getOrDefault("n", "5"));
        Path work = Path.of(options.getOrDefault("work", "target/startup")).toAbsolutePath();
        List<String> jvm = options.containsKey("jvm") && !options.get("jvm").isBlank()
                ? List.of(options.get("jvm").trim().split("\\s+")) : List.of();
        List<Kind> kinds = options.containsKey("only")
                ? Stream.of(options.get("only").split(",")).map(s -> Stream.of(Kind.values())
                        .filter(k -> k.label.equals(s.trim())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No kind " + s))).toList()
                : List.of(Kind.values());
        Path jar = packagedJar(Path.of("target"));
        Path extracted = work.resolve("extracted");
        extract(jar, extracted);
        StartupMeasure measure = new StartupMeasure(work, extracted, Path.of("target/test-classes").toAbsolutePath(),
                jvm, Long.parseLong(options.getOrDefault("settle", "1000")));
        String header = "Start-up of " + jar.getFileName() + ", " + rounds + " rounds, JVM options "
                + (jvm.isEmpty() ? "none" : String.join(" ", jvm)) + ", load average before: " + loadAverage()
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, " + Instant.now();
        System.out.println(header);
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path bareData = work.resolve("data-bare-" + round);
            Path appData = work.resolve("data-app-" + round);
            deleteTree(bareData);
            deleteTree(appData);
            for (Kind kind : kinds) {
                Run run = measure.run(kind, round, kind.bare ? bareData : appData);
                runs.add(run);
                System.out.printf(Locale.ROOT, "round %d %-11s login %5d ms, ready %5d ms, Started %s s, RSS %d MB, PSS %d MB%n",
                        round, kind.label, run.loginMillis(), run.readyMillis(), run.startedSeconds(),
                        run.rssKb() / 1024, run.pssKb() / 1024);
            }
            deleteTree(bareData);
            deleteTree(appData);
        }
        String report = header + ", load average after: " + loadAverage() + "\n\n" + table(runs) + "\n" + phaseTable(runs);
        System.out.println();
        System.out.println(report);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), report, StandardCharsets.UTF_8);
        }
    }

    Run run(Kind kind, int round, Path dataDir) throws IOException, InterruptedException {
        int httpPort = freePort();
        int dbPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(kind.bare));
        command.add(kind.bare ? "vn.barestack.BareApplication" : "vn.parcomms.ParCommsApplication");
        if (!kind.bare) {
            command.add("--spring.profiles.active=demo");
        }
        command.add("--parcomms.embedded-database.data-dir=" + dataDir);
        command.add("--parcomms.embedded-database.port=" + dbPort);
        command.add("--server.port=" + httpPort);
        Path log = work.resolve("logs/" + kind.label + "-" + round + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TZ", "UTC");
        Instant launched = Instant.now();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            String base = "http://localhost:" + httpPort;
            long login = waitFor200(process, base + "/login", start, log);
            long ready = kind.bare ? login : Math.max(login, waitFor200(process, base + "/actuator/health/readiness", start, log));
            Thread.sleep(settleMillis);
            List<Long> pids = new ArrayList<>();
            pids.add(process.pid());
            pids.addAll(postgresProcesses(dataDir));
            long rss = pids.stream().mapToLong(pid -> memoryKb(pid, "status", "VmRSS:")).sum();
            long pss = pids.stream().mapToLong(pid -> memoryKb(pid, "smaps_rollup", "Pss:")).sum();
            long jvmRss = memoryKb(process.pid(), "status", "VmRSS:");
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return new Run(kind, round, login, ready, startedSeconds(lines).orElse(null), rss, pss, jvmRss,
                    withTotal(phases(lines, launched), ready));
        } finally {
            stop(process);
        }
    }

    String classPath(boolean bare) {
        List<String> entries = new ArrayList<>();
        if (bare) {
            entries.add(testClasses.toString());
        }
        entries.add(classes.toString());
        entries.add(root.toString());
        libraries.stream().filter(jar -> !bare || !NOT_BARE.matcher(jar.getFileName().toString()).matches())
                .map(Path::toString).forEach(entries::add);
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Milliseconds from {@code start} to the first 200 of {@code url}; fails if the process ends first. */
    private static long waitFor200(Process process, String url, long start, Path log) throws InterruptedException {
        long deadline = start + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process ended (exit " + process.exitValue() + ") before " + url
                        + " answered 200; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(30000);
                connection.setInstanceFollowRedirects(false);
                int status = connection.getResponseCode();
                connection.getInputStream().readAllBytes();
                connection.disconnect();
                if (status == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet, or not ready (503)
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + START_LIMIT + "; see " + log);
    }

    /** The postmaster of {@code dataDir} and its children (checkpointer, WAL writer, backends, …). */
    static List<Long> postgresProcesses(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            throw new IllegalStateException("No PostgreSQL runs in " + dataDir);
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        ProcessHandle server = ProcessHandle.of(postmaster)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL " + postmaster + " is not running"));
        List<Long> pids = new ArrayList<>();
        pids.add(server.pid());
        server.descendants().map(ProcessHandle::pid).forEach(pids::add);
        return pids;
    }

    /** A "kB" field of /proc/&lt;pid&gt;/&lt;file&gt;; 0 for a process that has ended meanwhile. */
    static long memoryKb(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file), StandardCharsets.UTF_8)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
            return 0;
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    static Optional<Double> startedSeconds(List<String> lines) {
        return lines.stream().map(STARTED::matcher).filter(Matcher::find).findFirst()
                .map(m -> Double.parseDouble(m.group(1)));
    }

    /** Milliseconds per {@link #PHASES} from the log's timestamps, the first from the JVM's start. */
    static Map<String, Long> phases(List<String> lines, Instant launched) {
        long postgres = lines.stream().map(POSTGRES_READY::matcher).filter(Matcher::find).findFirst()
                .map(m -> Long.parseLong(m.group(1))).orElse(0L);
        Map<String, Long> phases = new LinkedHashMap<>();
        Instant previous = launched;
        for (Phase phase : PHASES) {
            List<Instant> ends = lines.stream().filter(l -> l.contains(phase.endsAt())).map(StartupMeasure::timestamp)
                    .flatMap(Optional::stream).toList();
            if (ends.isEmpty()) {
                continue;
            }
            Instant end = phase.lastLine() ? ends.get(ends.size() - 1) : ends.get(0);
            long millis = Duration.between(previous, end).toMillis();
            if (previous == launched) {
                phases.put(POSTGRES_PHASE, postgres);
                millis -= postgres;
            }
            phases.put(phase.name(), millis);
            previous = end;
        }
        return phases;
    }

    static final String TOTAL_PHASE = "total: ready (as measured by HTTP)";

    private static Map<String, Long> withTotal(Map<String, Long> phases, long ready) {
        phases.put(TOTAL_PHASE, ready);
        return phases;
    }

    private static Optional<Instant> timestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        return m.find() ? Optional.of(OffsetDateTime.parse(m.group(1)).toInstant()) : Optional.empty();
    }

    static String table(List<Run> runs) {
        Map<Kind, List<Run>> byKind = byKind(runs);
        double floor = byKind.containsKey(Kind.BARE) ? median(byKind.get(Kind.BARE), Run::readyMillis) : Double.NaN;
        StringBuilder out = new StringBuilder();
        out.append("| start | n | ready, median (min–max) ms | ratio to the bare floor | first 200 of /login, median ms "
                + "| Spring's \"Started … in\", median s | RSS JVM + PostgreSQL, median (min–max) MB | PSS, median MB "
                + "| JVM alone RSS, median MB |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byKind.forEach((kind, list) -> out.append(String.format(Locale.ROOT,
                "| %s | %d | %.0f (%d–%d) | %s | %.0f | %s | %.0f (%d–%d) | %.0f | %.0f |%n", kind.label, list.size(),
                median(list, Run::readyMillis), min(list, Run::readyMillis), max(list, Run::readyMillis),
                Double.isNaN(floor) ? "–" : String.format(Locale.ROOT, "%.2f ×", median(list, Run::readyMillis) / floor),
                median(list, Run::loginMillis),
                list.stream().allMatch(r -> r.startedSeconds() != null)
                        ? String.format(Locale.ROOT, "%.2f", median(list, r -> Math.round(r.startedSeconds() * 1000)) / 1000)
                        : "–",
                median(list, Run::rssKb) / 1024, min(list, Run::rssKb) / 1024, max(list, Run::rssKb) / 1024,
                median(list, Run::pssKb) / 1024, median(list, Run::jvmRssKb) / 1024)));
        return out.toString();
    }

    static String phaseTable(List<Run> runs) {
        Map<Kind, List<Run>> byKind = byKind(runs);
        List<String> names = new ArrayList<>(List.of(POSTGRES_PHASE));
        PHASES.stream().map(Phase::name).forEach(names::add);
        names.add(TOTAL_PHASE);
        StringBuilder out = new StringBuilder("| phase, median ms (from the log's timestamps) |");
        byKind.keySet().forEach(k -> out.append(' ').append(k.label).append(" |"));
        out.append("\n|---|").append("---:|".repeat(byKind.size())).append('\n');
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            byKind.values().forEach(list -> {
                List<Run> with = list.stream().filter(r -> r.phases().containsKey(name)).toList();
                out.append(with.isEmpty() ? " – |"
                        : String.format(Locale.ROOT, " %.0f |", median(with, r -> r.phases().get(name))));
            });
            out.append('\n');
        }
        return out.toString();
    }

    private static Map<Kind, List<Run>> byKind(List<Run> runs) {
        return runs.stream().sorted(Comparator.comparing(Run::kind))
                .collect(Collectors.groupingBy(Run::kind, LinkedHashMap::new, Collectors.toList()));
    }

    static double median(List<Run> runs, Function<Run, Long> value) {
        List<Long> sorted = runs.stream().map(value).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static long min(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().map(value).min(Long::compare).orElseThrow();
    }

    private static long max(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().map(value).max(Long::compare).orElseThrow();
    }

    /** SIGTERM (the app's graceful shutdown, which stops its PostgreSQL last), then waits. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    static Path packagedJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("parcomms-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/parcomms-*.jar: run ./mvnw -q package -DskipTests"));
        }
    }

    /** {@code java -Djarmode=tools -jar app.jar extract --launcher}: BOOT-INF/classes and BOOT-INF/lib. */
    private static void extract(Path jar, Path destination) throws IOException, InterruptedException {
        deleteTree(destination);
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--launcher", "--destination",
                destination.toString()).inheritIO().start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Could not extract " + jar);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.support.RealHttp;

/**
 * The read replica for real: an embedded primary, a streaming replica seeded from it with the
 * low-level backup API ({@code pg_backup_start}, a file copy, {@code pg_backup_stop}) and started
 * as a hot standby, and the application (with the demo) on both. Rollup reads come from the
 * replica, everything else from the primary; while the replica's replay is paused the dashboard
 * keeps the replica's figures and says up to when they go, and once it catches up it shows the
 * primary's figures and says nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaTest {

    /** What the copy of a running cluster leaves out: the server's own files and the log it streams anyway. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Set<String> COPIED_EMPTY = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

    private EmbeddedPostgres primary;
    private EmbeddedPostgres replica;
    private Path replicaDir;
    private ConfigurableApplicationContext app;
    private JdbcClient onPrimary;
    private JdbcClient onReplica;

    @BeforeAll
    void startPrimaryReplicaAndApp() throws Exception {
        primary = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "replica")
                .setServerConfig("wal_keep_size", "1GB")
                .setServerConfig("max_wal_senders", "4")
                .start();
        replicaDir = Files.createTempDirectory("parcomms-replica");
        seedReplica(primary, replicaDir);
        replica = EmbeddedPostgres.builder()
                .setDataDirectory(replicaDir)
                .setCleanDataDirectory(false)
                .setServerConfig("hot_standby", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        onPrimary = JdbcClient.create(primary.getPostgresDatabase());
        onReplica = JdbcClient.create(replica.getPostgresDatabase());
        assertThat(onReplica.sql("select pg_is_in_recovery()").query(Boolean.class).single())
                .as("the replica runs as a standby").isTrue();

        app = new SpringApplicationBuilder(ParCommsApplication.class, Probe.class).profiles("test", "demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + primary.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--parcomms.read-replica.url=" + replica.getJdbcUrl("postgres", "postgres"),
                        "--parcomms.read-replica.lag-shown-after=1s");
        waitUntilTheReplicaCatchesUp();
    }

    @AfterAll
    void stopAll() throws IOException {
        if (app != null) {
            app.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
        if (replicaDir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(replicaDir);
        }
    }

    @Test
    void replicaReadsRunOnTheReplicaAndEverythingElseOnThePrimary() {
        Probe probe = app.getBean(Probe.class);
        assertThat(probe.replicaRead()).as("a ReplicaReads transaction").isTrue();
        assertThat(probe.plainRead()).as("a read-only transaction without the label").isFalse();
        assertThat(probe.write()).as("a read-write transaction").isFalse();
        assertThat(probe.outside()).as("outside any transaction").isFalse();
        assertThat(probe.writeInsideReplicaRead())
                .as("a write begun inside a replica read (REQUIRES_NEW), then the replica read again")
                .containsExactly(false, true);
        assertThat(probe.replicaReadInsideWrite()).as("a replica read joining a write keeps the primary").isFalse();
        assertThat(ReplicaRouting.onReplica()).as("nothing is left on the thread").isFalse();
    }

    /** Transactions of every kind, each saying which database it ran on. */
    static class Probe {

        private final JdbcClient jdbc;
        private final PlatformTransactionManager transactions;
        private final ObjectProvider<Probe> self;

        Probe(DataSource dataSource, PlatformTransactionManager transactions, ObjectProvider<Probe> self) {
            this.jdbc = JdbcClient.create(dataSource);
            this.transactions = transactions;
            this.self = self;
        }

        @ReplicaReads
        public boolean replicaRead() {
            return outside();
        }

        @Transactional(readOnly = true)
        public boolean plainRead() {
            return outside();
        }

        @Transactional
        public boolean write() {
            return outside();
        }

        @Transactional
        public boolean replicaReadInsideWrite() {
            return self.getObject().replicaRead();
        }

        @ReplicaReads
        public List<Boolean> writeInsideReplicaRead() {
            TransactionTemplate inner = new TransactionTemplate(transactions);
            inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            Boolean innerOnReplica = inner.execute(status -> outside());
            return List.of(innerOnReplica, outside());
        }

        public boolean outside() {
            return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
        }
    }

    @Test
    void theDashboardShowsTheReplicasFiguresAndSaysUpToWhenWhileTheReplicaIsBehind() throws Exception {
        long plan = onPrimary.sql("select id from plan where doc_number = '79a' and status = 'ISSUED'")
                .query(Long.class).single();
        RealHttp http = new RealHttp(port());
        String cookie = signIn(http, "vanphong");
        String figures = "/rollups/export.csv?plan=" + plan + "&period=YEAR&table=indicators";
        String page = "/rollups?plan=" + plan + "&period=YEAR";

        String before = body(http.get(figures, "Cookie", cookie));
        assertThat(before).as("the demo's accepted figures").isNotBlank();
        assertThat(body(http.get(page, "Cookie", cookie))).doesNotContain("replica-behind");

        onReplica.sql("select pg_wal_replay_pause()").query().singleValue();
        try {
            int changed = onPrimary.sql("""
                    update unit_report_figure set amount = amount + 1000
                    where entry_id in (select e.id from unit_report_entry e join unit_report r on r.id = e.report_id
                                       where r.plan_id = :plan and r.status = 'ACCEPTED')
                    """).param("plan", plan).update();
            assertThat(changed).as("accepted figures changed on the primary").isPositive();
            // As an edit through the app would: the reports' versions move, so no kept rollup holds.
            onPrimary.sql("update unit_report set version = version + 1 where plan_id = :plan and status = 'ACCEPTED'")
                    .param("plan", plan).update();
            // Past lag-shown-after (1 s) since the last commit the replica replayed.
            Thread.sleep(1500);

            assertThat(body(http.get(figures, "Cookie", cookie)))
                    .as("the export reads the replica, which has not replayed the change").isEqualTo(before);
            String behind = body(http.get(page, "Cookie", cookie));
            assertThat(behind).contains("replica-behind").contains("mới cập nhật đến");
        } finally {
            onReplica.sql("select pg_wal_replay_resume()").query().singleValue();
        }
        waitUntilTheReplicaCatchesUp();

        assertThat(body(http.get(figures, "Cookie", cookie))).as("the replica has the change").isNotEqualTo(before);
        assertThat(body(http.get(page, "Cookie", cookie))).doesNotContain("replica-behind");
    }

    @Test
    void pagesThatWriteStillWorkWithTheReplicaConfigured() throws Exception {
        RealHttp http = new RealHttp(port());
        String cookie = signIn(http, "vanphong");
        HttpResponse<String> plans = http.get("/plans", "Cookie", cookie);
        assertThat(plans.statusCode()).isEqualTo(200);
        assertThat(plans.body()).doesNotContain("replica-behind");
        // The sign-in itself wrote the session and the login record on the primary.
        assertThat(onPrimary.sql("select count(*) from spring_session").query(Long.class).single()).isPositive();
    }

    private int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String signIn(RealHttp http, String username) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = http.signIn(http.openLoginPage(), username, "demo");
        assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static String body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return response.body();
    }

    private void waitUntilTheReplicaCatchesUp() throws InterruptedException {
        String at = onPrimary.sql("select pg_current_wal_insert_lsn()::text").query(String.class).single();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        while (!onReplica.sql("select pg_last_wal_replay_lsn() >= cast(:at as pg_lsn)").param("at", at)
                .query(Boolean.class).single()) {
            assertThat(Instant.now()).as("the replica replays the primary's log").isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /**
     * A base backup of the running primary: {@code pg_backup_start} on a session kept open, a copy of
     * the data folder (owner and mode kept: PostgreSQL refuses a folder others may read), then
     * {@code pg_backup_stop}, whose label file the standby needs to know where to start replaying;
     * {@code standby.signal} and {@code primary_conninfo} make it stream from the primary.
     */
    private static void seedReplica(EmbeddedPostgres primary, Path target) throws SQLException, IOException {
        Path source = dataDirectory(primary);
        try (Connection connection = primary.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_backup_start('parcomms-replica-test', true)");
            copy(source, target);
            try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString(1));
            }
        }
        Files.writeString(target.resolve("standby.signal"), "");
        Files.writeString(target.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=" + primary.getPort() + " user=postgres'\n",
                StandardOpenOption.APPEND);
    }

    private static Path dataDirectory(EmbeddedPostgres primary) {
        return JdbcClient.create(primary.getPostgresDatabase()).sql("show data_directory").query(String.class)
                .optional().map(Path::of).orElseThrow();
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path copy = target.resolve(source.relativize(dir).toString());
                if (!Files.exists(copy)) {
                    Files.createDirectory(copy);
                }
                keepOwnerAndMode(dir, copy);
                if (COPIED_EMPTY.contains(source.relativize(dir).toString())) {
                    if (dir.endsWith("pg_wal")) {
                        keepOwnerAndMode(dir, Files.createDirectories(copy.resolve("archive_status")));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (NOT_COPIED.contains(file.getFileName().toString()) && file.getParent().equals(source)) {
                    return FileVisitResult.CONTINUE;
                }
                Path copy = target.resolve(source.relativize(file).toString());
                try {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    keepOwnerAndMode(file, copy);
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // A temporary file the running server removed while we copied: the log replays it.
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void keepOwnerAndMode(Path from, Path to) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            view.setOwner(attributes.owner());
            view.setGroup(attributes.group());
            view.setPermissions(attributes.permissions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

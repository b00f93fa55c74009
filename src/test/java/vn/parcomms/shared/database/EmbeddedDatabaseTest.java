package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of the default run holds real data: protected, durable, and never blocked by its past. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewClusterHasAGeneratedPasswordKeptForItsOwnerOnlyAndRunsDurableOnLoopback() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
        try {
            Path passwordFile = dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(database.password()).hasSizeGreaterThan(20);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                    .as("no connection without the password").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                    database.password())) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "listen_addresses")).isEqualTo("localhost");
            }
        } finally {
            database.stop();
        }
        assertThat(dataDir.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAtTheNextStartWithItsDataKept() throws Exception {
        Process child = new ProcessBuilder(ChildJvm.command(RunEmbeddedDatabase.class.getName(), dataDir.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // zonky's and PostgreSQL's start-up output
            }
            assertThat(line).as("the child started its database").isEqualTo("READY");
        }
        child.destroyForcibly(); // kill -9: no shutdown hook, no clean stop
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlived the killed JVM").isTrue();

        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                    database.password()); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select note from survived")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before kill -9");
            }
        } finally {
            database.stop();
        }
    }

    @Test
    void aFolderInUseByARunningApplicationIsRefusedAndItsServerKeepsRunning() throws Exception {
        EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Another running ParComms");
            try (Connection c = DriverManager.getConnection(running.jdbcUrl(), EmbeddedDatabase.USER,
                    running.password())) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
            }
        } finally {
            running.stop();
        }
    }

    @Test
    void aClusterMadeByAnEarlierVersionWithoutPasswordGetsOneBeforeUse() throws Exception {
        // What the earlier app left in data/postgres: zonky's defaults, every local connection trusted.
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres legacy = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                .builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
        try (Connection c = DriverManager.getConnection(legacy.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('from before')");
        }
        legacy.close();

        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                    database.password()); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select note from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from before");
            }
        } finally {
            database.stop();
        }
        assertThat(Files.readAllLines(dataDir.resolve("pg_hba.conf"))).noneMatch(l -> l.contains("trust"));
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

}

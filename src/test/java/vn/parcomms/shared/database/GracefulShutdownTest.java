package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.support.Browser;

/**
 * SIGTERM to the default run while saves are being sent: the web server finishes what it accepted
 * before the embedded PostgreSQL stops, so every save the app confirmed is in the database and no
 * request ends in a 500. The app runs as a child JVM because only a real signal runs the JVM's
 * shutdown hooks, where the database used to be stopped too early.
 */
class GracefulShutdownTest {

    private static final String ADMIN_PASSWORD = "graceful-admin-1";
    private static final int SAVES = 40;

    @TempDir
    Path work;

    @Test
    void savesSentWhileTheAppIsStoppedAreEitherSavedOrRefusedNeverLostOrAnError() throws Exception {
        Path dataDir = work.resolve("postgres");
        int port = freePort();
        int databasePort = freePort();
        List<String> command = ChildJvm.command(ParCommsApplication.class.getName(),
                "--server.port=" + port, "--parcomms.embedded-database.data-dir=" + dataDir,
                "--parcomms.embedded-database.port=" + databasePort,
                "--parcomms.bootstrap-admin.password=" + ADMIN_PASSWORD);
        command.add(1, "-Xmx384m");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
        List<String> savedCodes = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        try {
            Browser admin = new Browser("http://localhost:" + port);
            awaitLoginPage(admin, app);
            assertThat(admin.signIn("admin", ADMIN_PASSWORD)).endsWith("/");
            String csrf = admin.csrf("/organizations/new");
            long province = provinceId(dataDir, databasePort);

            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<CompletableFuture<String>> saves = new ArrayList<>();
            for (int i = 0; i < SAVES; i++) {
                String code = "GS-" + i;
                saves.add(CompletableFuture.supplyAsync(() -> send(admin, csrf, code, province), pool));
            }
            CompletableFuture.anyOf(saves.toArray(CompletableFuture[]::new)).join();
            app.destroy(); // SIGTERM, with saves still on their way
            for (int i = 0; i < SAVES; i++) {
                String outcome = saves.get(i).get(90, TimeUnit.SECONDS);
                outcomes.add(outcome);
                if (outcome.startsWith("302 ") && outcome.contains("/organizations/")) {
                    savedCodes.add("GS-" + i);
                }
            }
            pool.shutdown();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app stopped").isTrue();
        } finally {
            app.destroyForcibly();
        }

        assertThat(outcomes).as("no error answer, whatever the moment").noneMatch(o -> o.startsWith("5"));
        assertThat(savedCodes).as("some saves were confirmed before the stop").isNotEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).as("the app stopped its database itself").doesNotExist();
        assertThat(Files.readAllLines(work.resolve("app.log"))).as("no error logged").noneMatch(l -> l.contains(" ERROR "));

        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0);
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from org_node where code like 'GS-%'")) {
            Set<String> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
            assertThat(stored).as("every confirmed save is in the database").containsAll(savedCodes);
        } finally {
            database.stop();
        }
    }

    /** "302 location", "200", "500" ...; or "refused" when the stopping server no longer took the request. */
    private static String send(Browser admin, String csrf, String code, long province) {
        try {
            HttpResponse<String> response = admin.post("/organizations", Map.of("_csrf", csrf, "code", code,
                    "name", "Đơn vị lưu khi dừng " + code, "kind", "AGENCY", "parentId", String.valueOf(province),
                    "version", "0"));
            return response.statusCode() + " " + Browser.location(response);
        } catch (IOException e) {
            return "refused " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void awaitLoginPage(Browser browser, Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app is running").isTrue();
            try {
                HttpResponse<String> login = browser.get("/login");
                if (login.statusCode() == 200 && login.body().contains("name=\"password\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The app did not open its login page in time");
    }

    private static long provinceId(Path dataDir, int databasePort) throws Exception {
        String password = Files.readString(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres",
                EmbeddedDatabase.USER, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from org_node where parent_id is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

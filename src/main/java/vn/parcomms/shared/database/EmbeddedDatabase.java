package vn.parcomms.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the default run, set up to hold real data: a password generated on the
 * first start and kept in the data folder (readable by its owner only), connections only over
 * loopback and only with that password, {@code fsync} and {@code synchronous_commit} on (zonky turns
 * both off for throw-away test databases), no JVM shutdown hook of its own (the application stops it
 * after its last request, see {@link EmbeddedPostgresEnvironmentPostProcessor}), and a server left
 * running by a killed JVM stopped before the next start instead of blocking it.
 */
public final class EmbeddedDatabase {

    /** In the data folder, beside PostgreSQL's own files; PostgreSQL ignores files it does not know. */
    public static final String PASSWORD_FILE = "parcomms-password";
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** zonky's lock on a data folder, held by the JVM that runs its server. */
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server on {@code dataDir} (created on the first start); {@code port} 0 picks a free one. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky starts the server with -F (no fsync) and synchronous_commit off: fine for
                    // tests, not for the data of a province. These come after -F and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            if (fresh) {
                return startFresh(builder, dataDir, passwordFile);
            }
            if (Files.exists(passwordFile)) {
                String password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
                return new EmbeddedDatabase(builder.setConnectConfig("password", password).start(), password);
            }
            return startAndProtectLegacyCluster(builder, dataDir, passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Waits for PostgreSQL to stop (fast shutdown: open transactions roll back, committed data is on disk). */
    public void stop() throws IOException {
        postgres.close();
    }

    /**
     * A new cluster: initdb writes the password for the superuser and password authentication for
     * every connection, so there is no moment in which the server accepts anyone without it. zonky
     * has no option for these two initdb arguments; its locale options are passed as
     * {@code --name=value} to initdb, which takes {@code --pwfile} and {@code --auth} the same way
     * (the later {@code --auth} overrides zonky's {@code -A trust}).
     */
    private static EmbeddedDatabase startFresh(EmbeddedPostgres.Builder builder, Path dataDir, Path passwordFile)
            throws IOException {
        String password = generatePassword();
        Path initdbPasswordFile = ownerOnlyTempFile();
        try {
            Files.writeString(initdbPasswordFile, password + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("pwfile", initdbPasswordFile.toString())
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setConnectConfig("password", password)
                    // Runs after initdb, before the server starts: the password is kept before it is needed.
                    .setDataDirectoryCustomizer(dir -> writeOwnerOnly(passwordFile, password));
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), password);
            log.info("New embedded PostgreSQL cluster in {}; its generated password is in {} (owner only)", dataDir,
                    passwordFile);
            return database;
        } finally {
            Files.deleteIfExists(initdbPasswordFile);
        }
    }

    /**
     * A data folder made by an earlier version of the app, which trusted every local connection: it
     * gets a generated password and password authentication before the application connects.
     */
    private static EmbeddedDatabase startAndProtectLegacyCluster(EmbeddedPostgres.Builder builder, Path dataDir,
            Path passwordFile) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (!Files.readString(hba, StandardCharsets.UTF_8).contains("trust")) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " requires a password but "
                    + passwordFile + " is missing: restore that file, or delete the folder to start afresh.");
        }
        String password = generatePassword();
        EmbeddedPostgres postgres = builder.start();
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(USER, DATABASE));
                Statement statement = connection.createStatement()) {
            writeOwnerOnly(passwordFile, password);
            statement.execute("alter role " + USER + " password '" + password + "'");
            Files.writeString(hba, String.join("\n", List.of(
                    "# Written by ParComms: password authentication for every connection.",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256",
                    "")), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Could not protect the embedded PostgreSQL in " + dataDir, e);
        }
        log.warn("The embedded PostgreSQL in {} accepted connections without a password; it now requires the "
                + "generated password kept in {} (owner only)", dataDir, passwordFile);
        return new EmbeddedDatabase(postgres, password);
    }

    /**
     * After {@code kill -9} of the JVM its PostgreSQL keeps running (pg_ctl detaches it) and holds the
     * data folder, so the next start would fail. zonky's lock file tells a live owner from a dead one:
     * a JVM running the server holds a lock on it, which the operating system drops when that JVM
     * dies. Only when nobody holds it is a server named in {@code postmaster.pid} an orphan, and it is
     * stopped (SIGTERM: PostgreSQL shuts down cleanly, its clients are gone with the JVM).
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("Another running ParComms uses the embedded PostgreSQL in " + dataDir
                        + ": stop it first, or give this one another parcomms.embedded-database.data-dir.");
            }
            try {
                Optional<ProcessHandle> server = postmaster(pidFile);
                if (server.isPresent()) {
                    stop(server.get(), dataDir);
                } else {
                    log.info("Removing the stale {} of a PostgreSQL that is no longer running", pidFile);
                    Files.deleteIfExists(pidFile);
                }
            } finally {
                lock.release();
            }
        }
    }

    /** The running PostgreSQL that {@code postmaster.pid} names, if that process is still PostgreSQL. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // A reused pid belongs to some other program, or to another PostgreSQL (a system one after a
        // reboot): leave it alone, the pid file is stale. Ours was started with -D <this folder>.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString())
                        .map(name -> name.startsWith("postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> servesFolder(args, dataDirOf(pidFile))).orElse(true));
    }

    private static Path dataDirOf(Path pidFile) {
        return pidFile.toAbsolutePath().normalize().getParent();
    }

    private static boolean servesFolder(String[] arguments, Path dataDir) {
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i])) {
                try {
                    return Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(dataDir);
                } catch (java.nio.file.InvalidPathException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static void stop(ProcessHandle server, Path dataDir) throws IOException {
        log.warn("A PostgreSQL (pid {}) left running by an earlier run that did not stop (killed?) still holds {}; "
                + "stopping it", server.pid(), dataDir);
        server.destroy();
        try {
            server.onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running in " + dataDir + " (pid " + server.pid()
                    + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left running in " + dataDir, e);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static Path ownerOnlyTempFile() throws IOException {
        return posix()
                ? Files.createTempFile("parcomms-initdb", ".pw",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile("parcomms-initdb", ".pw");
    }

    static void writeOwnerOnly(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}

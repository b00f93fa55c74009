package vn.parcomms.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A child JVM for {@link EmbeddedDatabaseTest}: starts the embedded database on the folder given,
 * commits a row, says READY and waits to be killed.
 */
final class RunEmbeddedDatabase {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
                Statement s = c.createStatement()) {
            s.execute("create table if not exists survived (note text)");
            s.execute("insert into survived values ('written before kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

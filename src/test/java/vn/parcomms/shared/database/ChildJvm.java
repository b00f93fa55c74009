package vn.parcomms.shared.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM that runs a class of this build on the test's own class path.
 * Tuned for a short life: these children start the application or its database once, do one
 * thing and are stopped, so a start that compiles less wins (measured in docs/security.md, 7).
 * C1 only ({@code TieredStopAtLevel=1}) spends no CPU on optimising code that runs once, the
 * class data sharing archive of the JDK is used when present, one GC thread and no perf data
 * file leave both cores to the test and the application.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> command(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }
}

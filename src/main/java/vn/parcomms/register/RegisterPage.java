package vn.parcomms.register;

import java.util.List;

/** A node's register for one year, with the years that have lines (newest first) to switch between. */
public record RegisterPage(long nodeId, String nodeName, int year, List<Integer> years, List<RegisterEntry> entries) {
}

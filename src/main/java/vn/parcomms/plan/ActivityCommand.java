package vn.parcomms.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a planner enters for an activity; {@code targets} maps indicator ids to target figures. */
public record ActivityCommand(UUID contentItemKey, String name, long leadNodeId, List<Long> cooperatorNodeIds,
        String audience, String outputProduct, List<Integer> quarters, LocalDate dueDate, List<Long> channelIds,
        Map<Long, Integer> targets) {
}

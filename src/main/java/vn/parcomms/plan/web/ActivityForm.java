package vn.parcomms.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lombok.Data;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;

/**
 * An activity as its form holds it. The units are kept by id; what is typed into their search
 * fields travels with the form so that a search round trip (without JavaScript) keeps it. Targets
 * are rows added one at a time.
 */
@Data
class ActivityForm {

    /** Chosen by the user, never by default (a form opened from a content item starts with it). */
    @NotNull
    private UUID contentItemKey;

    @NotBlank
    @Size(max = 1000)
    private String name;

    @NotNull
    private Long leadNodeId;

    @Size(max = 200)
    private String leadQuery;

    @Size(max = 200)
    private String cooperatorQuery;

    private List<Long> cooperatorNodeIds = new ArrayList<>();

    @Size(max = 500)
    private String audience;

    @Size(max = 500)
    private String outputProduct;

    private List<Integer> quarters = new ArrayList<>();

    private LocalDate dueDate;

    private List<Long> channelIds = new ArrayList<>();

    private List<@Valid TargetRow> targets = new ArrayList<>();

    private long version;

    /** A new activity starts with one empty target row. */
    ActivityForm() {
        targets.add(new TargetRow());
    }

    /** The rows as posted: a row index skipped by the browser leaves no empty slot. */
    void compactTargets() {
        targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets.stream().filter(Objects::nonNull).toList());
    }

    void addTargetRow() {
        compactTargets();
        targets.add(new TargetRow());
    }

    void removeTargetRow(int index) {
        compactTargets();
        if (index >= 0 && index < targets.size()) {
            targets.remove(index);
        }
    }

    void addCooperator(long nodeId) {
        cooperatorNodeIds = cooperatorNodeIds == null ? new ArrayList<>() : new ArrayList<>(cooperatorNodeIds);
        if (!cooperatorNodeIds.contains(nodeId)) {
            cooperatorNodeIds.add(nodeId);
        }
        cooperatorQuery = null;
    }

    void removeCooperator(long nodeId) {
        cooperatorNodeIds = cooperatorNodeIds == null ? new ArrayList<>() : new ArrayList<>(cooperatorNodeIds);
        cooperatorNodeIds.remove(Long.valueOf(nodeId));
    }

    void chooseLead(long nodeId) {
        leadNodeId = nodeId;
        leadQuery = null;
    }

    /**
     * A row with a figure and no indicator, or an indicator twice, is named beside its field
     * rather than dropped or merged unseen.
     */
    void checkTargetRows(org.springframework.validation.Errors errors) {
        compactTargets();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow row = targets.get(i);
            String field = "targets[" + i + "].indicatorId";
            if (row.getIndicatorId() == null && row.getTarget() != null && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "plan.error.targetIndicator");
            } else if (row.getIndicatorId() != null && !seen.add(row.getIndicatorId())) {
                errors.rejectValue(field, "plan.error.targetTwice");
            }
        }
    }

    static ActivityForm of(ActivityView a, long version) {
        ActivityForm form = new ActivityForm();
        form.setContentItemKey(a.contentItemKey());
        form.setName(a.name());
        form.setLeadNodeId(a.leadNodeId());
        form.setCooperatorNodeIds(new ArrayList<>(a.cooperators().stream().map(ActivityView.NodeRef::id).toList()));
        form.setAudience(a.audience());
        form.setOutputProduct(a.outputProduct());
        form.setQuarters(new ArrayList<>(a.quarters()));
        form.setDueDate(a.dueDate());
        form.setChannelIds(new ArrayList<>(a.channels().stream().map(ActivityView.ChannelRef::id).toList()));
        List<TargetRow> rows = new ArrayList<>();
        for (ActivityView.TargetView t : a.targets()) {
            TargetRow row = new TargetRow();
            row.setIndicatorId(t.indicatorId());
            row.setTarget(t.target());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new TargetRow());
        }
        form.setTargets(rows);
        form.setVersion(version);
        return form;
    }

    ActivityCommand toCommand() {
        Map<Long, Integer> figures = new LinkedHashMap<>();
        for (TargetRow row : targets) {
            if (row != null && row.getIndicatorId() != null) {
                figures.put(row.getIndicatorId(), row.getTarget() == null ? 0 : row.getTarget());
            }
        }
        return new ActivityCommand(contentItemKey, name, leadNodeId == null ? 0 : leadNodeId,
                cooperatorNodeIds == null ? List.of() : cooperatorNodeIds, audience, outputProduct,
                quarters == null ? List.of() : quarters, dueDate, channelIds == null ? List.of() : channelIds, figures);
    }

    /** One indicator and its target figure. */
    @Data
    static class TargetRow {

        private Long indicatorId;

        @Min(0)
        @Max(10_000_000)
        private Integer target;
    }
}

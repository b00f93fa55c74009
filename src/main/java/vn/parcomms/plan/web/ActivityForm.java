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
import java.util.UUID;
import lombok.Data;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;

/** An activity as its form holds it; targets are a fixed number of indicator/figure rows. */
@Data
class ActivityForm {

    static final int TARGET_ROWS = 6;

    private UUID contentItemKey;

    @NotBlank
    @Size(max = 1000)
    private String name;

    @NotNull
    private Long leadNodeId;

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

    ActivityForm() {
        fillTargetRows();
    }

    void fillTargetRows() {
        while (targets.size() < TARGET_ROWS) {
            targets.add(new TargetRow());
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
        form.setTargets(rows);
        form.fillTargetRows();
        form.setVersion(version);
        return form;
    }

    ActivityCommand toCommand() {
        Map<Long, Integer> figures = new LinkedHashMap<>();
        for (TargetRow row : targets) {
            if (row.getIndicatorId() != null) {
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

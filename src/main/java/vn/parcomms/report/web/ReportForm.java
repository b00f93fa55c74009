package vn.parcomms.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportIncompleteException;
import vn.parcomms.report.ReportDrafting;

/** The report form: the per-report texts and one entry per activity, with the version it was opened at. */
public class ReportForm {

    /** A figure this many times its target asks for confirmation before the report is submitted. */
    static final int LARGE_FACTOR = 10;

    private long version;
    /** The unit confirmed the figures far above their targets. */
    private boolean confirmFigures;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String resultsSummary;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String shortcomings;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String difficulties;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String proposals;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String nextTasks;
    private List<@Valid EntryForm> entries = new ArrayList<>();

    static ReportForm of(ReportDetails report) {
        ReportForm form = new ReportForm();
        form.version = report.version();
        form.resultsSummary = report.resultsSummary();
        form.shortcomings = report.shortcomings();
        form.difficulties = report.difficulties();
        form.proposals = report.proposals();
        form.nextTasks = report.nextTasks();
        for (ReportDetails.EntryView e : report.entries()) {
            EntryForm entry = new EntryForm();
            entry.activityKey = e.activityKey();
            entry.status = e.status();
            entry.dropReason = e.dropReason();
            entry.evidence = e.evidence();
            entry.note = e.note();
            e.figures().forEach(f -> entry.figures.put(f.indicatorId(), f.amount() == null ? null : f.amount().toString()));
            form.entries.add(entry);
        }
        return form;
    }

    /**
     * Figures are bound as text so that whatever the user typed ("2,5", "-3") comes back on the
     * form with its message; only whole numbers from 0 pass.
     */
    void checkFigures(org.springframework.validation.BindingResult result, int max) {
        for (int i = 0; i < entries.size(); i++) {
            for (Map.Entry<Long, String> f : entries.get(i).figures.entrySet()) {
                if (f.getValue() != null && !f.getValue().isBlank() && parse(f.getValue()) == null) {
                    result.rejectValue("entries[" + i + "].figures[" + f.getKey() + "]", "report.error.figure",
                            new Object[] {max}, "report.error.figure");
                }
            }
        }
    }

    /**
     * Marks every figure of this period above {@link #LARGE_FACTOR} times its target (and at least
     * ten above it): a typing slip ("1200" for "12") that the unit confirms before it goes upward.
     * True when any was marked.
     */
    boolean flagLargeFigures(org.springframework.validation.BindingResult result, ReportDetails report) {
        boolean any = false;
        for (int i = 0; i < entries.size(); i++) {
            EntryForm entry = entries.get(i);
            ReportDetails.EntryView view = report.entries().stream()
                    .filter(e -> e.activityKey().equals(entry.activityKey)).findFirst().orElse(null);
            if (view == null) {
                continue;
            }
            for (ReportDetails.FigureView f : view.figures()) {
                String typed = entry.figures.get(f.indicatorId());
                Integer value = typed == null || typed.isBlank() ? null : parse(typed);
                if (value != null && f.target() != null && f.target() > 0 && value > LARGE_FACTOR * f.target()
                        && value - f.target() >= 10) {
                    result.rejectValue("entries[" + i + "].figures[" + f.indicatorId() + "]",
                            "report.warning.figureLarge", new Object[] {value, f.target()}, "report.warning.figureLarge");
                    any = true;
                }
            }
        }
        return any;
    }

    /** Every gap of a refused submission beside its field, and each in the summary at the top. */
    void rejectGaps(org.springframework.validation.BindingResult result, ReportIncompleteException refused) {
        result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
        for (ReportIncompleteException.Gap gap : refused.gaps()) {
            Object[] args = {gap.activityName()};
            result.reject(gap.messageKey(), args, gap.messageKey());
            for (int i = 0; i < entries.size(); i++) {
                if (gap.activityKey().equals(entries.get(i).activityKey)) {
                    result.rejectValue("entries[" + i + "]." + gap.field(), gap.messageKey(), args, gap.messageKey());
                }
            }
        }
    }

    public boolean isConfirmFigures() {
        return confirmFigures;
    }

    public void setConfirmFigures(boolean confirmFigures) {
        this.confirmFigures = confirmFigures;
    }

    private static Integer parse(String value) {
        String trimmed = value.strip();
        if (!trimmed.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(trimmed);
    }

    ReportCommand toCommand(List<Long> deleteFileIds) throws java.io.IOException {
        List<ReportCommand.Entry> commandEntries = new ArrayList<>();
        List<ReportCommand.Upload> uploads = new ArrayList<>();
        for (EntryForm e : entries) {
            if (e.activityKey == null) {
                continue;
            }
            Map<Long, Integer> figures = new LinkedHashMap<>();
            e.figures.forEach((indicator, value) -> figures.put(indicator,
                    value == null || value.isBlank() ? null : parse(value)));
            commandEntries.add(new ReportCommand.Entry(e.activityKey, e.status, e.dropReason, e.evidence, e.note,
                    figures));
            for (MultipartFile file : e.files) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new ReportCommand.Upload(e.activityKey, file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        return new ReportCommand(resultsSummary, shortcomings, difficulties, proposals, nextTasks, commandEntries,
                uploads, deleteFileIds);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getResultsSummary() {
        return resultsSummary;
    }

    public void setResultsSummary(String resultsSummary) {
        this.resultsSummary = resultsSummary;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public void setNextTasks(String nextTasks) {
        this.nextTasks = nextTasks;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public void setEntries(List<EntryForm> entries) {
        this.entries = entries;
    }

    /** One activity's part of the form. Figures are bound as whole numbers; anything else is a field error. */
    public static class EntryForm {

        private UUID activityKey;
        private ActivityStatus status;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String dropReason;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String evidence;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String note;
        private Map<Long, String> figures = new LinkedHashMap<>();
        private List<MultipartFile> files = new ArrayList<>();

        public UUID getActivityKey() {
            return activityKey;
        }

        public void setActivityKey(UUID activityKey) {
            this.activityKey = activityKey;
        }

        public ActivityStatus getStatus() {
            return status;
        }

        public void setStatus(ActivityStatus status) {
            this.status = status;
        }

        public String getDropReason() {
            return dropReason;
        }

        public void setDropReason(String dropReason) {
            this.dropReason = dropReason;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Map<Long, String> getFigures() {
            return figures;
        }

        public void setFigures(Map<Long, String> figures) {
            this.figures = figures;
        }

        public List<MultipartFile> getFiles() {
            return files;
        }

        public void setFiles(List<MultipartFile> files) {
            this.files = files;
        }
    }
}

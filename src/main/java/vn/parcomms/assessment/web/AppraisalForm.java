package vn.parcomms.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;
import vn.parcomms.assessment.AppraisalCommand;
import vn.parcomms.assessment.AssessmentSheet;

/** Home Affairs' appraisal form: per criterion the appraised points (the self points to start with) and a comment. */
public class AppraisalForm {

    private long version;
    private List<EntryForm> entries = new ArrayList<>();

    static AppraisalForm of(AssessmentSheet sheet) {
        AppraisalForm form = new AppraisalForm();
        form.version = sheet.version() == null ? 0 : sheet.version();
        for (AssessmentSheet.Row r : sheet.rows()) {
            if (r.editable()) {
                EntryForm e = new EntryForm();
                e.code = r.code();
                e.points = r.appraisedPoints() != null ? r.appraisedPoints().toPlainString()
                        : r.selfPoints() == null ? "" : r.selfPoints().toPlainString();
                e.comment = r.appraisalComment();
                form.entries.add(e);
            }
        }
        return form;
    }

    void checkPoints(BindingResult result) {
        for (int i = 0; i < entries.size(); i++) {
            String v = entries.get(i).points;
            if (v != null && !v.isBlank() && SelfAssessmentForm.parse(v) == null) {
                result.rejectValue("entries[" + i + "].points", "selfAssessment.error.number");
            }
        }
    }

    AppraisalCommand toCommand() {
        return new AppraisalCommand(entries.stream().filter(e -> e.code != null)
                .map(e -> new AppraisalCommand.Entry(e.code, SelfAssessmentForm.parse(e.points), e.comment)).toList());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public void setEntries(List<EntryForm> entries) {
        this.entries = entries;
    }

    public static class EntryForm {

        private String code;
        private String points;
        private String comment;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}

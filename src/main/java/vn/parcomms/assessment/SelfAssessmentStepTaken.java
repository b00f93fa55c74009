package vn.parcomms.assessment;

/**
 * A past-tense event of a self-assessment's lifecycle, published once the aggregate recorded the
 * step in its history: {@code SUBMITTED}, {@code RETURNED} (with the reason) or {@code APPRAISED}.
 */
public record SelfAssessmentStepTaken(String step, long assessmentId, long nodeId, String nodeName, int year,
        String reason, long actorId) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String APPRAISED = "APPRAISED";
}

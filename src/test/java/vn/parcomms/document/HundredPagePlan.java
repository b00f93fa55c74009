package vn.parcomms.document;

/**
 * A plan as long as the longest real ones (issue 15, point 6): plan 79a's text and the annex of
 * its activities with the nine columns the plan page exports, on landscape pages, long enough for
 * about a hundred printed pages. {@link DocumentBenchmark} times it, {@code HundredPagePlanTest}
 * checks what it produces.
 */
public final class HundredPagePlan {

    /** Activities in the annex: with plan 79a's text this gives 100 pages in our PDF. */
    public static final int ACTIVITIES = 475;

    private HundredPagePlan() {
    }

    public static OfficialDocument document() {
        return DemoAnnex.planWithNineColumnAnnex(ACTIVITIES);
    }

    /** The text of the annex's last activity, to be found on the document's last page. */
    public static String lastActivity() {
        return "trang thông tin điện tử số " + ACTIVITIES;
    }
}

package vn.parcomms.document.internal;

/**
 * Page geometry and type sizes of Decree 30/2020/NĐ-CP, Appendix I, in points. Where the decree
 * gives a range we take one value and keep it here, so both formats agree.
 */
final class Layout {

    static final float MM = 72f / 25.4f;

    static final float PAGE_WIDTH = 210 * MM;
    static final float PAGE_HEIGHT = 297 * MM;
    // Decree 30: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    static final float MARGIN_TOP = 20 * MM;
    static final float MARGIN_BOTTOM = 20 * MM;
    static final float MARGIN_LEFT = 30 * MM;
    static final float MARGIN_RIGHT = 15 * MM;
    /** Distance of the page number from the top edge of the page. */
    static final float HEADER_DISTANCE = 10 * MM;
    static final float TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** A landscape page (an annex of many columns) keeps the margins: 252 mm of text width. */
    static final float LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;

    /** The header lines (bodies, national title, number): the decree allows 12-13, we use 13. */
    static final float HEADER_SIZE = 13;
    /** Body text, title, motto, place-date and signer: 14 (the decree allows 13-14). */
    static final float BODY_SIZE = 14;
    static final float RECIPIENTS_HEADING_SIZE = 12;
    static final float RECIPIENTS_SIZE = 11;
    static final float TABLE_SIZE = 13;
    static final float PAGE_NUMBER_SIZE = 13;

    /** First-line indent of body paragraphs: 1 cm, as the seeds have it. */
    static final float FIRST_INDENT = 10 * MM;
    static final float PARAGRAPH_SPACING = 6;
    /**
     * Word's single line spacing for Times New Roman / Liberation Serif: ascent, descent and line
     * gap, (1825 + 443 + 87) / 2048 em.
     */
    static final float LINE_FACTOR = 1.15f;
    /** Height of the empty paragraph whose bottom border is a rule under a header line. */
    static final float RULE_HEIGHT = 4;
    /** Room for the handwritten signature and the seal. */
    static final float SIGNATURE_SPACE = 70;

    /**
     * The header table reaches 6 mm into the left margin, as Word templates of Decree 30 do: at
     * 13 pt "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" needs 96 mm and "UBND TỈNH BÀ RỊA - VŨNG TÀU"
     * 70 mm, more than the 165 mm text width leaves for both with some slack.
     */
    static final float HEADER_INDENT = -6 * MM;
    /** Left column of the header: the bodies and the number; the right one the national title. */
    static final float HEADER_LEFT_WIDTH = 72 * MM;
    static final float HEADER_RIGHT_WIDTH = TEXT_WIDTH - HEADER_INDENT - HEADER_LEFT_WIDTH;
    static final float SIGNATURE_LEFT_WIDTH = 0.5f * TEXT_WIDTH;

    private Layout() {
    }

    static int twips(float points) {
        return Math.round(points * 20);
    }
}

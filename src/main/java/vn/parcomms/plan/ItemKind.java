package vn.parcomms.plan;

import vn.parcomms.shared.VietnameseNumbering;

/** The ordered parts of a plan, in the order they appear in the document. */
public enum ItemKind {
    /** Căn cứ: documents the plan is based on (besides the parent plan). */
    LEGAL_BASIS,
    /** Mục đích / mục tiêu. */
    PURPOSE,
    /** Yêu cầu. */
    REQUIREMENT,
    /** Đối tượng. */
    AUDIENCE,
    /** Nội dung thông tin, tuyên truyền: lettered a) b) c) … */
    CONTENT,
    /** Hình thức thông tin, tuyên truyền: lettered a) b) c) … */
    FORM,
    /** Giải pháp thực hiện: numbered 1. 2. 3. */
    SOLUTION,
    /** Tổ chức thực hiện: per unit or unit group (heading) its duties (body, one per line). */
    DUTY,
    /** Nơi nhận: recipient (body) and purpose (heading: "báo cáo", "t/h", "p/hợp"). */
    RECIPIENT,
    /** A paragraph or list item of the outline with no role but its text (issue 12). */
    TEXT;

    /** Content items and forms are lettered the Vietnamese way; the other lists are bulleted or numbered. */
    public boolean isLettered() {
        return this == CONTENT || this == FORM;
    }

    /** The label of the item at {@code index}: lettered parts "a)", numbered parts "1.", others "-". */
    public String label(int index) {
        if (isLettered()) {
            return VietnameseNumbering.letter(index) + ")";
        }
        if (this == SOLUTION || this == DUTY) {
            return (index + 1) + ".";
        }
        return "-";
    }
}

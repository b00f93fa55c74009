package vn.parcomms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parcomms.shared.LinkedText.Part;

class LinkedTextTest {

    @Test
    void webAddressesInTheTextBecomeLinksAndTheRestStaysText() {
        assertThat(LinkedText.split("Tin đăng tại https://syt.vn/tin/12 và http://a.vn/b?x=1&y=2."))
                .containsExactly(new Part("Tin đăng tại ", null), new Part("https://syt.vn/tin/12", "https://syt.vn/tin/12"),
                        new Part(" và ", null), new Part("http://a.vn/b?x=1&y=2", "http://a.vn/b?x=1&y=2"),
                        new Part(".", null));
    }

    @Test
    void onlyHttpAndHttpsAreLinked() {
        List<Part> parts = LinkedText.split("javascript:alert(1) data:text/html,x ftp://a.vn/f mailto:a@b.vn");
        assertThat(parts).noneMatch(Part::link);
        assertThat(LinkedText.split("JavaScript://https://a.vn")).filteredOn(Part::link)
                .extracting(Part::href).containsExactly("https://a.vn");
    }

    @Test
    void anAddressEndsAtQuotesAndAngleBrackets() {
        assertThat(LinkedText.split("<a href=\"https://a.vn/x\">"))
                .filteredOn(Part::link).extracting(Part::href).containsExactly("https://a.vn/x");
        assertThat(LinkedText.split("(xem https://vi.wikipedia.org/wiki/A_(B))"))
                .filteredOn(Part::link).extracting(Part::href).containsExactly("https://vi.wikipedia.org/wiki/A_(B)");
    }

    @Test
    void textWithoutAddressesIsOnePlainPart() {
        assertThat(LinkedText.split("Công văn số 12/TTYT")).containsExactly(new Part("Công văn số 12/TTYT", null));
        assertThat(LinkedText.split(null)).isEmpty();
    }
}

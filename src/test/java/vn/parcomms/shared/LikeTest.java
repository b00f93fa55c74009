package vn.parcomms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void percentUnderscoreAndBackslashAreMatchedLiterally() {
        assertThat(Like.containsIgnoringCase(" 100%_Sở\\Y ")).isEqualTo("%100\\%\\_sở\\\\y%");
    }

    @Test
    void aBlankQueryIsNoFilter() {
        assertThat(Like.containsIgnoringCase("  ")).isNull();
        assertThat(Like.containsIgnoringCase(null)).isNull();
    }
}

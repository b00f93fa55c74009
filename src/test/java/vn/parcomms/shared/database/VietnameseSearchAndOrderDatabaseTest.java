package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.support.IntegrationTest;

/**
 * What migration V80 gives the database: the vi collation sorts as {@link VietnameseOrder} does,
 * vn_fold takes every Vietnamese letter to its bare Latin letter (đ to d), and the searches can
 * use the trigram indexes.
 */
@IntegrationTest
class VietnameseSearchAndOrderDatabaseTest {

    /**
     * Names a list may hold, in the order a Vietnamese reader expects them: letter by letter with
     * ă and â after every a (so "Anh" before "ă"), tones only where the letters tie, a space
     * before any letter ("Hạ Long" before "Hà Nội" before "Hải Dương"), digits as text.
     */
    static final List<String> IN_ORDER = List.of(
            "a", "à", "ả", "ã", "á", "ạ", "An Giang", "Anh", "ă", "ắ", "â", "ầ", "Ấp Bắc",
            "Ba", "Bà Rịa", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Ban Dân tộc", "Bắc Giang",
            "Bến Tre", "Cà Mau", "Cục Quản lý", "Cục Thuế", "Cửa Lò", "Dân tộc", "Dương Kinh", "Dz",
            "đ", "Đà Nẵng", "Đài Phát thanh", "Đài Phát thanh và Truyền hình", "Đắk Lắk", "Điện Biên",
            "Hạ Long", "Hà Nội", "Hải Dương", "Hòa Bình", "Khoa Nội", "Khoa Nội 10", "Khoa Nội 2",
            "Nguyễn Văn An", "Nguyễn Văn Anh", "Nguyễn Văn Ân", "Ô Môn", "Ơ", "Phòng", "Phòng 1",
            "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sơn La", "Trung tâm", "Uông Bí", "Ủy ban", "Ư",
            "Văn phòng", "Vĩnh Long", "Xã", "Yên Bái");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDatabaseAndTheJavaComparatorSortNamesAlike() {
        List<String> shuffled = new ArrayList<>(IN_ORDER);
        Collections.shuffle(shuffled, new Random(13));

        List<String> fromSql = jdbc.sql("select n from unnest(cast(:names as text[])) as t (n) order by n collate public.vi")
                .param("names", shuffled.toArray(String[]::new)).query(String.class).list();
        List<String> fromJava = shuffled.stream().sorted(VietnameseOrder.names()).toList();

        assertThat(fromSql).containsExactlyElementsOf(IN_ORDER);
        assertThat(fromJava).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void theNameColumnsSortByTheVietnameseCollation() {
        List<String> collations = jdbc.sql("""
                select table_name || '.' || column_name || ' ' || coalesce(collation_name, '-')
                from information_schema.columns
                where table_schema = 'public'
                  and (table_name, column_name) in (('org_node', 'name'), ('org_node', 'short_name'),
                      ('user_account', 'full_name'), ('catalog_channel', 'name'), ('catalog_indicator', 'name'))
                order by 1""").query(String.class).list();

        assertThat(collations).containsExactly("catalog_channel.name vi", "catalog_indicator.name vi",
                "org_node.name vi", "org_node.short_name vi", "user_account.full_name vi");
    }

    @Test
    void foldingTakesEveryVietnameseLetterToItsBareLetterInLowerCase() {
        String upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
        String folded = "aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy";

        assertThat(fold(upper)).isEqualTo(folded);
        assertThat(fold(upper.toLowerCase(java.util.Locale.ROOT))).isEqualTo(folded);
        // unaccent also takes typographic dashes to a hyphen: "Bà Rịa – Vũng Tàu" is found by "ba ria - vung tau".
        assertThat(fold("Bà Rịa – Đường Đỏ")).isEqualTo("ba ria - duong do");
        // Decomposed text (a letter followed by combining marks), as some editors paste it.
        assertThat(fold(java.text.Normalizer.normalize("Bà Rịa", java.text.Normalizer.Form.NFD))).isEqualTo("ba ria");
    }

    @Test
    void theContainsPatternEscapesWildcardsAfterFolding() {
        assertThat(jdbc.sql("select public.vn_contains_pattern(:t)").param("t", "50%_a\\Ư").query(String.class)
                .single()).isEqualTo("%50\\%\\_a\\\\u%");
        assertThat(jdbc.sql("select public.vn_contains_pattern(:t)").param("t", "50％").query(String.class)
                .single()).isEqualTo("%50\\%%");
    }

    @Test
    void theSearchesCanUseTheTrigramIndexes() {
        List<String> indexes = jdbc.sql("""
                select indexname from pg_indexes where schemaname = 'public' and indexdef like '%gin_trgm_ops%'
                order by 1""").query(String.class).list();
        assertThat(indexes).containsExactly("org_node_code_fold_idx", "org_node_name_fold_idx",
                "org_node_short_name_fold_idx", "user_account_full_name_fold_idx", "user_account_username_fold_idx");

        // The test tables are small, so a sequential scan would win on cost; forbidding it shows
        // whether the index matches the expression the repositories write.
        String plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                    explain select id from org_node
                    where vn_fold(name) like vn_contains_pattern(:text) escape '\\'
                       or vn_fold(code) like vn_contains_pattern(:text) escape '\\'""")
                    .param("text", "ba ria").query(String.class).list());
        });
        assertThat(plan).contains("org_node_name_fold_idx", "org_node_code_fold_idx");

        String userPlan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                    explain select id from user_account
                    where vn_fold(full_name) like vn_contains_pattern(:text) escape '\\'""")
                    .param("text", "nguyen van").query(String.class).list());
        });
        assertThat(userPlan).contains("user_account_full_name_fold_idx");
    }

    private String fold(String text) {
        return jdbc.sql("select public.vn_fold(:t)").param("t", text).query(String.class).single();
    }
}

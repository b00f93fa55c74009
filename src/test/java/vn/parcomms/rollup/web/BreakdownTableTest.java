package vn.parcomms.rollup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;

/** The content table folds the units' added activities only when there are many, and keeps every figure. */
class BreakdownTableTest {

    static final String PREFIX = "Hoạt động do đơn vị bổ sung";

    @Test
    void fewAddedActivitiesAreListedInTheContentTableWithTheirUnitAndContentText() {
        List<Rollup.Breakdown> content = new ArrayList<>(planRows());
        content.addAll(addedRows(BreakdownTable.INLINE_ADDED_ROWS));

        BreakdownTable table = content(rollup(content));

        assertThat(table.folded()).isNull();
        assertThat(table.rows()).hasSize(content.size());
        assertThat(table.rows().get(2).label()).isEqualTo(PREFIX + " – Trạm 0: Nội dung riêng 0");
        assertThat(table.rows().get(2).href()).isEqualTo("/ctx/reports?plan=7&period=H1&status=ACCEPTED");
    }

    @Test
    void manyAddedActivitiesAreSummedPerIndicatorWithTheSameTotalsAndALinkToTheirList() {
        List<Rollup.Breakdown> content = new ArrayList<>(planRows());
        List<Rollup.Breakdown> added = addedRows(BreakdownTable.INLINE_ADDED_ROWS + 1);
        content.addAll(added);

        BreakdownTable table = content(rollup(content));

        assertThat(table.rows()).extracting(BreakdownTable.Row::label)
                .containsExactly("a) Tuyên truyền", "a) Tuyên truyền");
        BreakdownTable.Folded folded = table.folded();
        assertThat(folded.href()).isEqualTo("/ctx/rollups/added?plan=7&period=H1");
        assertThat(folded.units()).isEqualTo(5);
        assertThat(folded.contents()).isEqualTo(added.stream().map(Rollup.Breakdown::label).distinct().count());
        assertThat(folded.rows()).extracting(BreakdownTable.Row::indicator).containsExactly("Tin bài", "Pano");
        for (String indicator : List.of("Tin bài", "Pano")) {
            long actual = added.stream().filter(b -> b.indicator().equals(indicator))
                    .mapToLong(Rollup.Breakdown::actual).sum();
            long target = added.stream().filter(b -> b.indicator().equals(indicator))
                    .mapToLong(Rollup.Breakdown::target).sum();
            assertThat(folded.rows()).filteredOn(r -> r.indicator().equals(indicator)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.actual()).isEqualTo(actual);
                        assertThat(r.target()).isEqualTo(target);
                        assertThat(r.label()).isEqualTo(PREFIX);
                        assertThat(r.href()).isEqualTo(folded.href());
                    });
        }
    }

    @Test
    void theUnitAndChannelTablesAreNeverFolded() {
        List<Rollup.Breakdown> many = addedRows(BreakdownTable.INLINE_ADDED_ROWS * 2);
        Rollup rollup = new Rollup(1, "Sở", 7, "Kế hoạch", 2025, ReportPeriod.H1, false, List.of(), List.of(),
                List.of(), many, many, List.of(), List.of(), null, List.of());

        List<BreakdownTable> tables = tables(rollup);

        assertThat(tables.get(1).folded()).isNull();
        assertThat(tables.get(1).rows()).hasSize(many.size());
        assertThat(tables.get(2).folded()).isNull();
        assertThat(tables.get(2).rows()).hasSize(many.size());
    }

    static List<Rollup.Breakdown> planRows() {
        return List.of(new Rollup.Breakdown(0, "a) Tuyên truyền", false, 1, "Tin bài", "tin", 10, 4),
                new Rollup.Breakdown(0, "a) Tuyên truyền", false, 2, "Pano", "cái", 2, 1));
    }

    /** Added rows of five units, each content text with one or two indicators. */
    static List<Rollup.Breakdown> addedRows(int count) {
        List<Rollup.Breakdown> rows = new ArrayList<>();
        for (int i = 0; rows.size() < count; i++) {
            long unit = 100 + i % 5;
            String label = "Trạm " + (i % 5) + ": Nội dung riêng " + i;
            rows.add(new Rollup.Breakdown(unit, label, true, 1, "Tin bài", "tin", i, 2 * i + 1));
            if (i % 2 == 0 && rows.size() < count) {
                rows.add(new Rollup.Breakdown(unit, label, true, 2, "Pano", "cái", 1, i % 3));
            }
        }
        return rows;
    }

    static Rollup rollup(List<Rollup.Breakdown> content) {
        return new Rollup(1, "Sở", 7, "Kế hoạch", 2025, ReportPeriod.H1, false, List.of(), List.of(), content,
                List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    static BreakdownTable content(Rollup rollup) {
        return tables(rollup).get(0);
    }

    static List<BreakdownTable> tables(Rollup rollup) {
        return BreakdownTable.of(rollup, new RollupLinks(rollup, null), "/ctx", PREFIX, "vi");
    }
}

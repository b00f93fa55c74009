package vn.parcomms.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanHeader;

/**
 * A plan written out as a resource file ({@code demo/plans/*.yaml}), so that the long Vietnamese
 * text stays readable and out of the code, and another province's plan fits without a code change.
 *
 * <pre>
 * node: BRVT.SYT                  # issuing node (code)
 * drafter: vanphong               # demo account that drafts and submits
 * approver: giamdoc               # demo account that issues
 * parent: {node: BRVT, number: "148", year: 2025}      # optional: the issued plan this one implements
 * implements: {node: ..., number: ..., year: ...}       # optional instead of parent: started as a
 *                                 # unit's implementing plan (activities pre-filled by the application)
 * header: {year, number, symbol, place, date, parentBody, issuingBody, title, intro, budget,
 *          reportingDuty, closing, archiveLine, signerAuthority, signerName}
 * items:                          # per ItemKind, in order; numbering and lettering are computed
 *   PURPOSE: [text, ...]
 *   DUTY: [{heading: unit group, lines: [duty, ...]}, ...]
 *   RECIPIENT: [{body: recipient, heading: purpose}, ...]
 * activities:                     # content: letter of a content item; codes of nodes and catalogues
 *   - {name, content, lead, cooperators, channels, audience, output, quarters, due, targets: {CODE: n},
 *      carries: name of the parent plan's activity this one carries out}    # carries: optional, with parent
 *   - {parent: name of a pre-filled activity, lead, cooperators, targets}   # refines one (implementing plans)
 * </pre>
 */
record DemoPlanSource(String resource, String node, String drafter, String approver, PlanRef parent,
        PlanRef implementsPlan, Map<String, Object> header, Map<ItemKind, List<Item>> items,
        List<Activity> activities) {

    /** An issued plan found by its issuing node, number and year. */
    record PlanRef(String node, String number, int year) {
    }

    record Item(String heading, String body) {
    }

    record Activity(String parent, String name, String content, String lead, List<String> cooperators,
            List<String> channels, String audience, String output, List<Integer> quarters, LocalDate due,
            Map<String, Integer> targets, String carries) {
    }

    static DemoPlanSource read(String resource) {
        Map<String, Object> root;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo plan " + resource, e);
        }
        Map<ItemKind, List<Item>> items = new EnumMap<>(ItemKind.class);
        map(root.get("items")).forEach((kind, list) -> items.put(ItemKind.valueOf(kind),
                list(list).stream().map(DemoPlanSource::item).toList()));
        List<Activity> activities = list(root.get("activities")).stream().map(a -> activity(map(a))).toList();
        return new DemoPlanSource(resource, text(root.get("node")), text(root.get("drafter")),
                text(root.get("approver")), planRef(root.get("parent")), planRef(root.get("implements")),
                map(root.get("header")), items, activities);
    }

    List<Item> items(ItemKind kind) {
        return items.getOrDefault(kind, List.of());
    }

    /** The number the plan is issued under; with the year it identifies the plan within its issuing body. */
    String docNumber() {
        return text(header.get("number"));
    }

    int year() {
        Object year = header.get("year");
        if (year != null) {
            return ((Number) year).intValue();
        }
        PlanRef above = implementsPlan != null ? implementsPlan : parent;
        if (above == null) {
            throw new IllegalStateException(resource + ": no year");
        }
        return above.year();
    }

    /** The header of the file laid over {@code base} (the generated header of an implementing plan, or none). */
    PlanHeader header(PlanHeader base, Long parentPlanId) {
        PlanHeader b = base != null ? base
                : new PlanHeader(0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null);
        Object year = header.get("year");
        return new PlanHeader(year == null ? b.year() : ((Number) year).intValue(), parentPlanId,
                or("number", b.docNumber()), or("symbol", b.docSymbol()), or("place", b.place()),
                header.containsKey("date") ? date(header.get("date")) : b.issueDate(), or("title", b.title()),
                or("parentBody", b.parentBody()), or("issuingBody", b.issuingBody()), or("intro", b.intro()),
                or("budget", b.budget()), or("reportingDuty", b.reportingDuty()), or("closing", b.closing()),
                or("archiveLine", b.archiveLine()), or("signerAuthority", b.signerAuthority()),
                or("signerName", b.signerName()));
    }

    private String or(String key, String fallback) {
        return header.containsKey(key) ? text(header.get(key)) : fallback;
    }

    private static Item item(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return new Item(null, text(value));
        }
        Map<String, Object> m = map(value);
        String body = m.containsKey("lines")
                ? String.join("\n", list(m.get("lines")).stream().map(DemoPlanSource::text).toList())
                : text(m.get("body"));
        return new Item(text(m.get("heading")), body);
    }

    private static Activity activity(Map<String, Object> m) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        map(m.get("targets")).forEach((code, n) -> targets.put(code, ((Number) n).intValue()));
        return new Activity(text(m.get("parent")), text(m.get("name")), text(m.get("content")), text(m.get("lead")),
                texts(m.get("cooperators")), texts(m.get("channels")), text(m.get("audience")),
                text(m.get("output")),
                list(m.get("quarters")).stream().map(q -> ((Number) q).intValue()).toList(), date(m.get("due")),
                targets, text(m.get("carries")));
    }

    private static PlanRef planRef(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = map(value);
        return new PlanRef(text(m.get("node")), text(m.get("number")), ((Number) m.get("year")).intValue());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static List<String> texts(Object value) {
        return list(value).stream().map(DemoPlanSource::text).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<?>) value);
    }
}

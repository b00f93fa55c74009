package vn.parcomms.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills a PostgreSQL database (already migrated by the app's Flyway scripts) with a province at
 * the scale of issue 5: agencies → units → sub-units, a plan per agency and unit per year with
 * activities, content items, channels, cooperators and targets, and the units' quarterly
 * reports (Q1, 6 months, 9 months, year) with per-activity status and figures — mostly
 * accepted, some late, returned, submitted, draft or missing — plus accounts to sign in with.
 *
 * <p>Everything is set-based SQL (INSERT … SELECT generate_series), so the whole province takes
 * seconds to minutes, not the hours the services would need row by row. It writes the same
 * tables and values the app writes (see V1, V10, V11, V20); {@code ProvinceGeneratorTest} reads
 * a small generated province back through the services so the two cannot drift apart.
 *
 * <p>Not part of the application: it lives with the tests and runs as a command, see
 * docs/performance.md. Arguments: {@code <jdbc-url> [user] [password] [key=value ...]} with keys
 * agencies, units (per agency), subUnits (per agency), activities, from, to, prefix.
 */
public final class ProvinceGenerator {

    /** What to generate. {@code prefix} keeps node codes and usernames apart from other data. */
    public record Settings(String prefix, int agencies, int unitsPerAgency, int subUnitsPerAgency, int activities,
            int fromYear, int toYear, int formerProvinces, int mergedJobs) {

        /** The first agencies of every former province keep their job (and the accounts); merged jobs follow. */
        public static final int FIRST_MERGED_JOB = 4;

        /** A province as before the 2025 mergers: one former province, nothing merged. */
        public Settings(String prefix, int agencies, int unitsPerAgency, int subUnitsPerAgency, int activities,
                int fromYear, int toYear) {
            this(prefix, agencies, unitsPerAgency, subUnitsPerAgency, activities, fromYear, toYear, 1, 0);
        }

        public Settings {
            if (mergedJobs > 0 && (formerProvinces < 2 || FIRST_MERGED_JOB + mergedJobs - 1 > agencies)) {
                throw new IllegalArgumentException("a merger needs at least two former provinces and "
                        + (FIRST_MERGED_JOB + mergedJobs - 1) + " agencies in each");
            }
        }

        public static Settings province(String prefix) {
            return new Settings(prefix, 40, 30, 7, 40, 2021, 2025);
        }

        /**
         * Issue 15: three former provinces joined (40 agencies each, 120 in all), ten years, and on
         * 1 July of the last year the departments of jobs 4-17 of the three merged into one each.
         */
        public static Settings mergedProvince(String prefix) {
            return new Settings(prefix, 40, 30, 7, 40, 2016, 2025, 3, 14);
        }

        /** Agency {@code n} of all (1-based, former province by former province). */
        public String agencyCode(int n) {
            int width = Math.max(2, String.valueOf(agencies * formerProvinces).length());
            return prefix.toUpperCase(java.util.Locale.ROOT) + "-A" + "0".repeat(Math.max(0, width - String.valueOf(n).length())) + n;
        }

        /** The successor agency of the {@code k}-th merged job (1-based). */
        public String successorCode(int k) {
            return prefix.toUpperCase(java.util.Locale.ROOT) + "-M" + (k < 10 ? "0" : "") + k;
        }

        /** The day the merger takes effect: 1 July of the last year. */
        public java.time.LocalDate mergeDate() {
            return java.time.LocalDate.of(toYear, 7, 1);
        }

        public String username(String role) {
            return prefix.toLowerCase(java.util.Locale.ROOT) + "." + role;
        }
    }

    /** Row counts per table, the province's node id, and the time it took. */
    public record Result(long provinceId, Map<String, Long> counts, long millis) {
    }

    public static final String PASSWORD = "demo";

    private static final String[] AGENCIES = {"Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính",
        "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Xây dựng",
        "Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường",
        "Sở Công Thương", "Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội", "Sở Khoa học và Công nghệ",
        "Báo tỉnh", "Đài Phát thanh - Truyền hình tỉnh"};

    private final Settings s;

    public ProvinceGenerator(Settings settings) {
        this.s = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ProvinceGenerator <jdbc-url> [user] [password] [layout=merged] [agencies=40 "
                    + "units=30 subUnits=7 activities=40 from=2021 to=2025 formerProvinces=1 merged=0 prefix=SCALE]");
            System.exit(2);
        }
        String user = args.length > 1 && !args[1].contains("=") ? args[1] : "postgres";
        String password = args.length > 2 && !args[2].contains("=") ? args[2] : "";
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.contains("=") && !arg.startsWith("jdbc:")) {
                options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        Settings d = "merged".equals(options.get("layout")) ? Settings.mergedProvince("SCALE") : Settings.province("SCALE");
        Settings settings = new Settings(options.getOrDefault("prefix", d.prefix()),
                Integer.parseInt(options.getOrDefault("agencies", "" + d.agencies())),
                Integer.parseInt(options.getOrDefault("units", "" + d.unitsPerAgency())),
                Integer.parseInt(options.getOrDefault("subUnits", "" + d.subUnitsPerAgency())),
                Integer.parseInt(options.getOrDefault("activities", "" + d.activities())),
                Integer.parseInt(options.getOrDefault("from", "" + d.fromYear())),
                Integer.parseInt(options.getOrDefault("to", "" + d.toYear())),
                Integer.parseInt(options.getOrDefault("formerProvinces", "" + d.formerProvinces())),
                Integer.parseInt(options.getOrDefault("merged", "" + d.mergedJobs())));
        try (Connection c = DriverManager.getConnection(args[0], user, password)) {
            Result result = new ProvinceGenerator(settings).generate(c);
            System.out.println("Generated province " + result.provinceId() + " (" + settings + ") in "
                    + result.millis() + " ms");
            result.counts().forEach((table, n) -> System.out.printf("  %-26s %,10d%n", table, n));
            System.out.println("Accounts (password '" + PASSWORD + "'): " + settings.username("reviewer")
                    + " (REVIEWER), " + settings.username("office1") + ".." + settings.username("office3")
                    + " (OFFICE of agencies 1-3), " + settings.username("leader1") + " (LEADER, agency 1), "
                    + settings.username("unit1") + " (UNIT, first unit of agency 1), " + settings.username("admin")
                    + " (ADMIN)");
        }
    }

    /** Generates the province in one transaction on the given connection and commits it. */
    public Result generate(Connection c) throws SQLException {
        long start = System.currentTimeMillis();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long province = generateInTransaction(c);
            c.commit();
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                for (String t : new String[] {"org_node", "plan", "plan_item", "plan_activity", "plan_activity_channel",
                    "plan_activity_cooperator", "plan_activity_target", "plan_event", "unit_report",
                    "unit_report_entry", "unit_report_figure", "unit_report_event", "user_account", "org_node_succession",
                    "org_node_succession_link", "org_node_succession_transfer"}) {
                    st.execute("analyze " + t);
                }
            }
            Map<String, Long> counts = counts(c, province);
            return new Result(province, counts, System.currentTimeMillis() - start);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private long generateInTransaction(Connection c) throws SQLException {
        String p = s.prefix().toUpperCase(java.util.Locale.ROOT);
        exec(c, "select setseed(0.42)");
        long province = queryLong(c, "insert into org_node (code, name, short_name, kind, parent_id, path, depth) "
                + "values (?, ?, ?, 'PROVINCE', null, '', 0) returning id",
                p, "Ủy ban nhân dân tỉnh Thử Tải " + p, "UBND tỉnh " + p);
        exec(c, "update org_node set path = '/' || id || '/' where id = " + province);

        // Agencies, units and sub-units, with each node's ordinal among its siblings (for leads).
        exec(c, "drop table if exists gen_node");
        exec(c, "create temp table gen_node (id bigint primary key, kind text, parent_id bigint, ord int, siblings int)");
        exec(c, """
                insert into org_node (code, name, short_name, kind, parent_id, path, depth)
                select ? || '-A' || lpad(((f - 1) * ? + g)::text, ?, '0'),
                       coalesce((?::text[])[g], 'Ủy ban nhân dân huyện số ' || g)
                           || case when ? > 1 then ' tỉnh cũ ' || f else '' end,
                       'CQ ' || ((f - 1) * ? + g), 'AGENCY', ?, '', 1
                from generate_series(1, ?) f cross join generate_series(1, ?) g""", p, s.agencies(),
                s.agencyCode(1).length() - p.length() - 2, AGENCIES, s.formerProvinces(), s.agencies(), province,
                s.formerProvinces(), s.agencies());
        exec(c, "insert into gen_node select id, 'AGENCY', parent_id, substring(code from '-A(\\d+)$')::int, ? "
                + "from org_node where parent_id = ?", s.agencies() * s.formerProvinces(), province);
        exec(c, """
                insert into org_node (code, name, short_name, kind, parent_id, path, depth)
                select o.code || '-U' || lpad(g::text, 3, '0'),
                       (array['Văn phòng', 'Thanh tra', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính',
                              'Phòng Nghiệp vụ', 'Trung tâm Dịch vụ công', 'Trung tâm Truyền thông',
                              'Trung tâm Kỹ thuật', 'Chi cục', 'Ban Quản lý dự án'])[(g - 1) % 10 + 1]
                           || ' số ' || g || ' - ' || o.short_name,
                       'ĐV ' || g, 'UNIT', o.id, '', 2
                from gen_node a join org_node o on o.id = a.id cross join generate_series(1, ?) g""",
                s.unitsPerAgency());
        exec(c, "insert into gen_node select n.id, 'UNIT', n.parent_id, substring(n.code from '-U(\\d+)$')::int, ? "
                + "from org_node n join gen_node a on a.id = n.parent_id", s.unitsPerAgency());
        // Sub-units: one under each of the first subUnits units of every agency.
        exec(c, """
                insert into org_node (code, name, short_name, kind, parent_id, path, depth)
                select o.code || '-S1', 'Khoa - Tổ số 1 - ' || o.name, 'Tổ 1', 'SUB_UNIT', o.id, '', 3
                from gen_node u join org_node o on o.id = u.id where u.kind = 'UNIT' and u.ord <= ?""",
                s.subUnitsPerAgency());
        exec(c, "insert into gen_node select n.id, 'SUB_UNIT', n.parent_id, 1, 1 "
                + "from org_node n join gen_node u on u.id = n.parent_id and u.kind = 'UNIT'");
        // The merger's successors: one new agency per merged job (it exists from the merger on; its
        // units come from its predecessors when the tree changes, after the reports), and which
        // agency of which former province each one follows.
        exec(c, """
                insert into org_node (code, name, short_name, kind, parent_id, path, depth)
                select ? || '-M' || lpad(k::text, 2, '0'),
                       coalesce((?::text[])[? + k - 1], 'Ủy ban nhân dân huyện số ' || (? + k - 1)),
                       'CQ M' || k, 'AGENCY', ?, '', 1
                from generate_series(1, ?) k""", p, AGENCIES, Settings.FIRST_MERGED_JOB, Settings.FIRST_MERGED_JOB,
                province, s.mergedJobs());
        exec(c, "insert into gen_node select id, 'SUCCESSOR', parent_id, substring(code from '-M(\\d+)$')::int, ? "
                + "from org_node where parent_id = ? and code like ? || '-M%'", s.mergedJobs(), province, p);
        exec(c, "drop table if exists gen_merge");
        exec(c, """
                create temp table gen_merge as
                select a.id pred_id, sn.id succ_id, f former
                from generate_series(1, ?) f cross join generate_series(1, ?) k
                join gen_node a on a.kind = 'AGENCY' and a.ord = (f - 1) * ? + ? + k - 1
                join gen_node sn on sn.kind = 'SUCCESSOR' and sn.ord = k""", s.formerProvinces(), s.mergedJobs(),
                s.agencies(), Settings.FIRST_MERGED_JOB);
        for (int depth = 1; depth <= 3; depth++) {
            exec(c, "update org_node n set path = q.path || n.id || '/' from org_node q "
                    + "where q.id = n.parent_id and n.depth = ? and n.id in (select id from gen_node)", depth);
        }

        // Plans: the province's, each agency's implementing it, each unit's implementing its agency's.
        exec(c, "drop table if exists gen_plan");
        exec(c, "create temp table gen_plan (id bigint primary key, node_id bigint, level text, plan_year int)");
        for (int year = s.fromYear(); year <= s.toYear(); year++) {
            insertPlans(c, "PROVINCE", year, "n.id = " + province, "null", "01-10");
            insertPlans(c, "AGENCY", year, "n.id in (select id from gen_node where kind = 'AGENCY')",
                    "(select pp.id from plan pp join gen_plan gp on gp.id = pp.id where pp.issuing_node_id = n.parent_id "
                            + "and pp.plan_year = " + year + ")", "02-10");
            insertPlans(c, "UNIT", year, "n.id in (select id from gen_node where kind = 'UNIT')",
                    "(select pp.id from plan pp join gen_plan gp on gp.id = pp.id where pp.issuing_node_id = n.parent_id "
                            + "and pp.plan_year = " + year + ")", "03-01");
        }
        if (s.mergedJobs() > 0) {
            // A successor issues its plan of the merger's year from its first day, implementing the province's.
            insertPlans(c, "SUCCESSOR", s.toYear(), "n.id in (select id from gen_node where kind = 'SUCCESSOR')",
                    "(select pp.id from plan pp join gen_plan gp on gp.id = pp.id where pp.issuing_node_id = n.parent_id "
                            + "and pp.plan_year = " + s.toYear() + ")", "07-01");
        }
        exec(c, """
                insert into plan_item (plan_id, kind, position, heading, body, item_key)
                select gp.id, k.kind, g, null,
                       case k.kind
                         when 'CONTENT' then (array['Các chủ trương, chính sách của Đảng, Nhà nước về CCHC',
                              'Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy',
                              'Cải cách chế độ công vụ', 'Cải cách tài chính công', 'Xây dựng chính quyền điện tử',
                              'Kết quả Chỉ số CCHC, SIPAS'])[(g - 1) % 8 + 1]
                         when 'FORM' then 'Hình thức tuyên truyền số ' || g
                         when 'RECIPIENT' then 'Nơi nhận số ' || g
                         else 'Nội dung ' || lower(k.kind) || ' số ' || g || ' của kế hoạch năm ' || gp.plan_year
                       end,
                       gen_random_uuid()
                from gen_plan gp
                cross join (values ('LEGAL_BASIS', 2), ('PURPOSE', 2), ('REQUIREMENT', 2), ('AUDIENCE', 1),
                                   ('CONTENT', 8), ('FORM', 4), ('SOLUTION', 3), ('DUTY', 3), ('RECIPIENT', 4)) k(kind, n)
                cross join lateral generate_series(1, k.n) g""");

        // Statistics of the fresh rows and the temporary tables before the joins below: without them
        // the planner nests loops over the nodes for every plan (at the merged province's 37,000
        // plans the unit activities' insert ran for minutes instead of seconds).
        exec(c, "analyze org_node, plan, plan_item, gen_plan, gen_node, gen_merge");
        // Activities: the province's are led by its agencies in turn, an agency's by its units in
        // turn, a unit's by itself or now and then by its sub-unit.
        String activityColumns = "insert into plan_activity (plan_id, activity_key, parent_activity_key, content_item_key, "
                + "position, name, lead_node_id, audience, output_product, quarters, due_date) ";
        String common = """
                select gp.id, gen_random_uuid(), null, ci.item_key, g,
                       'Hoạt động ' || g || ': ' || ci.body, %s,
                       (array['Cán bộ, công chức, viên chức', 'Người dân và doanh nghiệp', 'Đoàn viên, hội viên'])[g %% 3 + 1],
                       (array['Tin, bài', 'Hội nghị', 'Lớp tập huấn', 'Pano, áp phích', 'Video clip'])[g %% 5 + 1],
                       (array['1234', '1', '2', '3', '4', '12', '34'])[g %% 7 + 1], null
                from gen_plan gp cross join generate_series(1, %d) g
                join plan_item ci on ci.plan_id = gp.id and ci.kind = 'CONTENT' and ci.position = (g - 1) %% 8 + 1
                """;
        exec(c, activityColumns + common.formatted("a.id", s.activities())
                + " join gen_node a on a.kind = 'AGENCY' and a.ord = (g - 1) % a.siblings + 1 where gp.level = 'PROVINCE'");
        exec(c, activityColumns + common.formatted("u.id", s.activities())
                + " join gen_node u on u.kind = 'UNIT' and u.parent_id = gp.node_id and u.ord = (g - 1) % u.siblings + 1"
                + " where gp.level = 'AGENCY'");
        exec(c, activityColumns + common.formatted("coalesce(case when g % 4 = 0 then sub.id end, gp.node_id)",
                s.activities())
                + " left join gen_node sub on sub.kind = 'SUB_UNIT' and sub.parent_id = gp.node_id where gp.level = 'UNIT'");
        // A successor's activities are led by its predecessors' units in turn (they are its units now).
        exec(c, activityColumns + common.formatted("u.id", s.activities())
                + " join gen_merge m on m.succ_id = gp.node_id and m.former = (g - 1) % " + s.formerProvinces() + " + 1"
                + " join gen_node u on u.kind = 'UNIT' and u.parent_id = m.pred_id"
                + " and u.ord = ((g - 1) / " + s.formerProvinces() + ") % u.siblings + 1"
                + " where gp.level = 'SUCCESSOR'");
        // Statistics first: without them the planner may pick a nested loop over the 248,000
        // fresh activities for the update below (seen: 15 minutes instead of seconds).
        exec(c, "analyze plan, plan_activity, gen_plan, gen_node");
        // A child plan's first activities carry the parent's activities its node leads (as when a
        // unit starts its implementing plan from the one that assigns it work).
        exec(c, """
                update plan_activity ca set parent_activity_key = pa.activity_key
                from gen_plan cp join plan child on child.id = cp.id
                     join gen_node o on o.id = cp.node_id
                     join plan_activity pa on pa.plan_id = child.parent_plan_id
                where ca.plan_id = cp.id and cp.level in ('AGENCY', 'UNIT')
                  and pa.position = (ca.position - 1) * o.siblings + o.ord""");
        exec(c, """
                insert into plan_activity_channel (activity_id, channel_id)
                select distinct a.id, ch.ids[k]
                from plan_activity a join gen_plan gp on gp.id = a.plan_id
                cross join (select array_agg(id order by position) ids, count(*)::int n
                            from catalog_channel where owner_node_id is null and active) ch
                cross join lateral (values (a.position % ch.n + 1), ((a.position * 7 + 3) % ch.n + 1)) v(k)
                where v.k = a.position % ch.n + 1 or a.position % 3 = 0""");
        exec(c, """
                insert into plan_activity_cooperator (activity_id, node_id)
                select a.id, co.id
                from plan_activity a join gen_plan gp on gp.id = a.plan_id and gp.level = 'AGENCY'
                join gen_node lead on lead.id = a.lead_node_id
                join gen_node co on co.parent_id = lead.parent_id and co.kind = 'UNIT' and co.ord = lead.ord % lead.siblings + 1
                where co.id <> lead.id and a.position % 2 = 0""");
        exec(c, """
                insert into plan_activity_target (activity_id, indicator_id, target)
                select a.id, ind.ids[a.position % ind.n + 1], 5 + (a.position * 37) % 60
                from plan_activity a join gen_plan gp on gp.id = a.plan_id
                cross join (select array_agg(id order by position) ids, count(*)::int n
                            from catalog_indicator where owner_node_id is null and active) ind""");
        exec(c, """
                insert into plan_event (plan_id, action, actor_id, actor_name, at, reason, details)
                select gp.id, e.action, null, 'Trình tạo dữ liệu quy mô tỉnh',
                       p.issue_date::timestamp at time zone 'Asia/Ho_Chi_Minh' + e.shift, null, null
                from gen_plan gp join plan p on p.id = gp.id
                cross join (values ('CREATED', interval '-20 days'), ('SUBMITTED', interval '-3 days'),
                                   ('ISSUED', interval '0 days'), ('CLOSED', interval '330 days')) e(action, shift)
                where e.action <> 'CLOSED' or p.status = 'CLOSED'""");

        // Reports: every node with a plan implementing another reports on that other plan, per
        // period; the entries are its own plan's activities due by the period (as ReportDrafting
        // fills them when the implementing plan is in force).
        exec(c, "drop table if exists gen_report");
        exec(c, """
                create temp table gen_report as
                select child.issuing_node_id unit_id, parent.issuing_node_id plan_node_id, parent.lineage_id,
                       parent.id plan_id, parent.plan_year, child.id child_plan_id, per.period, per.q,
                       make_date(parent.plan_year, per.m, 14) cutoff, random() r, random() late,
                       null::bigint entry_lead
                from gen_plan gp join plan child on child.id = gp.id
                join plan parent on parent.id = child.parent_plan_id
                cross join (values ('Q1', 1, 3), ('H1', 2, 6), ('M9', 3, 9), ('YEAR', 4, 12)) per(period, q, m)""");
        if (s.mergedJobs() > 0) {
            // The merger: the predecessors and their units report Q1 and 6 months of the year (cut-offs
            // before 30/06), the successor the 9 months and the year on the province's plan, and the
            // units now under it report those two on the successor's plan, on the activities they lead
            // there (they have no implementing plan of it: ReportPlans gives them what they lead).
            int y = s.toYear();
            exec(c, "delete from gen_report where plan_year = ? and period in ('Q1', 'H1') "
                    + "and unit_id in (select succ_id from gen_merge)", y);
            exec(c, "delete from gen_report where plan_year = ? and period in ('M9', 'YEAR') "
                    + "and (unit_id in (select pred_id from gen_merge) or plan_node_id in (select pred_id from gen_merge))", y);
            exec(c, """
                    insert into gen_report
                    select u.id, m.succ_id, sp.lineage_id, sp.id, sp.plan_year, sp.id, per.period, per.q,
                           make_date(sp.plan_year, per.m, 14), random(), random(), u.id
                    from gen_merge m join gen_node u on u.kind = 'UNIT' and u.parent_id = m.pred_id
                    join gen_plan sg on sg.node_id = m.succ_id and sg.level = 'SUCCESSOR'
                    join plan sp on sp.id = sg.id
                    cross join (values ('M9', 3, 9), ('YEAR', 4, 12)) per(period, q, m)
                    where exists (select 1 from plan_activity a where a.plan_id = sp.id and a.lead_node_id = u.id)""");
        }
        exec(c, "delete from gen_report where r < 0.03");
        exec(c, "analyze gen_report, plan_activity_target");
        exec(c, """
                insert into unit_report (unit_node_id, plan_node_id, plan_lineage_id, plan_id, plan_year, period, status,
                    results_summary, shortcomings, difficulties, proposals, next_tasks, return_reason,
                    first_submitted_at, submitted_at, created_at, updated_at)
                select g.unit_id, g.plan_node_id, g.lineage_id, g.plan_id, g.plan_year, g.period,
                       case when g.r < 0.07 then 'RETURNED' when g.r < 0.10 then 'SUBMITTED'
                            when g.r < 0.12 then 'DRAFT' else 'ACCEPTED' end,
                       'Đã triển khai các hoạt động tuyên truyền CCHC theo kế hoạch trong kỳ.',
                       'Một số hoạt động chưa đạt tiến độ.', 'Kinh phí còn hạn chế.',
                       'Đề nghị bổ sung kinh phí tuyên truyền.', 'Tiếp tục triển khai kế hoạch kỳ tiếp theo.',
                       case when g.r < 0.07 then 'Số liệu chưa khớp với minh chứng, đề nghị rà soát.' end,
                       case when g.r >= 0.10 and g.r < 0.12 then null
                            else (g.cutoff + case when g.late < 0.08 then 12 else 1 end)::timestamp
                                 at time zone 'Asia/Ho_Chi_Minh' + interval '9 hours' end,
                       case when g.r >= 0.10 and g.r < 0.12 then null
                            else (g.cutoff + case when g.late < 0.08 then 12 else 1 end)::timestamp
                                 at time zone 'Asia/Ho_Chi_Minh' + interval '9 hours' end,
                       (g.cutoff - 5)::timestamp at time zone 'Asia/Ho_Chi_Minh',
                       (g.cutoff + 3)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                from gen_report g""");
        exec(c, """
                insert into unit_report_entry (report_id, activity_key, position, content_label, activity_name, status,
                    drop_reason, evidence, note)
                select report_id, activity_key, position, content_label, name, status,
                       case when status = 'DROPPED' then 'Không còn phù hợp với tình hình thực tế.' end,
                       case when status = 'DONE' then 'Văn bản số ' || position || '/BC, đường dẫn minh chứng' end,
                       null
                from (select ur.id report_id, a.activity_key, a.position, a.name,
                             (array['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'])[(a.position - 1) % 8 + 1] || ')' content_label,
                             case when x.v < 0.55 then 'DONE' when x.v < 0.85 then 'IN_PROGRESS'
                                  when x.v < 0.95 then 'NOT_STARTED' else 'DROPPED' end status
                      from gen_report g
                      join unit_report ur on ur.unit_node_id = g.unit_id and ur.plan_lineage_id = g.lineage_id
                                         and ur.period = g.period
                      join plan_activity a on a.plan_id = g.child_plan_id
                                          and (a.quarters = '' or substring(a.quarters, 1, 1)::int <= g.q)
                                          and (g.entry_lead is null or a.lead_node_id = g.entry_lead)
                      cross join lateral (select random() + 0 * a.position) x(v)) e""");
        exec(c, """
                insert into unit_report_figure (entry_id, indicator_id, amount)
                select e.id, t.indicator_id, (random() * 12)::int
                from gen_report g
                join unit_report ur on ur.unit_node_id = g.unit_id and ur.plan_lineage_id = g.lineage_id
                                   and ur.period = g.period
                join unit_report_entry e on e.report_id = ur.id and e.status in ('DONE', 'IN_PROGRESS')
                join plan_activity a on a.plan_id = g.child_plan_id and a.activity_key = e.activity_key
                join plan_activity_target t on t.activity_id = a.id""");
        exec(c, """
                insert into unit_report_event (report_id, action, actor_id, actor_name, at, reason)
                select ur.id, e.action, null, e.actor, coalesce(ur.first_submitted_at, ur.created_at) + e.shift,
                       case when e.action = 'RETURNED' then ur.return_reason
                            when e.action = 'SUBMITTED' and g.late < 0.08 then 'LATE' end
                from gen_report g
                join unit_report ur on ur.unit_node_id = g.unit_id and ur.plan_lineage_id = g.lineage_id
                                   and ur.period = g.period
                cross join (values ('CREATED', 'Đơn vị', interval '-5 days'), ('SUBMITTED', 'Đơn vị', interval '0 days'),
                                   ('ACCEPTED', 'Văn phòng', interval '2 days'),
                                   ('RETURNED', 'Văn phòng', interval '2 days')) e(action, actor, shift)
                where e.action = 'CREATED'
                   or (e.action = 'SUBMITTED' and ur.status <> 'DRAFT')
                   or e.action = ur.status""");

        if (s.mergedJobs() > 0) {
            merge(c);
        }
        insertUsers(c, province);
        return province;
    }

    /**
     * The tree on the merger's day, as {@code OrgSuccessionService.apply} leaves it for a MERGE: the
     * predecessors' active units moved under the successor (paths rewritten below them), the
     * predecessors ended the day before, inactive; one succession record per successor, made on the
     * first predecessor, naming the successor, with a main link from every predecessor and one
     * transfer line per predecessor for its units.
     */
    private void merge(Connection c) throws SQLException {
        java.time.LocalDate date = s.mergeDate();
        exec(c, """
                update org_node n set parent_id = m.succ_id, version = n.version + 1
                from gen_merge m where n.parent_id = m.pred_id and n.active""");
        exec(c, "update org_node n set path = q.path || n.id || '/' from org_node q "
                + "where q.id = n.parent_id and q.id in (select succ_id from gen_merge)");
        exec(c, "update org_node n set path = q.path || n.id || '/' from org_node q "
                + "where q.id = n.parent_id and q.parent_id in (select succ_id from gen_merge)");
        exec(c, "update org_node set active = false, ended_on = ?, version = version + 1 "
                + "where id in (select pred_id from gen_merge)", date.minusDays(1));
        exec(c, "drop table if exists gen_succession");
        exec(c, """
                create temp table gen_succession as
                with s as (
                  insert into org_node_succession (kind, node_id, effective_date, decision, old_value, new_value,
                      recorded_by_id, recorded_by_name, recorded_at)
                  select 'MERGE', m.pred_id, ?, 'Nghị quyết số 1' || lpad(sn.ord::text, 2, '0') || '/NQ-HĐND', null,
                         n.name, null, 'Trình tạo dữ liệu quy mô tỉnh', ?::timestamp at time zone 'Asia/Ho_Chi_Minh'
                  from gen_merge m join gen_node sn on sn.id = m.succ_id join org_node n on n.id = m.succ_id
                  where m.former = 1
                  returning id, node_id)
                select s.id, s.node_id from s""", date, date.atTime(8, 0));
        exec(c, """
                insert into org_node_succession_link (succession_id, predecessor_id, successor_id, main)
                select gs.id, m.pred_id, m.succ_id, true
                from gen_succession gs join gen_merge first on first.pred_id = gs.node_id
                join gen_merge m on m.succ_id = first.succ_id""");
        exec(c, """
                insert into org_node_succession_transfer (succession_id, position, from_node_id, to_node_id, what, amount)
                select gs.id, m.former - 1, m.pred_id, m.succ_id, 'organization.succession.moved.children',
                       (select count(*) from org_node u where u.parent_id = m.succ_id
                          and u.id in (select id from gen_node where kind = 'UNIT' and parent_id = m.pred_id))
                from gen_succession gs join gen_merge first on first.pred_id = gs.node_id
                join gen_merge m on m.succ_id = first.succ_id""");
    }

    private void insertPlans(Connection c, String level, int year, String nodeCondition, String parentPlan,
            String issueMonthDay) throws SQLException {
        String status = year < s.toYear() ? "CLOSED" : "ISSUED";
        exec(c, """
                with inserted as (
                  insert into plan (lineage_id, version_no, issuing_node_id, parent_plan_id, status, plan_year,
                      doc_number, doc_symbol, place, issue_date, title, parent_body, issuing_body, intro, budget,
                      reporting_duty, closing, archive_line, signer_authority, signer_name, created_at, updated_at)
                  select gen_random_uuid(), 1, n.id, %s, '%s', %d,
                         (10 + n.id %% 80)::text, 'KH-' || n.short_name, 'Thử Tải',
                         date '%d-%s', 'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm %d',
                         upper(coalesce(par.name, '')), upper(n.name),
                         'Thực hiện kế hoạch của cấp trên, ' || n.name || ' ban hành kế hoạch như sau:',
                         'Kinh phí thực hiện từ nguồn ngân sách nhà nước giao năm %d.',
                         'Báo cáo quý, 6 tháng, 9 tháng và năm theo quy định.',
                         'Trên đây là kế hoạch thông tin, tuyên truyền CCHC năm %d.', 'Lưu: VT, VP.',
                         'GIÁM ĐỐC', 'Nguyễn Văn ' || n.id,
                         date '%d-%s' - 20, date '%d-%s'
                  from org_node n left join org_node par on par.id = n.parent_id
                  where %s
                  returning id, issuing_node_id, plan_year)
                insert into gen_plan select id, issuing_node_id, '%s', plan_year from inserted"""
                .formatted(parentPlan, status, year, year, issueMonthDay, year, year, year, year, issueMonthDay,
                        year, issueMonthDay, nodeCondition, level));
    }

    private void insertUsers(Connection c, long province) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        String p = s.prefix().toUpperCase(java.util.Locale.ROOT);
        String agency1 = s.agencyCode(1);
        Object[][] users = {
            {"admin", "Quản trị " + p, "ADMIN", p},
            {"reviewer", "Chuyên viên Sở Nội vụ " + p, "REVIEWER", agency1},
            {"office1", "Văn phòng cơ quan 1 " + p, "OFFICE", agency1},
            {"office2", "Văn phòng cơ quan 2 " + p, "OFFICE", s.agencyCode(2)},
            {"office3", "Văn phòng cơ quan 3 " + p, "OFFICE", s.agencyCode(3)},
            {"successor1", "Văn phòng cơ quan hợp nhất 1 " + p, "OFFICE", s.successorCode(1)},
            {"leader1", "Giám đốc cơ quan 1 " + p, "LEADER", agency1},
            {"unit1", "Thủ trưởng đơn vị 1 " + p, "UNIT", agency1 + "-U001"},
        };
        for (Object[] u : users) {
            exec(c, "insert into user_account (username, full_name, org_node_id, role, password_hash) "
                    + "select ?, ?, n.id, ?, ? from org_node n where n.code = ?",
                    s.username((String) u[0]), u[1], u[2], hash, u[3]);
        }
    }

    private static Map<String, Long> counts(Connection c, long province) throws SQLException {
        String nodes = "(select id from org_node where path like (select path from org_node where id = "
                + province + ") || '%')";
        String plans = "(select id from plan where issuing_node_id in " + nodes + ")";
        String reports = "(select id from unit_report where unit_node_id in " + nodes + ")";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("org_node", "select count(*) from org_node where id in " + nodes);
        queries.put("org_node AGENCY", "select count(*) from org_node where kind = 'AGENCY' and id in " + nodes);
        queries.put("org_node UNIT", "select count(*) from org_node where kind = 'UNIT' and id in " + nodes);
        queries.put("org_node SUB_UNIT", "select count(*) from org_node where kind = 'SUB_UNIT' and id in " + nodes);
        queries.put("org_node ended", "select count(*) from org_node where ended_on is not null and id in " + nodes);
        queries.put("org_node_succession", "select count(*) from org_node_succession where node_id in " + nodes);
        queries.put("org_node_succession_link", "select count(*) from org_node_succession_link where successor_id in "
                + nodes);
        queries.put("user_account", "select count(*) from user_account where org_node_id in " + nodes);
        queries.put("plan", "select count(*) from plan where id in " + plans);
        queries.put("plan_item", "select count(*) from plan_item where plan_id in " + plans);
        queries.put("plan_activity", "select count(*) from plan_activity where plan_id in " + plans);
        queries.put("plan_activity_channel", "select count(*) from plan_activity_channel c "
                + "join plan_activity a on a.id = c.activity_id where a.plan_id in " + plans);
        queries.put("plan_activity_cooperator", "select count(*) from plan_activity_cooperator c "
                + "join plan_activity a on a.id = c.activity_id where a.plan_id in " + plans);
        queries.put("plan_activity_target", "select count(*) from plan_activity_target t "
                + "join plan_activity a on a.id = t.activity_id where a.plan_id in " + plans);
        queries.put("plan_event", "select count(*) from plan_event where plan_id in " + plans);
        queries.put("unit_report", "select count(*) from unit_report where id in " + reports);
        for (String status : new String[] {"ACCEPTED", "RETURNED", "SUBMITTED", "DRAFT"}) {
            queries.put("unit_report " + status, "select count(*) from unit_report where status = '" + status
                    + "' and id in " + reports);
        }
        queries.put("unit_report_entry", "select count(*) from unit_report_entry where report_id in " + reports);
        queries.put("unit_report_figure", "select count(*) from unit_report_figure f join unit_report_entry e "
                + "on e.id = f.entry_id where e.report_id in " + reports);
        queries.put("unit_report_event", "select count(*) from unit_report_event where report_id in " + reports);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var q : queries.entrySet()) {
            counts.put(q.getKey(), queryLong(c, q.getValue()));
        }
        return counts;
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(c, st, args);
            st.execute();
        }
    }

    private static long queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(c, st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(Connection c, PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof String[] array) {
                st.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                st.setObject(i + 1, a);
            }
        }
    }
}

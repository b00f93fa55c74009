package vn.parcomms.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prepares a generated province (see {@link ProvinceGenerator}) for {@link DeadlineRush}: UNIT
 * accounts {@code rush.unit1..N} for the first units of the first agencies, OFFICE accounts
 * {@code rush.office1..M} of those agencies, and the units' reports of the year's agency plans
 * taken back to "not started" (deleted with their entries, figures, files and history), so that
 * every unit opens, fills and submits a fresh report of each period. Rerunning it resets all of
 * that (accounts get the given password again, their sessions end, their notifications go, and
 * the reminder job's ShedLock lock is released so that its next timer runs it).
 *
 * <p>Arguments: {@code <jdbc-url> key=value ...}: {@code accountPassword} (required: the password
 * of every rush account; for a local benchmark database only), {@code user} (postgres),
 * {@code password} (the database's, e.g. {@code $(cat DATA_DIR/parcomms-password)}), {@code prefix}
 * (SCALE: the generated province's code), {@code year} (2025), {@code units} (200), {@code offices}
 * (20; the units are split evenly over that many agencies), {@code deadlineInDays} (when given, the
 * deadline of the year's YEAR report of those agencies is set to today + that many days, so that
 * the reminder job has reminders to write during the rush).
 */
public final class RushFixture {

    /** The first part of every account name the fixture makes. */
    public static final String ACCOUNT_PREFIX = "rush.";

    private RushFixture() {
    }

    /** One agency with its office account and its units. */
    record Agency(long id, String code, long planId, List<Long> units) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RushFixture <jdbc-url> accountPassword=... [user=postgres password= prefix=SCALE "
                    + "year=2025 units=200 offices=20 deadlineInDays=N]");
            System.exit(2);
        }
        Map<String, String> o = DeadlineRush.options(args, 1);
        String accountPassword = o.get("accountPassword");
        if (accountPassword == null || accountPassword.isBlank()) {
            throw new IllegalArgumentException("accountPassword= is required (the password of the rush accounts)");
        }
        int units = DeadlineRush.bounded(o, "units", 200, 1, DeadlineRush.MAX_USERS);
        int offices = DeadlineRush.bounded(o, "offices", 20, 1, units);
        if (units % offices != 0) {
            throw new IllegalArgumentException("units must be a multiple of offices");
        }
        int year = Integer.parseInt(o.getOrDefault("year", "2025"));
        String prefix = o.getOrDefault("prefix", "SCALE").toUpperCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(args[0], o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            List<Agency> agencies = agencies(c, prefix, year, offices, units / offices);
            int deleted = prepare(c, agencies, year, accountPassword);
            if (o.containsKey("deadlineInDays")) {
                LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .plusDays(Integer.parseInt(o.get("deadlineInDays")));
                for (Agency a : agencies) {
                    exec(c, """
                            insert into report_deadline (node_id, plan_year, period, deadline) values (?, ?, 'YEAR', ?)
                            on conflict (node_id, plan_year, period) do update set deadline = excluded.deadline,
                                version = report_deadline.version + 1""", a.id(), year, deadline);
                }
                System.out.println("YEAR " + year + " deadline of the rush agencies: " + deadline);
            }
            c.commit();
            System.out.printf(Locale.ROOT, "%d UNIT accounts %sunit1..%d, %d OFFICE accounts %soffice1..%d of %s..%s; "
                    + "%d reports of %d taken back to not started%n", units, ACCOUNT_PREFIX, units, offices,
                    ACCOUNT_PREFIX, offices, agencies.get(0).code(), agencies.get(agencies.size() - 1).code(), deleted,
                    year);
        }
    }

    /**
     * The first {@code count} agencies of the province (children of its node, by code) with an
     * issued plan of the year, and of each the first {@code unitsEach} of its units (children
     * leading activities of that plan, by code).
     */
    static List<Agency> agencies(Connection c, String prefix, int year, int count, int unitsEach) throws SQLException {
        List<Agency> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                select n.id, n.code, (select p.id from plan p where p.issuing_node_id = n.id and p.plan_year = ?
                                        and p.status = 'ISSUED' order by p.version_no desc limit 1) plan_id
                from org_node n join org_node province on province.id = n.parent_id
                where province.code = ? and n.active
                order by n.code""")) {
            st.setInt(1, year);
            st.setString(2, prefix);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && result.size() < count) {
                    long plan = rs.getLong(3);
                    if (!rs.wasNull()) {
                        result.add(new Agency(rs.getLong(1), rs.getString(2), plan, new ArrayList<>()));
                    }
                }
            }
        }
        if (result.size() < count) {
            throw new IllegalStateException("the province " + prefix + " has " + result.size()
                    + " agencies with an issued plan of " + year + ", " + count + " needed");
        }
        for (Agency a : result) {
            try (PreparedStatement st = c.prepareStatement("""
                    select n.id from org_node n
                    where n.parent_id = ? and n.active
                      and exists (select 1 from plan_activity x where x.plan_id = ? and x.lead_node_id = n.id)
                    order by n.code limit ?""")) {
                st.setLong(1, a.id());
                st.setLong(2, a.planId());
                st.setInt(3, unitsEach);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        a.units().add(rs.getLong(1));
                    }
                }
            }
            if (a.units().size() < unitsEach) {
                throw new IllegalStateException(a.code() + " has " + a.units().size() + " units with work in its "
                        + year + " plan, " + unitsEach + " needed");
            }
        }
        return result;
    }

    /** The accounts (created or reset) and the reports taken back; returns how many reports were deleted. */
    private static int prepare(Connection c, List<Agency> agencies, int year, String accountPassword)
            throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(accountPassword);
        int unitNo = 0;
        int deleted = 0;
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            account(c, ACCOUNT_PREFIX + "office" + (i + 1), "Văn phòng " + a.code() + " (rush)", a.id(), "OFFICE", hash);
            for (long unit : a.units()) {
                unitNo++;
                account(c, ACCOUNT_PREFIX + "unit" + unitNo, "Đơn vị " + unitNo + " (rush)", unit, "UNIT", hash);
                Object lineage = lineage(c, a.planId());
                if (count(c, """
                        select count(*) from consolidated_source s join unit_report r on r.id = s.unit_report_id
                        where r.unit_node_id = ? and r.plan_lineage_id = ? and r.plan_year = ?""", unit, lineage, year) > 0) {
                    throw new IllegalStateException("a report of unit " + unit + " is part of a consolidated report; "
                            + "choose another province or year");
                }
                deleted += exec(c, "delete from unit_report where unit_node_id = ? and plan_lineage_id = ? and plan_year = ?",
                        unit, lineage, year);
            }
        }
        // Notifications of the rush accounts go too, so that the reminders counted after a run are the run's.
        exec(c, "delete from notification where recipient_id in (select id from user_account where username like ?)",
                ACCOUNT_PREFIX + "%");
        exec(c, "delete from login_throttle where throttle_key like ?", "account:" + ACCOUNT_PREFIX + "%");
        // The reminder job's lock is held ten minutes after a run; let its next timer run the job again.
        exec(c, "update shedlock set lock_until = locked_at where name = 'notification-reminders'");
        return deleted;
    }

    private static void account(Connection c, String username, String fullName, long node, String role, String hash)
            throws SQLException {
        // A reset account signs in again: the stamp ends the sessions it had.
        int updated = exec(c, """
                update user_account set full_name = ?, org_node_id = ?, role = ?, password_hash = ?, active = true,
                    security_stamp = security_stamp + 1, version = version + 1, updated_at = now()
                where lower(username) = lower(?)""", fullName, node, role, hash, username);
        if (updated == 0) {
            exec(c, "insert into user_account (username, full_name, org_node_id, role, password_hash) values (?, ?, ?, ?, ?)",
                    username, fullName, node, role, hash);
        }
    }

    private static Object lineage(Connection c, long plan) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select lineage_id from plan where id = ?")) {
            st.setLong(1, plan);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }
}

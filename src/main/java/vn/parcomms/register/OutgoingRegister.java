package vn.parcomms.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.Role;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The register of outgoing documents of each issuing node. A number is taken inside the issuing
 * transaction (the caller's: a number without its document is never committed), by one upsert of
 * the sequence row, whose lock serialises two issues of the same symbol and year until the first
 * commits. A typed number is registered as typed and moves the sequence past it.
 */
@Service
@Transactional(readOnly = true)
public class OutgoingRegister {

    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d{1,9})");

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Clock clock;

    OutgoingRegister(JdbcClient jdbc, OrganizationService organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    /** The number the next document of this symbol and year would take now (1 for a new register). */
    public int nextNumber(long nodeId, String docSymbol, int year) {
        Integer last = jdbc.sql("""
                select last_number from outgoing_register
                where node_id = :node and doc_symbol = :symbol and reg_year = :year""")
                .param("node", nodeId).param("symbol", docSymbol.trim()).param("year", year)
                .query(Integer.class).optional().orElse(0);
        return last + 1;
    }

    /** Takes the next number for the document and registers it; returns the number as printed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String take(NewRegistration document) {
        int number = jdbc.sql("""
                insert into outgoing_register (node_id, doc_symbol, reg_year, last_number)
                values (:node, :symbol, :year, 1)
                on conflict (node_id, doc_symbol, reg_year)
                do update set last_number = outgoing_register.last_number + 1
                returning last_number""")
                .param("node", document.nodeId()).param("symbol", document.docSymbol().trim())
                .param("year", document.year())
                .query(Integer.class).single();
        String printed = Integer.toString(number);
        insert(document, printed, number, true);
        return printed;
    }

    /**
     * Registers a number the issuer typed; refused when the register holds it already for this
     * symbol and year. The sequence moves past its leading digits ("79a" makes the next one 80).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(NewRegistration document, String docNumber) {
        String number = docNumber.trim();
        String symbol = document.docSymbol().trim();
        boolean held = jdbc.sql("""
                select count(*) > 0 from outgoing_register_entry
                where node_id = :node and doc_symbol = :symbol and reg_year = :year
                  and lower(doc_number) = lower(:number)""")
                .param("node", document.nodeId()).param("symbol", symbol).param("year", document.year())
                .param("number", number).query(Boolean.class).single();
        if (held) {
            throw taken(number, symbol, document.year());
        }
        Integer value = leadingNumber(number);
        insert(document, number, value, false);
        if (value != null) {
            jdbc.sql("""
                    insert into outgoing_register (node_id, doc_symbol, reg_year, last_number)
                    values (:node, :symbol, :year, :value)
                    on conflict (node_id, doc_symbol, reg_year)
                    do update set last_number = greatest(outgoing_register.last_number, excluded.last_number)""")
                    .param("node", document.nodeId()).param("symbol", symbol).param("year", document.year())
                    .param("value", value).update();
        }
    }

    /**
     * The register of the user's own node for a year (the latest year with lines, or this year,
     * when none is asked for). Read by the node's office, leaders and unit accounts.
     */
    public RegisterPage page(CurrentUser user, Integer year) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " keeps no register");
        }
        long nodeId = user.orgNodeId();
        List<Integer> years = jdbc.sql("""
                select distinct reg_year from outgoing_register_entry where node_id = :node order by reg_year desc""")
                .param("node", nodeId).query(Integer.class).list();
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
        List<RegisterEntry> entries = jdbc.sql("""
                select doc_number, doc_symbol, issued_on, summary, signer_name, record_kind, record_id, taken
                from outgoing_register_entry
                where node_id = :node and reg_year = :year
                order by doc_symbol, number_value nulls last, doc_number""")
                .param("node", nodeId).param("year", shown)
                .query((rs, i) -> new RegisterEntry(rs.getString("doc_number"), rs.getString("doc_symbol"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("summary"),
                        rs.getString("signer_name"), RecordKind.valueOf(rs.getString("record_kind")),
                        rs.getLong("record_id"), rs.getBoolean("taken")))
                .list();
        return new RegisterPage(nodeId, organization.find(nodeId).name(), shown, years, entries);
    }

    private void insert(NewRegistration document, String number, Integer value, boolean taken) {
        try {
            jdbc.sql("""
                    insert into outgoing_register_entry (node_id, doc_symbol, reg_year, doc_number, number_value,
                        issued_on, record_kind, record_id, summary, signer_name, taken, registered_by, registered_at)
                    values (:node, :symbol, :year, :number, :value, :issuedOn, :kind, :record, :summary, :signer,
                        :taken, :by, :at)""")
                    .param("node", document.nodeId()).param("symbol", document.docSymbol().trim())
                    .param("year", document.year()).param("number", number).param("value", value)
                    .param("issuedOn", document.issuedOn()).param("kind", document.recordKind().name())
                    .param("record", document.recordId()).param("summary", document.summary())
                    .param("signer", document.signerName()).param("taken", taken)
                    .param("by", document.registeredBy()).param("at", java.sql.Timestamp.from(Instant.now(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            // Another issue registered the same typed number between the check and this line.
            throw taken(number, document.docSymbol().trim(), document.year());
        }
    }

    private static DomainException taken(String number, String symbol, int year) {
        return DomainException.onField("docNumber", "register.error.numberTaken", number + "/" + symbol, year);
    }

    static Integer leadingNumber(String docNumber) {
        Matcher m = LEADING_DIGITS.matcher(docNumber.trim());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}

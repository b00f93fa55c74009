package vn.parcomms.consolidation.internal;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Consolidated reports sent before figures were stored at sending (migration V60) get their
 * figures stored once, computed with the counting rule of ADR 0010, each with a line in its
 * history saying so. Runs at every start and finds nothing to do after the first.
 */
@Component
class SentReportsFreezer {

    private static final Logger LOG = LoggerFactory.getLogger(SentReportsFreezer.class);

    private final ConsolidatedReportRepository reports;
    private final ConsolidationService consolidations;
    private final OrganizationService organizations;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    SentReportsFreezer(ConsolidatedReportRepository reports, ConsolidationService consolidations,
            OrganizationService organizations, MessageSource messages, TransactionTemplate transactions) {
        this.reports = reports;
        this.consolidations = consolidations;
        this.organizations = organizations;
        this.messages = messages;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void freezeSentReports() {
        String reason = messages.getMessage("consolidation.frozen.migration", null, Locale.forLanguageTag("vi"));
        int frozen = 0;
        for (ConsolidatedReport report : reports.findByFrozenAtIsNullAndSentAtIsNotNull()) {
            transactions.executeWithoutResult(status -> {
                ConsolidatedReport fresh = reports.findById(report.getId()).orElseThrow();
                if (fresh.getFrozenAt() == null) {
                    // Reads as the province's Home Affairs would: every node of the province.
                    CurrentUser system = new CurrentUser(0, "system", "ParComms", Role.REVIEWER,
                            organizations.provinceIdOf(fresh.getNodeId()));
                    consolidations.freezeAsSent(fresh, system, reason);
                }
            });
            frozen++;
        }
        if (frozen > 0) {
            LOG.info("Stored the figures of {} consolidated reports sent before figures were frozen at sending", frozen);
        }
    }
}

package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.parcomms.assessment.internal.SelfAssessmentQueries;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The province overview of the self-assessments (issue 16, point 4): for Home Affairs (REVIEWER)
 * and the province's ADMIN only. OFFICE and LEADER see their own node's PAR INDEX and nothing
 * beside it, so an overview of other agencies is not theirs. Reads two statements whatever the
 * number of agencies: the agencies, and their stored totals.
 */
@Service
@ReplicaReads
public class ParIndexOverviewService {

    private final OrganizationService organizations;
    private final ParIndexCriteriaService criteria;
    private final SelfAssessmentQueries queries;

    ParIndexOverviewService(OrganizationService organizations, ParIndexCriteriaService criteria,
            SelfAssessmentQueries queries) {
        this.organizations = organizations;
        this.criteria = criteria;
        this.queries = queries;
    }

    public ProvinceOverview overview(CurrentUser user, int year) {
        boolean allowed = user.is(Role.REVIEWER) || (user.is(Role.ADMIN) && organizations.isProvinceAdmin(user));
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not open the PAR INDEX overview");
        }
        long province = organizations.provinceIdOf(user.orgNodeId());
        List<OrgNodeView> agencies = organizations.children(province).stream().filter(OrgNodeView::active).toList();
        Map<Long, SelfAssessmentQueries.TotalRow> totals = queries
                .totals(agencies.stream().map(OrgNodeView::id).toList(), year).stream()
                .collect(Collectors.toMap(SelfAssessmentQueries.TotalRow::nodeId, Function.identity()));
        List<ProvinceOverview.Row> scored = new ArrayList<>();
        List<ProvinceOverview.Row> unscored = new ArrayList<>();
        for (OrgNodeView n : agencies) {
            SelfAssessmentQueries.TotalRow t = totals.get(n.id());
            if (t == null || t.selfTotal() == null) {
                unscored.add(new ProvinceOverview.Row(null, n.id(), n.name(),
                        t == null ? AssessmentStatus.NONE : AssessmentStatus.valueOf(t.status()), null, null,
                        null, null));
                continue;
            }
            BigDecimal appraised = AssessmentStatus.APPRAISED.name().equals(t.status()) ? Points.plain(t.appraisedTotal())
                    : null;
            BigDecimal self = Points.plain(t.selfTotal());
            scored.add(new ProvinceOverview.Row(null, n.id(), n.name(), AssessmentStatus.valueOf(t.status()), self,
                    appraised, Points.plain(t.maxTotal()),
                    appraised == null ? null : Points.plain(appraised.subtract(self))));
        }
        Comparator<BigDecimal> highFirst = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        scored.sort(Comparator.comparing(ProvinceOverview.Row::appraisedTotal, highFirst)
                .thenComparing(ProvinceOverview.Row::selfTotal, highFirst)
                .thenComparing(VietnameseOrder.byName(ProvinceOverview.Row::nodeName)));
        unscored.sort(VietnameseOrder.byName(ProvinceOverview.Row::nodeName));
        List<ProvinceOverview.Row> rows = new ArrayList<>();
        ProvinceOverview.Row previous = null;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            ProvinceOverview.Row r = scored.get(i);
            if (previous == null || !sameScore(previous, r)) {
                rank = i + 1;
            }
            rows.add(new ProvinceOverview.Row(rank, r.nodeId(), r.nodeName(), r.status(), r.selfTotal(),
                    r.appraisedTotal(), r.maxTotal(), r.difference()));
            previous = r;
        }
        rows.addAll(unscored);
        return new ProvinceOverview(province, year, rows, criteria.setFor(province, year).maximum());
    }

    private static boolean sameScore(ProvinceOverview.Row a, ProvinceOverview.Row b) {
        return compare(a.appraisedTotal(), b.appraisedTotal()) && compare(a.selfTotal(), b.selfTotal());
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}

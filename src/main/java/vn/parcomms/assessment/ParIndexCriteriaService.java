package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.assessment.internal.ParIndexCriteria;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The PAR INDEX criteria sets of a province per year, edited by the province's own ADMIN (not a
 * department's): criteria and sub-criteria (two levels) with their maximum points, rule kind and
 * parameters. The first change of a year makes the province's own set as a copy of the one in
 * force (the default); a set may be copied from last year's. Every change is kept in the history
 * with the criterion before and after. Changes name the version of the set the user saw.
 */
@Service
@Transactional(readOnly = true)
public class ParIndexCriteriaService {

    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9.\\-]{1,20}");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(100);

    private final ParIndexCriteria criteria;
    private final OrganizationService organizations;

    ParIndexCriteriaService(ParIndexCriteria criteria, OrganizationService organizations) {
        this.criteria = criteria;
        this.organizations = organizations;
    }

    /** The set a node of the province is scored by for the year. */
    CriteriaSet setFor(long province, int year) {
        return criteria.setFor(province, year).orElseThrow(() -> new NotFoundException("PAR INDEX criteria",
                province + "/" + year));
    }

    /** The criteria in force for the administrator's province and the year, with the history. */
    public CriteriaSetPage page(CurrentUser user, int year) {
        long province = requireAdmin(user);
        Optional<CriteriaSet> own = criteria.ownSet(province, year);
        CriteriaSet set = own.orElseGet(() -> setFor(province, year));
        return new CriteriaSetPage(year, set, own.isPresent(), criteria.ownSet(province, year - 1).isPresent(),
                criteria.ownYears(province), criteria.changesOf(province));
    }

    /** Adds a criterion or sub-criterion to the province's set for the year. */
    @Transactional
    public void add(CurrentUser user, int year, Long version, CriterionCommand command) {
        long province = requireAdmin(user);
        CriteriaSet set = ownForChange(province, year, version, user);
        CriterionCommand c = checked(set, null, command);
        if (set.criteria().stream().anyMatch(x -> x.code().equalsIgnoreCase(c.code().trim()))) {
            throw DomainException.onField("code", "parIndex.criteria.error.codeTaken");
        }
        criteria.insertCriterion(set.id(), parentId(set, c), c);
        criteria.recordChange(set.id(), "ADDED", c.code().trim(), null, describe(c), user);
    }

    /** Changes the criterion of the given code in the province's set for the year. */
    @Transactional
    public void update(CurrentUser user, int year, Long version, String code, CriterionCommand command) {
        long province = requireAdmin(user);
        CriteriaSet set = ownForChange(province, year, version, user);
        Criterion old = byCode(set, code);
        CriterionCommand c = checked(set, old, command);
        if (set.criteria().stream().anyMatch(x -> x.id() != old.id() && x.code().equalsIgnoreCase(c.code().trim()))) {
            throw DomainException.onField("code", "parIndex.criteria.error.codeTaken");
        }
        criteria.updateCriterion(old.id(), parentId(set, c), c);
        String after = describe(c);
        if (!after.equals(old.describe())) {
            criteria.recordChange(set.id(), "CHANGED", old.code(), old.describe(), after, user);
        }
    }

    /** Removes the criterion (with its sub-criteria) from the province's set for the year. */
    @Transactional
    public void remove(CurrentUser user, int year, Long version, String code) {
        long province = requireAdmin(user);
        CriteriaSet set = ownForChange(province, year, version, user);
        Criterion old = byCode(set, code);
        criteria.deleteCriterion(old.id());
        StringBuilder before = new StringBuilder(old.describe());
        set.childrenOf(old.id()).forEach(child -> before.append('\n').append(child.describe()));
        criteria.recordChange(set.id(), "REMOVED", old.code(), before.toString(), null, user);
    }

    /** Puts a copy of last year's set of the province in place of the year's criteria. */
    @Transactional
    public void copyFromLastYear(CurrentUser user, int year, Long version) {
        long province = requireAdmin(user);
        CriteriaSet last = criteria.ownSet(province, year - 1)
                .orElseThrow(() -> new DomainException("parIndex.criteria.error.noLastYear", year - 1));
        Optional<CriteriaSet> own = criteria.ownSet(province, year);
        long setId;
        if (own.isEmpty()) {
            if (version != null) {
                throw new DomainException("parIndex.error.conflict");
            }
            setId = criteria.createCopy(province, year, last, year - 1)
                    .orElseThrow(() -> new DomainException("parIndex.error.conflict"));
        } else {
            if (version == null || !criteria.bump(own.get().id(), version)) {
                throw new DomainException("parIndex.error.conflict");
            }
            setId = own.get().id();
            criteria.replaceCriteria(setId, last, year - 1);
        }
        criteria.recordChange(setId, "COPIED", null, null, String.valueOf(year - 1), user);
    }

    /**
     * The province's own set for the year at the version the user saw, moved to its next version;
     * made as a copy of the set in force when the province has none (the user saw none: null).
     */
    private CriteriaSet ownForChange(long province, int year, Long version, CurrentUser user) {
        Optional<CriteriaSet> own = criteria.ownSet(province, year);
        if (own.isPresent()) {
            if (version == null || !criteria.bump(own.get().id(), version)) {
                throw new DomainException("parIndex.error.conflict");
            }
            return own.get();
        }
        if (version != null) {
            throw new DomainException("parIndex.error.conflict");
        }
        CriteriaSet inForce = setFor(province, year);
        long id = criteria.createCopy(province, year, inForce, null)
                .orElseThrow(() -> new DomainException("parIndex.error.conflict"));
        criteria.recordChange(id, "CREATED", null, null, inForce.year() == null ? null : String.valueOf(inForce.year()),
                user);
        return criteria.ownSet(province, year).orElseThrow();
    }

    private static Criterion byCode(CriteriaSet set, String code) {
        return set.criteria().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("PAR INDEX criterion", code));
    }

    private static Long parentId(CriteriaSet set, CriterionCommand c) {
        return c.parentCode() == null || c.parentCode().isBlank() ? null : byCode(set, c.parentCode()).id();
    }

    private static String describe(CriterionCommand c) {
        return new Criterion(0, null, c.position(), c.code().trim(), c.title().trim(), c.maxPoints(), c.kind(),
                c.params()).describe();
    }

    /**
     * The command with only its kind's parameters, each checked: numbers where numbers are asked
     * for, a known mode, a month and day, shares between 0 and 100, the low share not above the high.
     */
    static CriterionCommand checked(CriteriaSet set, Criterion old, CriterionCommand c) {
        if (c.code() == null || !CODE.matcher(c.code().trim()).matches()) {
            throw DomainException.onField("code", "parIndex.criteria.error.code");
        }
        if (c.title() == null || c.title().isBlank() || c.title().length() > 500) {
            throw DomainException.onField("title", "parIndex.criteria.error.title");
        }
        if (c.maxPoints() == null || c.maxPoints().abs().compareTo(LIMIT) >= 0 || c.maxPoints().scale() > 2) {
            throw DomainException.onField("maxPoints", "parIndex.criteria.error.number");
        }
        if (c.kind() == null) {
            throw DomainException.onField("kind", "parIndex.criteria.error.kind");
        }
        String parentCode = c.parentCode() == null ? null : c.parentCode().trim();
        if (parentCode != null && !parentCode.isEmpty()) {
            Criterion parent = set.criteria().stream().filter(x -> x.code().equalsIgnoreCase(parentCode)).findFirst()
                    .orElseThrow(() -> DomainException.onField("parentCode", "parIndex.criteria.error.parent"));
            boolean hasChildren = old != null && !set.childrenOf(old.id()).isEmpty();
            if (parent.parentId() != null || (old != null && parent.id() == old.id()) || hasChildren) {
                throw DomainException.onField("parentCode", "parIndex.criteria.error.depth");
            }
            if (parent.kind() != CriterionKind.GROUP) {
                throw DomainException.onField("parentCode", "parIndex.criteria.error.parentKind");
            }
        }
        if (old != null && c.kind() != CriterionKind.GROUP && !set.childrenOf(old.id()).isEmpty()) {
            throw DomainException.onField("kind", "parIndex.criteria.error.groupKind");
        }
        String mode = c.params().getOrDefault("mode", "").trim();
        if (!c.kind().modes().isEmpty() && !c.kind().modes().contains(mode)) {
            throw DomainException.onField("params[mode]", "parIndex.criteria.error.mode");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : c.kind().parameters()) {
            String value = c.params().getOrDefault(name, "").trim();
            if (value.isEmpty()) {
                if (c.kind().required(mode).contains(name)) {
                    throw DomainException.onField("params[" + name + "]", "parIndex.criteria.error.required");
                }
                continue;
            }
            if (!CriterionKind.WORDS.contains(name)) {
                checkNumber(name, value);
            }
            kept.put(name, value);
        }
        if (kept.containsKey("lowPercent") && kept.containsKey("highPercent")
                && new BigDecimal(kept.get("lowPercent")).compareTo(new BigDecimal(kept.get("highPercent"))) > 0) {
            throw DomainException.onField("params[lowPercent]", "parIndex.error.order");
        }
        return new CriterionCommand(c.code().trim(), parentCode == null || parentCode.isEmpty() ? null : parentCode,
                c.position(), c.title().trim(), c.maxPoints(), c.kind(), kept);
    }

    private static void checkNumber(String name, String value) {
        String field = "params[" + name + "]";
        BigDecimal n;
        try {
            n = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw DomainException.onField(field, "parIndex.criteria.error.number");
        }
        if (n.abs().compareTo(LIMIT) > 0 || n.scale() > 2) {
            throw DomainException.onField(field, "parIndex.criteria.error.number");
        }
        boolean whole = n.stripTrailingZeros().scale() <= 0;
        switch (name) {
            case "deadlineMonth" -> {
                if (!whole || n.intValue() < 1 || n.intValue() > 12) {
                    throw DomainException.onField(field, "parIndex.criteria.error.month");
                }
            }
            case "deadlineDay" -> {
                if (!whole || n.intValue() < 1 || n.intValue() > 31) {
                    throw DomainException.onField(field, "parIndex.error.day");
                }
            }
            case "highPercent", "lowPercent" -> {
                if (n.signum() < 0) {
                    throw DomainException.onField(field, "parIndex.error.percent");
                }
            }
            default -> {
            }
        }
    }

    /** The criteria sets are the province's: its own ADMIN only, not a department's ADMIN. */
    private long requireAdmin(CurrentUser user) {
        if (!organizations.isProvinceAdmin(user)) {
            throw new ForbiddenException(user.username() + " may not see or change the PAR INDEX criteria");
        }
        return organizations.provinceIdOf(user.orgNodeId());
    }
}

package vn.parcomms.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.catalog.internal.Channel;
import vn.parcomms.catalog.internal.ChannelRepository;
import vn.parcomms.catalog.internal.Indicator;
import vn.parcomms.catalog.internal.IndicatorRepository;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Channels and indicators. Everyone reads the shared entries and those of their province; the
 * province's administrator adds and changes the entries of their own province, the installation's
 * operator the shared (national) entries, and sees no province's own entries (ADR 0026).
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ChannelRepository channels;
    private final IndicatorRepository indicators;
    private final OrganizationService organizations;

    CatalogService(ChannelRepository channels, IndicatorRepository indicators, OrganizationService organizations) {
        this.channels = channels;
        this.indicators = indicators;
        this.organizations = organizations;
    }

    public List<ChannelView> channels(CurrentUser user) {
        return channels.findVisible(province(user)).stream().map(Channel::toView).toList();
    }

    public List<ChannelView> activeChannels(CurrentUser user) {
        return channels(user).stream().filter(ChannelView::active).toList();
    }

    public List<IndicatorView> indicators(CurrentUser user) {
        return indicators.findVisible(province(user)).stream().map(Indicator::toView).toList();
    }

    public List<IndicatorView> activeIndicators(CurrentUser user) {
        return indicators(user).stream().filter(IndicatorView::active).toList();
    }

    public Map<Long, ChannelView> channelsById(Collection<Long> ids) {
        return channels.findAllById(ids).stream().map(Channel::toView)
                .collect(Collectors.toMap(ChannelView::id, Function.identity()));
    }

    public Map<Long, IndicatorView> indicatorsById(Collection<Long> ids) {
        return indicators.findAllById(ids).stream().map(Indicator::toView)
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
    }

    /** Channels and indicators are looked up by code when plans are loaded from text (demo data). */
    public Map<String, ChannelView> channelsByCode(CurrentUser user) {
        return channels(user).stream().collect(Collectors.toMap(ChannelView::code, Function.identity(), (a, b) -> b));
    }

    public Map<String, IndicatorView> indicatorsByCode(CurrentUser user) {
        return indicators(user).stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> b));
    }

    @Transactional
    public long createChannel(CurrentUser admin, CatalogEntryCommand command) {
        Long province = requireAdminProvince(admin);
        String code = normaliseCode(command.code());
        if (province == null ? channels.existsCodeAnywhere(code)
                : channels.existsCode(code, province) || channels.existsCode(code, null)) {
            throw DomainException.onField("code", "catalog.error.codeTaken", code);
        }
        return channels.save(new Channel(code, command.name().trim(), blankToNull(command.nameEn()), province,
                command.position())).toView().id();
    }

    @Transactional
    public void updateChannel(CurrentUser admin, long id, long expectedVersion, CatalogEntryCommand command) {
        Channel channel = ownChannel(admin, id, expectedVersion);
        channel.change(command.name().trim(), blankToNull(command.nameEn()), command.position());
    }

    @Transactional
    public void setChannelActive(CurrentUser admin, long id, long expectedVersion, boolean active) {
        ownChannel(admin, id, expectedVersion).setActive(active);
    }

    @Transactional
    public long createIndicator(CurrentUser admin, CatalogEntryCommand command) {
        Long province = requireAdminProvince(admin);
        String code = normaliseCode(command.code());
        if (province == null ? indicators.existsCodeAnywhere(code)
                : indicators.existsCode(code, province) || indicators.existsCode(code, null)) {
            throw DomainException.onField("code", "catalog.error.codeTaken", code);
        }
        if (command.unit() == null || command.unit().isBlank()) {
            throw DomainException.onField("unit", "NotBlank");
        }
        return indicators.save(new Indicator(code, command.name().trim(), blankToNull(command.nameEn()),
                command.unit().trim(), blankToNull(command.unitEn()), province, command.position())).toView().id();
    }

    @Transactional
    public void updateIndicator(CurrentUser admin, long id, long expectedVersion, CatalogEntryCommand command) {
        Indicator indicator = ownIndicator(admin, id, expectedVersion);
        if (command.unit() == null || command.unit().isBlank()) {
            throw DomainException.onField("unit", "NotBlank");
        }
        indicator.change(command.name().trim(), blankToNull(command.nameEn()), command.unit().trim(),
                blankToNull(command.unitEn()), command.position());
    }

    @Transactional
    public void setIndicatorActive(CurrentUser admin, long id, long expectedVersion, boolean active) {
        ownIndicator(admin, id, expectedVersion).setActive(active);
    }

    public ChannelView channel(CurrentUser user, long id) {
        ChannelView view = channels.findById(id).map(Channel::toView)
                .orElseThrow(() -> new NotFoundException("channel", id));
        requireVisible(user, view.ownerNodeId());
        return view;
    }

    public IndicatorView indicator(CurrentUser user, long id) {
        IndicatorView view = indicators.findById(id).map(Indicator::toView)
                .orElseThrow(() -> new NotFoundException("indicator", id));
        requireVisible(user, view.ownerNodeId());
        return view;
    }

    /** A channel as its edit form shows it: only an administrator's own province's, never a shared one. */
    public ChannelView channelToEdit(CurrentUser admin, long id) {
        Long province = requireAdminProvince(admin);
        Channel channel = channels.findById(id).orElseThrow(() -> new NotFoundException("channel", id));
        requireOwn(province, channel.getOwnerNodeId());
        return channel.toView();
    }

    /** An indicator as its edit form shows it: only an administrator's own province's, never a shared one. */
    public IndicatorView indicatorToEdit(CurrentUser admin, long id) {
        Long province = requireAdminProvince(admin);
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
        requireOwn(province, indicator.getOwnerNodeId());
        return indicator.toView();
    }

    private Channel ownChannel(CurrentUser admin, long id, long expectedVersion) {
        Long province = requireAdminProvince(admin);
        Channel channel = channels.findById(id).orElseThrow(() -> new NotFoundException("channel", id));
        requireOwn(province, channel.getOwnerNodeId());
        if (channel.getVersion() != expectedVersion) {
            throw new ConflictException("channel", id);
        }
        return channel;
    }

    private Indicator ownIndicator(CurrentUser admin, long id, long expectedVersion) {
        Long province = requireAdminProvince(admin);
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
        requireOwn(province, indicator.getOwnerNodeId());
        if (indicator.getVersion() != expectedVersion) {
            throw new ConflictException("indicator", id);
        }
        return indicator;
    }

    private void requireVisible(CurrentUser user, Long owner) {
        if (owner != null && !owner.equals(province(user))) {
            throw new ForbiddenException("catalogue entry of another province");
        }
    }

    /** {@code province} null: the operator, who changes the shared entries only. */
    private static void requireOwn(Long province, Long owner) {
        if (province == null) {
            if (owner != null) {
                throw new ForbiddenException("catalogue entry of a province");
            }
            return;
        }
        if (owner == null) {
            throw new DomainException("catalog.error.shared");
        }
        if (!owner.equals(province)) {
            throw new ForbiddenException("catalogue entry of another province");
        }
    }

    /**
     * Only the province's own ADMIN changes the province's catalogues, not a department's ADMIN;
     * the installation's operator changes the shared ones.
     */
    public boolean mayChange(CurrentUser user) {
        return user.isOperator() || organizations.isProvinceAdmin(user);
    }

    /** 403 unless the user may change the province's catalogues; for the forms, before anything is shown. */
    public void requireMayChange(CurrentUser user) {
        requireAdminProvince(user);
    }

    /** The owner of the entries the user may change: the province, or null (shared) for the operator. */
    private Long requireAdminProvince(CurrentUser user) {
        if (!mayChange(user)) {
            throw new ForbiddenException(user.username() + " may not change the province's catalogues");
        }
        return province(user);
    }

    /** The user's province; null for the operator, who belongs to none and sees the shared entries only. */
    private Long province(CurrentUser user) {
        return user.isOperator() ? null : organizations.provinceIdOf(user.orgNodeId());
    }

    private static String normaliseCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

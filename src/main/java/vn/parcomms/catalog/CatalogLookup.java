package vn.parcomms.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channels and indicators by id, both in one statement: for pages that name the catalogue entries
 * their figures refer to (rollups at province scale count every statement).
 */
@Service
@Transactional(readOnly = true)
public class CatalogLookup {

    private final JdbcClient jdbc;

    CatalogLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entries(Map<Long, ChannelView> channels, Map<Long, IndicatorView> indicators) {
    }

    public Entries byIds(Collection<Long> channelIds, Collection<Long> indicatorIds) {
        Map<Long, ChannelView> channels = new HashMap<>();
        Map<Long, IndicatorView> indicators = new HashMap<>();
        if (channelIds.isEmpty() && indicatorIds.isEmpty()) {
            return new Entries(channels, indicators);
        }
        jdbc.sql("""
                select 'C' as kind, id, code, name, name_en, null as unit, null as unit_en, owner_node_id, position, active, version,
                       channel_group
                from catalog_channel where id in (:channels)
                union all
                select 'I', id, code, name, name_en, unit, unit_en, owner_node_id, position, active, version, null
                from catalog_indicator where id in (:indicators)""")
                .param("channels", channelIds.isEmpty() ? List.of(-1L) : channelIds)
                .param("indicators", indicatorIds.isEmpty() ? List.of(-1L) : indicatorIds)
                .query(rs -> {
                    long id = rs.getLong("id");
                    Long owner = (Long) rs.getObject("owner_node_id");
                    if (rs.getString("kind").equals("C")) {
                        channels.put(id, new ChannelView(id, rs.getString("code"), rs.getString("name"),
                                rs.getString("name_en"), owner, rs.getInt("position"), rs.getBoolean("active"),
                                rs.getLong("version"), rs.getString("channel_group")));
                    } else {
                        indicators.put(id, new IndicatorView(id, rs.getString("code"), rs.getString("name"),
                                rs.getString("name_en"), rs.getString("unit"), rs.getString("unit_en"), owner, rs.getInt("position"),
                                rs.getBoolean("active"), rs.getLong("version")));
                    }
                });
        return new Entries(channels, indicators);
    }
}

package vn.parcomms.catalog.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeUsage;

/** A node that owns catalogue entries (its own channels or indicators) is history: never deleted. */
@Component
class CatalogNodeUsage implements OrgNodeUsage {

    private final JdbcClient jdbc;

    CatalogNodeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean references(long orgNodeId) {
        return jdbc.sql("""
                select exists (select 1 from catalog_channel where owner_node_id = :id)
                    or exists (select 1 from catalog_indicator where owner_node_id = :id)""")
                .param("id", orgNodeId).query(Boolean.class).single();
    }
}

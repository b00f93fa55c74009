package vn.parcomms.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    /** Shared entries and those of the given province. */
    @Query("select c from Channel c where c.ownerNodeId is null or c.ownerNodeId = :province order by c.position, c.name")
    List<Channel> findVisible(@Param("province") Long provinceId);

    @Query("""
            select count(c) > 0 from Channel c where upper(c.code) = upper(:code)
              and ((:province is null and c.ownerNodeId is null) or c.ownerNodeId = :province)""")
    boolean existsCode(@Param("code") String code, @Param("province") Long provinceId);

    /** Whether any entry, shared or of any province, has the code: before a shared entry is added. */
    @Query("select count(c) > 0 from Channel c where upper(c.code) = upper(:code)")
    boolean existsCodeAnywhere(@Param("code") String code);
}

package vn.parcomms.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    @Query("select i from Indicator i where i.ownerNodeId is null or i.ownerNodeId = :province order by i.position, i.name")
    List<Indicator> findVisible(@Param("province") Long provinceId);

    @Query("""
            select count(i) > 0 from Indicator i where upper(i.code) = upper(:code)
              and ((:province is null and i.ownerNodeId is null) or i.ownerNodeId = :province)""")
    boolean existsCode(@Param("code") String code, @Param("province") Long provinceId);

    /** Whether any entry, shared or of any province, has the code: before a shared entry is added. */
    @Query("select count(c) > 0 from Indicator c where upper(c.code) = upper(:code)")
    boolean existsCodeAnywhere(@Param("code") String code);
}

package vn.parcomms.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.parcomms.catalog.IndicatorView;

@Entity
@Table(name = "catalog_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private String unit;

    @Column(name = "unit_en")
    private String unitEn;

    @Column(name = "owner_node_id")
    private Long ownerNodeId;

    private int position;
    private boolean active = true;

    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(String code, String name, String nameEn, String unit, String unitEn, Long ownerNodeId,
            int position) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.unit = unit;
        this.unitEn = unitEn;
        this.ownerNodeId = ownerNodeId;
        this.position = position;
    }

    public void change(String newName, String newNameEn, String newUnit, String newUnitEn, int newPosition) {
        this.name = newName;
        this.nameEn = newNameEn;
        this.unit = newUnit;
        this.unitEn = newUnitEn;
        this.position = newPosition;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getOwnerNodeId() {
        return ownerNodeId;
    }

    public long getVersion() {
        return version;
    }

    public IndicatorView toView() {
        return new IndicatorView(id, code, name, nameEn, unit, unitEn, ownerNodeId, position, active, version);
    }
}

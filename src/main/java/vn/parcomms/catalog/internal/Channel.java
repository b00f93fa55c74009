package vn.parcomms.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.parcomms.catalog.ChannelView;

@Entity
@Table(name = "catalog_channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "owner_node_id")
    private Long ownerNodeId;

    private int position;
    private boolean active = true;

    @Column(name = "channel_group")
    private String channelGroup;

    @Version
    private long version;

    protected Channel() {
    }

    public Channel(String code, String name, String nameEn, Long ownerNodeId, int position) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.ownerNodeId = ownerNodeId;
        this.position = position;
    }

    public void change(String newName, String newNameEn, int newPosition) {
        this.name = newName;
        this.nameEn = newNameEn;
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

    public ChannelView toView() {
        return new ChannelView(id, code, name, nameEn, ownerNodeId, position, active, version, channelGroup);
    }
}

package io.airisk.assessment.repository;

import io.airisk.engine.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** An organization a tenant assesses (migration V9): its assessments form its history. */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    /** Optimistic lock: two renames cannot overwrite each other. */
    @Version
    public long version;

    @Column(name = "name", nullable = false, length = 400)
    public String name;

    /** The name lower-cased: unique within the tenant, so that a name finds one organization whatever its case. */
    @Column(name = "name_key", nullable = false, length = 800)
    public String nameKey;

    @Column(name = "industry", length = 200)
    public String industry;

    @Column(name = "size", length = 100)
    public String size;

    /**
     * Targets by the dimension id they are for, or {@code overall} (migration V10); null when none.
     * Never changed in place, only replaced.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "targets")
    public Map<String, Target> targets;

    /**
     * Its peer group, {@link #peerGroup(String, String)} of its industry and size (migration V12):
     * kept by Hibernate whenever it writes the row.
     */
    @Column(name = "peer_group", length = 400)
    public String peerGroup;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void placeInPeerGroup() {
        peerGroup = peerGroup(industry, size);
    }

    /**
     * The peer group of an industry and a size: both trimmed and lower-cased, joined by a line feed
     * (which neither may hold); null unless both are given, for such an organization has no peers.
     */
    public static String peerGroup(String industry, String size) {
        if (industry == null || size == null || industry.isBlank() || size.isBlank()) {
            return null;
        }
        return industry.strip().toLowerCase(Locale.ROOT) + "\n" + size.strip().toLowerCase(Locale.ROOT);
    }
}

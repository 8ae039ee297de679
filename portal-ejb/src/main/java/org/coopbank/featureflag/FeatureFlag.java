package org.coopbank.featureflag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One feature flag (table {@code feature_flag}, migration V11). Flags are defined by migrations; staff only switch them. */
@Entity
@Table(name = "feature_flag")
public class FeatureFlag {

    @Id
    @Column(name = "flag_key", length = 60)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlagMode mode;

    @Column(nullable = false)
    private int percent;

    @Column(length = 255)
    private String description;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FeatureFlag() {
    }

    /** Switches the flag; OFF stores 0 and ON 100, whatever percent came with them. */
    void change(FlagMode newMode, int newPercent, String by, Instant at) {
        this.mode = newMode;
        this.percent = Rollout.effectivePercent(newMode, newPercent);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String key() {
        return key;
    }

    public FlagMode mode() {
        return mode;
    }

    public int percent() {
        return percent;
    }

    public String description() {
        return description;
    }
}

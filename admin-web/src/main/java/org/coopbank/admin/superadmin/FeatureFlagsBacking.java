package org.coopbank.admin.superadmin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.featureflag.FeatureFlagRow;
import org.coopbank.featureflag.FeatureFlags;
import org.coopbank.featureflag.FlagMode;
import org.coopbank.featureflag.RolloutPreview;

/**
 * Feature flags: the list; pick one, choose OFF, ON or a percentage, review how many customers will have it
 * ({@link FeatureFlags#preview}), then switch it ({@link FeatureFlags#change}, validated and audited).
 */
@Named
@ViewScoped
public class FeatureFlagsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeatureFlags flags;

    @Inject
    CurrentStaff current;

    private List<FeatureFlagRow> rows;
    private FeatureFlagRow editing;
    private FlagMode mode;
    private Integer percent;
    private RolloutPreview preview;

    public List<FeatureFlagRow> getRows() {
        if (rows == null) {
            rows = flags.list();
        }
        return rows;
    }

    public void edit(FeatureFlagRow row) {
        editing = row;
        mode = row.mode();
        percent = row.percent();
        preview = null;
    }

    public void review() {
        preview = flags.preview(editing.key(), mode, percent(), current.actor());
    }

    public void change() {
        preview = null;
    }

    public void confirm() {
        FeatureFlagRow done = flags.change(editing.key(), mode, percent(), current.actor());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.format("flags.changed", done.key(), label(done.mode()), done.percent()), null));
        cancel();
        rows = null;
    }

    public void cancel() {
        editing = null;
        preview = null;
        mode = null;
        percent = null;
    }

    /** "About N% of customers (X of Y active portal customers) will see …" for the review. */
    public String getReviewText() {
        if (preview == null) {
            return "";
        }
        String what = FeatureFlags.PORTAL.equals(preview.key()) ? Texts.format("flags.thePortal")
                : Texts.format("flags.theFeature", preview.key());
        long others = preview.portalCustomers() - preview.customersOn();
        String text = Texts.format("flags.reviewText", preview.percent(), preview.customersOn(), preview.portalCustomers(), what);
        return others == 0 ? text : text + " " + Texts.format("flags.reviewOthers", others);
    }

    public String getNowText() {
        return preview == null ? "" : Texts.format("flags.nowText", label(preview.currentMode()),
                preview.currentPercent(), label(preview.mode()), preview.percent());
    }

    private static String label(FlagMode m) {
        return Texts.format("flags.mode." + m.name());
    }

    private int percent() {
        return percent == null ? (mode == FlagMode.PERCENT ? -1 : 0) : percent;
    }

    public FlagMode[] getModes() {
        return FlagMode.values();
    }

    public FeatureFlagRow getEditing() {
        return editing;
    }

    public RolloutPreview getPreview() {
        return preview;
    }

    public FlagMode getMode() {
        return mode;
    }

    public void setMode(FlagMode mode) {
        this.mode = mode;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }
}

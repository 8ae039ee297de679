package org.coopbank.admin.superadmin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coopbank.admin.AdminQueries;
import org.coopbank.admin.SettingRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.settings.SettingsService;

/** The bank's settings: pick one, enter the new value, save (validated and audited by the service). */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminQueries queries;

    @Inject
    SettingsService settings;

    @Inject
    CurrentStaff current;

    private List<SettingRow> rows;
    private String key;
    private String value;

    public List<SettingRow> getRows() {
        if (rows == null) {
            rows = queries.settings(current.actor());
        }
        return rows;
    }

    public void edit(SettingRow row) {
        key = row.key();
        value = row.value();
    }

    public void save() {
        settings.change(key, value, current.actor());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.format("settings.saved", key, value.trim()), null));
        key = null;
        value = null;
        rows = null;
    }

    public void cancel() {
        key = null;
        value = null;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}

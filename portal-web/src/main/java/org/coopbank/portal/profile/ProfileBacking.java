package org.coopbank.portal.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyProfile;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/profile}: the form holds the editable fields; the customer service validates and audits. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfService self;

    @Inject
    transient CurrentCustomer me;

    private MyProfile profile;
    private String email;
    private String address;
    private String alternatePhone;
    private String nomineeName;
    private String nomineeRelation;

    @PostConstruct
    void load() {
        show(self.profile(me.actor()));
    }

    private void show(MyProfile p) {
        profile = p;
        email = p.email();
        address = p.address();
        alternatePhone = p.alternatePhone();
        nomineeName = p.nomineeName();
        nomineeRelation = p.nomineeRelation();
    }

    public void save() {
        show(self.updateProfile(me.actor(), email, address, alternatePhone, nomineeName, nomineeRelation));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("profile.saved"), null));
    }

    public MyProfile getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAlternatePhone() {
        return alternatePhone;
    }

    public void setAlternatePhone(String alternatePhone) {
        this.alternatePhone = alternatePhone;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    public String getNomineeRelation() {
        return nomineeRelation;
    }

    public void setNomineeRelation(String nomineeRelation) {
        this.nomineeRelation = nomineeRelation;
    }
}

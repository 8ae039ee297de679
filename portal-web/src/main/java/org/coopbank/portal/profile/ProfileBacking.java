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
    private String newMobile;
    private String mobileCode;
    private boolean mobileCodeSent;

    @Inject
    transient org.coopbank.security.access.PortalAccess access;

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

    /** Login mobile change, step 1: a code goes by SMS to the new number (the service checks it is free and valid). */
    public void sendMobileCode() {
        access.requestMobileChange(me.actor(), newMobile);
        mobileCodeSent = true;
        info("profile.mobileCodeSent");
    }

    /**
     * Step 2: the code from the new number moves the login there. The session was opened with the old number, so it
     * ends here and the customer signs in with the new one.
     */
    public void confirmMobile() throws java.io.IOException {
        access.confirmMobileChange(me.actor(), mobileCode);
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.servlet.http.HttpServletRequest req = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        org.coopbank.security.web.FormSignIn.endCurrentSession(req);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/portal/login?moved=1");
        faces.responseComplete();
    }

    private static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString(key), null));
    }

    public String getNewMobile() {
        return newMobile;
    }

    public void setNewMobile(String newMobile) {
        this.newMobile = newMobile;
    }

    public String getMobileCode() {
        return mobileCode;
    }

    public void setMobileCode(String mobileCode) {
        this.mobileCode = mobileCode;
    }

    public boolean isMobileCodeSent() {
        return mobileCodeSent;
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

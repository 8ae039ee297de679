package org.coopbank.portal.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.access.PortalAccess;
import org.coopbank.security.web.FormSignIn;

/**
 * The portal's pages before sign-in that work with a one-time code sent by SMS: {@code /portal/otp} (sign in with a
 * code), {@code /portal/activate} (first password, with the activation code a manager's grant sent) and
 * {@code /portal/forgot} (a new password with a reset code). Two steps each: ask for a code (the answer is the same
 * whether the number is registered or not), then use it. The rules (hashing, single use, expiry, throttling, password
 * strength) are {@link PortalAccess}'s; a refusal comes back as its message beside the form.
 */
@Named
@ViewScoped
public class AccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalAccess access;

    @Inject
    transient SignInGuard guard;

    private String mobile;
    private String code;
    private String password;
    private String confirm;
    private boolean codeSent;

    /** OTP sign-in, step 1; forgot password, step 1. */
    public void sendLoginCode() {
        access.requestLoginOtp(mobile, address());
        codeSent = true;
        info("access.codeSent");
    }

    public void sendResetCode() {
        access.requestPasswordReset(mobile, address());
        codeSent = true;
        info("access.codeSent");
    }

    /**
     * OTP sign-in, step 2: the code buys a single-use ticket (30 s) that the customer realm accepts once; the sign-in
     * itself is the same as with a password ({@link FormSignIn}: origin check, throttle, session id rotated, logged),
     * and a successful sign-in uses the ticket up.
     */
    public void signInWithCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ext.getRequest();
        String m = mobile == null ? "" : mobile.trim();
        String ticket = access.verifyLoginOtp(m, code, address());
        FormSignIn.Result r = FormSignIn.signIn(req, guard, SignInRealm.CUSTOMER, m, ticket,
                text("access.failed"));
        if (r.status() != FormSignIn.Status.SIGNED_IN) {
            access.consumeTicket(m);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, r.message(), null));
            return;
        }
        ext.redirect(ext.getRequestContextPath() + "/portal/dashboard");
        faces.responseComplete();
    }

    /** Activation, step 2 (also a reset code's page: the service accepts either kind there). */
    public String activate() {
        if (!passwordsMatch()) {
            return null;
        }
        access.activate(mobile, code, password, address());
        return done("access.activated");
    }

    public String reset() {
        if (!passwordsMatch()) {
            return null;
        }
        access.resetPassword(mobile, code, password, address());
        return done("access.passwordChanged");
    }

    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(key);
        password = null;
        confirm = null;
        return "/portal/login-done?faces-redirect=true";
    }

    private boolean passwordsMatch() {
        if (password == null || !password.equals(confirm)) {
            error("access.mismatch");
            return false;
        }
        return true;
    }

    private String address() {
        HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return FormSignIn.address(req, guard);
    }

    private static void info(String key) {
        message(FacesMessage.SEVERITY_INFO, key);
    }

    private static void error(String key) {
        message(FacesMessage.SEVERITY_ERROR, key);
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public boolean isCodeSent() {
        return codeSent;
    }
}

package org.coopbank.admin.superadmin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coopbank.admin.AdminQueries;
import org.coopbank.admin.StaffRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.branch.BranchService;
import org.coopbank.security.LoginThrottle;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/**
 * Staff users: the list, a new user with a temporary password (shown once, to be changed at the first sign-in),
 * disable / enable, a new temporary password, and lifting a sign-in lock. Each action calls one service method.
 */
@Named
@ViewScoped
public class StaffUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AdminQueries queries;

    @Inject
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentStaff current;

    private List<StaffRow> rows;
    private String username;
    private String fullName;
    private String email;
    private Long branchId;
    private List<String> roles = new ArrayList<>();

    public List<StaffRow> getRows() {
        if (rows == null) {
            rows = queries.staff(current.actor());
        }
        return rows;
    }

    public List<BranchOption> getBranches() {
        return branches.listOpen().stream().map(b -> new BranchOption(b.id(), b.code() + " " + b.name())).toList();
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public void create() {
        String temporary = temporaryPassword();
        EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        roles.forEach(r -> set.add(StaffRole.valueOf(r)));
        staff.createWithTemporaryPassword(new StaffService.NewStaff(username == null ? null : username.trim(), fullName,
                email, branchId, set, temporary), current.actor());
        info(Texts.format("staff.created", username, temporary));
        username = null;
        fullName = null;
        email = null;
        roles = new ArrayList<>();
        rows = null;
    }

    public void disable(StaffRow row) {
        staff.disable(row.id(), current.actor());
        info(Texts.format("staff.disabled", row.username()));
        rows = null;
    }

    public void enable(StaffRow row) {
        staff.enable(row.id(), current.actor());
        info(Texts.format("staff.enabled", row.username()));
        rows = null;
    }

    public void resetPassword(StaffRow row) {
        String temporary = temporaryPassword();
        staff.resetPassword(row.id(), temporary, current.actor());
        info(Texts.format("staff.resetDone", row.username(), temporary));
        rows = null;
    }

    public void unlock(StaffRow row) {
        int lifted = throttle.unlock(row.username(), current.actor());
        info(Texts.format("staff.unlocked", row.username(), lifted));
    }

    /** 12 characters from an alphabet without look-alikes, always with a letter and a digit. */
    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.append('k').append((char) ('2' + RANDOM.nextInt(8))).toString();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A branch in the drop-down. */
    public record BranchOption(Long id, String label) {
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}

package org.coopbank.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coopbank.audit.AuditService;
import org.coopbank.branch.BranchService;
import org.coopbank.security.PasswordHasher;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;

@Stateless
@Interceptors(InputGuard.class)
public class StaffService {

    /** Input for a new staff user; the password is hashed at once and never stored or logged in clear. */
    public record NewStaff(@NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,49}",
                                   message = "must be 3-50 lower-case letters, digits, '.', '_' or '-'") String username,
                           @NotBlank @Size(max = 120) String fullName,
                           @Email @Size(max = 120) String email,
                           @NotNull Long branchId,
                           @NotEmpty Set<StaffRole> roles,
                           @NotBlank @Size(min = 8, max = 72) String password) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    PasswordHasher hasher;

    @Inject
    BranchService branches;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** By a superadmin, or by the system when it sets up the first users (demo bank, installation). */
    public StaffUser create(NewStaff input, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.SUPERADMIN);
        validation.check(input);
        if (findByUsername(input.username()).isPresent()) {
            throw new DuplicateException("Username " + input.username() + " is taken");
        }
        StaffUser u = new StaffUser(input.username(), input.fullName().trim(), input.email(),
                hasher.hash(input.password()), branches.requireOpen(input.branchId()), input.roles(), clock.now());
        em.persist(u);
        audit.record(actor, "staff.create", "StaffUser", u.id(), null, describe(u));
        return u;
    }

    /**
     * A superadmin creates a staff user whose password is temporary: the user must choose their own at the first
     * sign-in (the intranet lets them nowhere else until then).
     */
    public StaffUser createWithTemporaryPassword(NewStaff input, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        StaffUser u = create(input, actor);
        u.changePassword(u.passwordHash(), true);
        audit.record(actor, "staff.temporary-password", "StaffUser", u.id(), null, Map.of("mustChangePassword", true));
        return u;
    }

    public StaffUser changeRoles(long id, Set<StaffRole> roles, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        if (roles == null || roles.isEmpty()) {
            throw new org.coopbank.shared.ValidationFailedException("roles", "must not be empty");
        }
        StaffUser u = get(id);
        Map<String, Object> before = describe(u);
        u.changeRoles(roles);
        audit.record(actor, "staff.roles", "StaffUser", u.id(), before, describe(u));
        return u;
    }

    public StaffUser disable(long id, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        StaffUser u = get(id);
        Map<String, Object> before = describe(u);
        u.disable();
        audit.record(actor, "staff.disable", "StaffUser", u.id(), before, describe(u));
        return u;
    }

    public StaffUser enable(long id, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        StaffUser u = get(id);
        Map<String, Object> before = describe(u);
        u.enable();
        audit.record(actor, "staff.enable", "StaffUser", u.id(), before, describe(u));
        return u;
    }

    /** Sets a temporary password the user must change at next login. */
    public void resetPassword(long id, String temporaryPassword, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        requireStrong(temporaryPassword, "temporaryPassword");
        StaffUser u = get(id);
        u.changePassword(hasher.hash(temporaryPassword), true);
        audit.record(actor, "staff.reset-password", "StaffUser", u.id(), null, Map.of("mustChangePassword", true));
    }

    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        requireStrong(newPassword, "newPassword");
        StaffUser u = findByUsername(username).orElseThrow(() -> new NotFoundException("No staff user " + username));
        if (!hasher.matches(currentPassword, u.passwordHash())) {
            throw new org.coopbank.shared.ValidationFailedException("currentPassword", "is not correct");
        }
        u.changePassword(hasher.hash(newPassword), false);
        audit.record(Actor.staff(username, u.roles()), "staff.change-password", "StaffUser", u.id(), null, Map.of());
    }

    /** 8 to 72 characters (bcrypt reads 72 bytes), with a letter and a digit. */
    static void requireStrong(String password, String field) {
        if (password.length() < 8 || password.length() > 72 || !password.matches(".*[A-Za-z].*")
                || !password.matches(".*\\d.*")) {
            throw new org.coopbank.shared.ValidationFailedException(field,
                    "must be 8 to 72 characters with at least one letter and one digit");
        }
    }

    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM StaffUser u JOIN FETCH u.branch WHERE u.username = :n", StaffUser.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    public StaffUser get(long id) {
        StaffUser u = em.find(StaffUser.class, id);
        if (u == null) {
            throw new NotFoundException("Staff user " + id + " not found");
        }
        return u;
    }

    public List<StaffUser> list() {
        return em.createQuery("SELECT u FROM StaffUser u JOIN FETCH u.branch ORDER BY u.username", StaffUser.class).getResultList();
    }

    private static Map<String, Object> describe(StaffUser u) {
        Set<String> roles = new TreeSet<>();
        u.roles().forEach(r -> roles.add(r.roleName()));
        return Map.of("username", u.username(), "fullName", u.fullName(), "enabled", u.isEnabled(),
                "roles", String.join(",", roles), "branch", u.branch().code());
    }
}

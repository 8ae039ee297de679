package org.coopbank.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import org.coopbank.staff.StaffUser;

/** The signed-in staff user's database record for this request, looked up once from the container's principal. */
@RequestScoped
public class CurrentStaff {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffService staff;

    private Optional<StaffUser> user;
    private Actor actor;

    /**
     * The {@link Actor} of this request: the container's principal with the staff roles the container says it has
     * ({@code request.isUserInRole} for each {@link StaffRole}), never request input; built once per request.
     */
    public Actor actor() {
        if (actor == null) {
            Principal p = request.getUserPrincipal();
            if (p == null) {
                throw new IllegalStateException("No signed-in staff user");
            }
            actor = Actor.staff(p.getName(),
                    Arrays.stream(StaffRole.values()).filter(r -> request.isUserInRole(r.roleName())).toList());
        }
        return actor;
    }

    public Optional<StaffUser> find() {
        if (user == null) {
            Principal p = request.getUserPrincipal();
            user = p == null ? Optional.empty() : staff.findByUsername(p.getName());
        }
        return user;
    }

    public StaffUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in staff user"));
    }
}

package org.coopbank.branch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopbank.audit.AuditService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;

@Stateless
@Interceptors(InputGuard.class)
public class BranchService {

    /** Input for a new branch. */
    public record NewBranch(@NotBlank @Pattern(regexp = "\\d{3}", message = "must be 3 digits") String code,
                            @NotBlank @Size(max = 100) String name,
                            @Size(max = 255) String address) {
    }

    /** Code of the head office seeded by migration V2. */
    public static final String HEAD_OFFICE = "001";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    AuditService audit;

    public Branch create(NewBranch input, Actor actor) {
        actor.requireStaffOrSystem(org.coopbank.staff.StaffRole.SUPERADMIN);
        validation.check(input);
        if (findByCode(input.code()).isPresent()) {
            throw new DuplicateException("Branch code " + input.code() + " already exists");
        }
        Branch b = new Branch(input.code(), input.name().trim(), input.address());
        em.persist(b);
        audit.record(actor, "branch.create", "Branch", b.id(), null, Map.of("code", b.code(), "name", b.name()));
        return b;
    }

    public Optional<Branch> findByCode(String code) {
        return em.createQuery("SELECT b FROM Branch b WHERE b.code = :c", Branch.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Branch get(long id) {
        Branch b = em.find(Branch.class, id);
        if (b == null) {
            throw new NotFoundException("Branch " + id + " not found");
        }
        return b;
    }

    public Branch headOffice() {
        return findByCode(HEAD_OFFICE).orElseThrow(() -> new NotFoundException("Head office branch is missing"));
    }

    public List<Branch> list() {
        return em.createQuery("SELECT b FROM Branch b ORDER BY b.code", Branch.class).getResultList();
    }
}

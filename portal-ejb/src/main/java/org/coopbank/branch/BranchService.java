package org.coopbank.branch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopbank.account.AccountStatus;
import org.coopbank.audit.AuditService;
import org.coopbank.deposit.FdStatus;
import org.coopbank.loan.LoanStatus;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

@Stateless
@Interceptors(InputGuard.class)
public class BranchService {

    /** Input for a new branch. */
    public record NewBranch(@NotBlank @Pattern(regexp = "\\d{3}", message = "must be 3 digits") String code,
                            @NotBlank @Size(max = 100) String name,
                            @Size(max = 255) String address) {
    }

    /** What may change of a branch: its name and address (the code is in every account number: it never changes). */
    public record BranchDetails(@NotBlank @Size(max = 100) String name, @Size(max = 255) String address) {
    }

    /** Code of the head office seeded by migration V2. */
    public static final String HEAD_OFFICE = "001";

    private static final String ROW = """
            SELECT new org.coopbank.branch.BranchRow(b.id, b.code, b.name, b.address, b.active,
                   (SELECT COUNT(a) FROM BankAccount a WHERE a.branch = b AND a.status <> :closedAccount),
                   (SELECT COUNT(l) FROM Loan l WHERE l.branch = b AND l.status IN :openLoan),
                   (SELECT COUNT(f) FROM FixedDeposit f WHERE f.branch = b AND f.status = :activeFd),
                   (SELECT COUNT(u) FROM StaffUser u WHERE u.branch = b AND u.enabled = TRUE))
            FROM Branch b""";

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
        Branch b = new Branch(input.code(), input.name().trim(), blankToNull(input.address()));
        em.persist(b);
        audit.record(actor, "branch.create", "Branch", b.id(), null, describe(b));
        return b;
    }

    /** A new name and address (superadmin). */
    public Branch edit(long id, BranchDetails input, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        validation.check(input);
        Branch b = get(id);
        Map<String, Object> before = describe(b);
        b.rename(input.name().trim(), blankToNull(input.address()));
        audit.record(actor, "branch.edit", "Branch", b.id(), before, describe(b));
        return b;
    }

    /**
     * Closes a branch to new business (superadmin). Refused for the head office and while anything is open there:
     * accounts not closed, loans applied for, approved or running, active FDs.
     */
    public Branch close(long id, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        Branch b = lock(id);
        if (HEAD_OFFICE.equals(b.code())) {
            throw new InvalidStateException("The head office (" + HEAD_OFFICE + ") cannot close");
        }
        BranchRow open = row(b.id());
        if (open.openAccounts() > 0 || open.openLoans() > 0 || open.activeFds() > 0) {
            throw new InvalidStateException("Branch " + b.code() + " still has " + open.openAccounts() + " open account(s), "
                    + open.openLoans() + " open loan(s) and " + open.activeFds() + " active FD(s): it cannot close");
        }
        Map<String, Object> before = describe(b);
        b.close();
        audit.record(actor, "branch.close", "Branch", b.id(), before, describe(b));
        return b;
    }

    /** Opens a closed branch again (superadmin). */
    public Branch reopen(long id, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        Branch b = lock(id);
        Map<String, Object> before = describe(b);
        b.reopen();
        audit.record(actor, "branch.reopen", "Branch", b.id(), before, describe(b));
        return b;
    }

    /** The branch, if it is open: new customers and staff users may only join an open branch. */
    public Branch requireOpen(long id) {
        Branch b = get(id);
        if (!b.isActive()) {
            throw new InvalidStateException("Branch " + b.code() + " " + b.name() + " is closed");
        }
        return b;
    }

    /** Every branch with what is open there, by code (superadmin). */
    public List<BranchRow> overview(Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        return bind(em.createQuery(ROW + " ORDER BY b.code", BranchRow.class)).getResultList();
    }

    private BranchRow row(long id) {
        return bind(em.createQuery(ROW + " WHERE b.id = :id", BranchRow.class)).setParameter("id", id).getSingleResult();
    }

    private static TypedQuery<BranchRow> bind(TypedQuery<BranchRow> q) {
        return q.setParameter("closedAccount", AccountStatus.CLOSED)
                .setParameter("openLoan", List.of(LoanStatus.APPLIED, LoanStatus.APPROVED, LoanStatus.DISBURSED))
                .setParameter("activeFd", FdStatus.ACTIVE);
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

    /** The open branches, by code (for choosing where a new customer or staff user belongs). */
    public List<Branch> listOpen() {
        return em.createQuery("SELECT b FROM Branch b WHERE b.active = TRUE ORDER BY b.code", Branch.class).getResultList();
    }

    private Branch lock(long id) {
        Branch b = em.find(Branch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw new NotFoundException("Branch " + id + " not found");
        }
        return b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> describe(Branch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("name", b.name());
        m.put("address", b.address() == null ? "" : b.address());
        m.put("active", b.isActive());
        return m;
    }
}

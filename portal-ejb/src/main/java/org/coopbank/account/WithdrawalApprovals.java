package org.coopbank.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/**
 * Cash withdrawals above the maker-checker limit (setting {@code limit.withdrawal-approval}). The cashier's
 * withdrawal at or below the limit is posted at once; above it, it is filed as a {@link WithdrawalRequest} and
 * nothing moves. A manager who is not the cashier approves it, which posts the withdrawal through
 * {@link AccountService} under the account's row lock with the balance checked again then (a refusal leaves the
 * request pending and changes nothing), or rejects it with a reason; the cashier may cancel their own pending request.
 */
@Stateless
@Interceptors(InputGuard.class)
public class WithdrawalApprovals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** The cashier's withdrawal: posted if it is within the approval limit, otherwise filed for a manager. */
    public CounterWithdrawal withdraw(long accountId, BigDecimal amount, @Nullable String narration, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        Money limit = settings.withdrawalApprovalLimit();
        if (!m.isGreaterThan(limit)) {
            AccountTransaction t = accounts.withdraw(accountId, amount, narration, actor);
            return new CounterWithdrawal(t.journalEntry().id(), null, t.amount(), t.balanceAfter(), limit);
        }
        String text = Validation.text(narration, "narration", 200, false);
        BankAccount a = accounts.lock(accountId);
        a.checkCanDebit(m); // a request the account could not pay now is refused at once
        WithdrawalRequest r = new WithdrawalRequest(a, m, text, actor.toString(), clock.now());
        em.persist(r);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateException("Account " + a.accountNumber() + " already has a withdrawal waiting for approval");
        }
        audit.record(actor, "withdrawal.request", "WithdrawalRequest", r.id(), null, Map.of("account", a.accountNumber(),
                "amount", m.toString(), "limit", limit.toString(), "status", r.status().name()));
        return new CounterWithdrawal(null, r.id(), m, a.balance(), limit);
    }

    /**
     * A manager who did not enter it approves the request: the withdrawal is posted now, by the approving manager,
     * with the balance checked under the row lock. Returns the subledger line (its entry is the receipt's).
     */
    public AccountTransaction approve(long requestId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        WithdrawalRequest r = locked(requestId);
        actor.requireNotMaker(r.requestedBy(), "withdrawal request " + requestId);
        r.requirePending();
        AccountTransaction t = accounts.withdrawApproved(r.account().id(), r.amount(), r.narration(), actor);
        r.approve(actor.toString(), clock.now(), t.journalEntry().id());
        audit.record(actor, "withdrawal.approve", "WithdrawalRequest", r.id(), Map.of("status", "PENDING"),
                Map.of("status", r.status().name(), "journalEntry", t.journalEntry().id()));
        return t;
    }

    /** A manager who did not enter it refuses the request, with a reason; nothing moves. */
    public WithdrawalRequest reject(long requestId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        String why = Validation.text(reason, "reason", 200, true);
        WithdrawalRequest r = locked(requestId);
        actor.requireNotMaker(r.requestedBy(), "withdrawal request " + requestId);
        r.reject(actor.toString(), clock.now(), why);
        audit.record(actor, "withdrawal.reject", "WithdrawalRequest", r.id(), Map.of("status", "PENDING"),
                Map.of("status", r.status().name(), "reason", why));
        return r;
    }

    /** The cashier who entered it withdraws a pending request (the customer left, the amount was wrong). */
    public WithdrawalRequest cancel(long requestId, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        WithdrawalRequest r = locked(requestId);
        if (!r.requestedBy().equals(actor.toString())) {
            throw new AccessDeniedException(actor + " did not enter withdrawal request " + requestId);
        }
        r.cancel(actor.toString(), clock.now());
        audit.record(actor, "withdrawal.cancel", "WithdrawalRequest", r.id(), Map.of("status", "PENDING"),
                Map.of("status", r.status().name()));
        return r;
    }

    private WithdrawalRequest locked(long requestId) {
        WithdrawalRequest r = em.find(WithdrawalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Withdrawal request " + requestId + " not found");
        }
        return r;
    }
}

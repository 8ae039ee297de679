package org.coopbank.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.shared.Actor;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Nullable;
import org.coopbank.settings.SettingsService;
import org.coopbank.staff.StaffRole;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.NumberSequences;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;

/**
 * Opening accounts and moving money in and out of them. Each public operation is one transaction that locks the
 * account row(s) ({@code SELECT ... FOR UPDATE}), posts one balanced journal entry and writes the subledger
 * lines; a refusal throws a {@link org.coopbank.shared.BusinessException} and leaves nothing behind.
 */
@Stateless
@Interceptors(InputGuard.class)
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerService customers;

    @Inject
    LedgerService ledger;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    NumberSequences numbers;

    @Inject
    SettingsService settings;

    public BankAccount open(long customerId, AccountType type, Actor actor) {
        actor.requireStaff(StaffRole.CLERK);
        Customer c = customers.get(customerId);
        if (!c.status().canTransact()) {
            throw new InvalidStateException("Customer " + c.customerNumber() + " is " + c.status()
                    + "; accounts can be opened only for approved customers");
        }
        if (!c.branch().isActive()) {
            throw new InvalidStateException("Branch " + c.branch().code() + " is closed: no new accounts there");
        }
        BankAccount a = new BankAccount(numbers.next(NumberSequences.ACCOUNT), c, c.branch(), type, clock.today());
        em.persist(a);
        audit.record(actor, "account.open", "BankAccount", a.id(), null,
                Map.of("accountNumber", a.accountNumber(), "type", type.name(), "customer", c.customerNumber()));
        return a;
    }

    /** Cash paid in at the counter: debit cash (1000), credit the deposit control account. */
    public AccountTransaction deposit(long accountId, BigDecimal amount, @Nullable String narration, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        String text = narrationOr(narration, "Cash deposit");
        BankAccount a = lock(accountId);
        a.requireActive();
        Money before = a.balance();
        JournalEntry e = ledger.post(Posting.of(EventType.CASH_DEPOSIT, a.branch(), text + " " + a.maskedNumber())
                .debit(GlCode.CASH, m).credit(a.type().controlAccount(), m).touching(a.id()), actor);
        return audited(actor, "account.deposit", before, record(a.credit(m, TxnType.CASH_DEPOSIT, text, e)));
    }

    /**
     * Money paid in online through the payment gateway (org.coopbank.payment, after the gateway confirmed it): debit
     * gateway clearing (1200), credit the deposit control account. Only the system does this, with the gateway's payment
     * id as the reference; the payment's own conditional settlement makes it happen once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AccountTransaction depositOnline(long accountId, Money amount, String reference, Actor actor) {
        actor.requireSystem();
        Money m = Validation.positiveAmount(amount);
        String ref = Validation.text(reference, "reference", 64, true);
        BankAccount a = lock(accountId);
        a.requireActive();
        Money before = a.balance();
        String text = "Online deposit";
        JournalEntry e = ledger.post(Posting.of(EventType.ONLINE_DEPOSIT, a.branch(), text + " " + a.maskedNumber())
                .debit(GlCode.GATEWAY_CLEARING, m).credit(a.type().controlAccount(), a.branch(), m)
                .reference(ref).touching(a.id()), actor);
        return audited(actor, "account.deposit-online", before, record(a.credit(m, TxnType.ONLINE_DEPOSIT, text, e)));
    }

    /**
     * An online deposit refunded through the payment gateway (org.coopbank.payment, the accountant's refund): debit the
     * deposit control account, credit gateway clearing (1200), under the account's row lock; refused (nothing posted)
     * if the account is not active, its customer blocked or the balance short. {@code reference}: our refund's reference.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AccountTransaction refundOnline(long accountId, Money amount, String reference, Actor actor) {
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.SUPERADMIN);
        Money m = Validation.positiveAmount(amount);
        String ref = Validation.text(reference, "reference", 64, true);
        BankAccount a = lock(accountId);
        a.checkCanDebit(m);
        Money before = a.balance();
        String text = "Online payment refunded";
        JournalEntry e = ledger.post(Posting.of(EventType.ONLINE_REFUND, a.branch(), text + " " + a.maskedNumber())
                .debit(a.type().controlAccount(), a.branch(), m).credit(GlCode.GATEWAY_CLEARING, m)
                .reference(ref).touching(a.id()), actor);
        return audited(actor, "account.refund-online", before, record(a.debit(m, TxnType.ONLINE_REFUND, text, e)));
    }

    /**
     * A refund the gateway could not make: the money, back in gateway clearing, is credited to the account again (debit
     * 1200, credit the deposit control account). Only the system (the gateway's webhook) does this, once per refund.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AccountTransaction returnFailedRefund(long accountId, Money amount, String reference, Actor actor) {
        actor.requireSystem();
        Money m = Validation.positiveAmount(amount);
        String ref = Validation.text(reference, "reference", 64, true);
        BankAccount a = lock(accountId);
        a.requireActive();
        Money before = a.balance();
        String text = "Refund not made by the gateway, returned";
        JournalEntry e = ledger.post(Posting.of(EventType.ONLINE_REFUND_RETURNED, a.branch(), text + " " + a.maskedNumber())
                .debit(GlCode.GATEWAY_CLEARING, m).credit(a.type().controlAccount(), a.branch(), m)
                .reference(ref).touching(a.id()), actor);
        return audited(actor, "account.refund-returned", before, record(a.credit(m, TxnType.REFUND_RETURNED, text, e)));
    }

    /**
     * Cash paid out at the counter; never beyond the balance, and never above the approval limit (setting
     * {@code limit.withdrawal-approval}): such a withdrawal goes through {@link WithdrawalApprovals} to a manager.
     */
    public AccountTransaction withdraw(long accountId, BigDecimal amount, @Nullable String narration, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        requireWithinApprovalLimit(m, "withdrawal", "it needs a manager's approval (a withdrawal request)");
        return postWithdrawal(accountId, m, narrationOr(narration, "Cash withdrawal"), actor);
    }

    /**
     * Posts a withdrawal a manager approved ({@link WithdrawalApprovals#approve}), inside that transaction: the row
     * lock is taken and the balance checked now. Not for screens (MANDATORY: no caller without a transaction).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AccountTransaction withdrawApproved(long accountId, Money amount, @Nullable String narration, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        return postWithdrawal(accountId, Validation.positiveAmount(amount), narrationOr(narration, "Cash withdrawal"), actor);
    }

    private void requireWithinApprovalLimit(Money m, String what, String then) {
        Money limit = settings.withdrawalApprovalLimit();
        if (m.isGreaterThan(limit)) {
            throw new InvalidStateException("A " + what + " of " + IndianFormat.rupees(m) + " is above the approval limit of "
                    + IndianFormat.rupees(limit) + ": " + then);
        }
    }

    private AccountTransaction postWithdrawal(long accountId, Money m, String text, Actor actor) {
        BankAccount a = lock(accountId);
        a.checkCanDebit(m);
        Money before = a.balance();
        JournalEntry e = ledger.post(Posting.of(EventType.CASH_WITHDRAWAL, a.branch(), text + " " + a.maskedNumber())
                .debit(a.type().controlAccount(), m).credit(GlCode.CASH, m).touching(a.id()), actor);
        return audited(actor, "account.withdraw", before, record(a.debit(m, TxnType.CASH_WITHDRAWAL, text, e)));
    }

    /** Moves money between two accounts of the bank; returns the debit line of the source account. */
    public AccountTransaction transfer(long fromAccountId, long toAccountId, BigDecimal amount,
                                       @Nullable String narration, Actor actor) {
        if (!actor.isCustomer()) {
            actor.requireStaff(StaffRole.CASHIER);
        }
        if (fromAccountId == toAccountId) {
            throw new ValidationFailedException("toAccount", "must differ from the source account");
        }
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        if (actor.isStaff()) {
            requireWithinApprovalLimit(m, "transfer", "staff cannot enter it (no approval step for transfers yet)");
        }
        // lock both rows in id order so two opposite transfers cannot deadlock
        BankAccount first = lock(Math.min(fromAccountId, toAccountId));
        BankAccount second = lock(Math.max(fromAccountId, toAccountId));
        BankAccount from = first.id() == fromAccountId ? first : second;
        BankAccount to = from == first ? second : first;
        actor.requireSelfOrStaff(from.customer().id(), StaffRole.CASHIER);
        from.checkCanDebit(m);
        to.requireActive();
        String text = narrationOr(narration, "Transfer");
        Money fromBefore = from.balance();
        Money toBefore = to.balance();
        JournalEntry e = ledger.post(Posting.of(EventType.TRANSFER, from.branch(),
                        text + " " + from.maskedNumber() + " to " + to.maskedNumber())
                .debit(from.type().controlAccount(), from.branch(), m)
                .credit(to.type().controlAccount(), to.branch(), m)
                .touching(from.id()).touching(to.id()), actor);
        AccountTransaction out = audited(actor, "account.transfer-out", fromBefore,
                record(from.debit(m, TxnType.TRANSFER_OUT, text + " to " + to.maskedNumber(), e)));
        audited(actor, "account.transfer-in", toBefore,
                record(to.credit(m, TxnType.TRANSFER_IN, text + " from " + from.maskedNumber(), e)));
        return out;
    }

    /** Journal entries that {@link #reverse} may undo: counter and transfer postings of customer accounts. */
    private static final Set<EventType> REVERSIBLE =
            EnumSet.of(EventType.CASH_DEPOSIT, EventType.CASH_WITHDRAWAL, EventType.TRANSFER);

    /**
     * Asks for a mistaken deposit, withdrawal or transfer to be reversed; a manager other than the requester carries
     * it out ({@link #approveReversal}). At most one live request per entry (a unique key, not a read-then-write).
     */
    public ReversalRequest requestReversal(long journalEntryId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER, StaffRole.CLERK, StaffRole.ACCOUNTANT, StaffRole.MANAGER);
        String why = Validation.text(reason, "reason", 200, true);
        JournalEntry original = ledger.get(journalEntryId);
        requireReversible(original);
        if (ledger.reversalOf(journalEntryId).isPresent()) {
            throw new InvalidStateException("Journal entry " + journalEntryId + " has already been reversed");
        }
        ReversalRequest r = new ReversalRequest(journalEntryId, why, actor.toString(), clock.now());
        em.persist(r);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new DuplicateException("Entry " + journalEntryId + " already has a reversal request");
        }
        audit.record(actor, "reversal.request", "JournalEntry", journalEntryId, null,
                Map.of("request", r.id(), "reason", why));
        return r;
    }

    /** A manager who did not ask for it approves the request: the entry is reversed now. */
    public JournalEntry approveReversal(long requestId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        ReversalRequest r = em.find(ReversalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Reversal request " + requestId + " not found");
        }
        actor.requireNotMaker(r.requestedBy(), "reversal request " + requestId);
        if (r.status() != ReversalRequest.Status.PENDING) {
            throw new InvalidStateException("Reversal request " + requestId + " is already " + r.status());
        }
        JournalEntry rev = reverse(r.journalEntryId(), r.reason(), actor);
        r.approve(actor.toString(), clock.now(), rev.id());
        audit.record(actor, "reversal.approve", "JournalEntry", r.journalEntryId(), Map.of("request", requestId),
                Map.of("reversalEntry", rev.id()));
        return rev;
    }

    public ReversalRequest rejectReversal(long requestId, String note, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        String why = Validation.text(note, "note", 255, true);
        ReversalRequest r = em.find(ReversalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Reversal request " + requestId + " not found");
        }
        r.reject(actor.toString(), clock.now(), why);
        audit.record(actor, "reversal.reject", "JournalEntry", r.journalEntryId(), Map.of("request", requestId),
                Map.of("note", why));
        return r;
    }

    public List<ReversalRequest> pendingReversals() {
        return em.createQuery("SELECT r FROM ReversalRequest r WHERE r.status = :s ORDER BY r.id", ReversalRequest.class)
                .setParameter("s", ReversalRequest.Status.PENDING).getResultList();
    }

    private static void requireReversible(JournalEntry original) {
        if (!REVERSIBLE.contains(original.eventType())) {
            throw new InvalidStateException("A " + original.eventType() + " entry cannot be reversed at the counter");
        }
    }

    /**
     * Undoes a mistaken deposit, withdrawal or transfer with a new entry whose lines are the original's swapped,
     * and a REVERSAL line on each account it touched. The original rows stay as they were. An entry is reversed at
     * most once; reversing a credit needs the money to still be in the account.
     */
    private JournalEntry reverse(long journalEntryId, String reason, Actor actor) {
        JournalEntry original = ledger.get(journalEntryId);
        requireReversible(original);
        List<AccountTransaction> lines = em.createQuery(
                        "SELECT t FROM AccountTransaction t WHERE t.journalEntry.id = :e ORDER BY t.account.id",
                        AccountTransaction.class).setParameter("e", journalEntryId).getResultList();
        Map<Long, BankAccount> locked = new TreeMap<>();
        for (AccountTransaction t : lines) {
            locked.computeIfAbsent(t.account().id(), this::lock);
        }
        if (ledger.reversalOf(journalEntryId).isPresent()) {
            throw new InvalidStateException("Journal entry " + journalEntryId + " has already been reversed");
        }
        for (AccountTransaction t : lines) {
            BankAccount a = locked.get(t.account().id());
            if (t.direction() == AccountTransaction.Direction.CREDIT) {
                a.checkCanDebit(t.amount());
            } else {
                a.requireActive();
            }
        }
        String text = "Reversal of entry " + journalEntryId + ": " + reason.trim();
        Posting posting = Posting.reversing(original, text);
        locked.keySet().forEach(posting::touching);
        JournalEntry rev = ledger.post(posting, actor);
        for (AccountTransaction t : lines) {
            BankAccount a = locked.get(t.account().id());
            Money before = a.balance();
            AccountTransaction r = t.direction() == AccountTransaction.Direction.CREDIT
                    ? a.debit(t.amount(), TxnType.REVERSAL, text, rev)
                    : a.credit(t.amount(), TxnType.REVERSAL, text, rev);
            audited(actor, "account.reversal", before, record(r));
        }
        return rev;
    }

    public BankAccount freeze(long accountId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        reason = Validation.text(reason, "reason", 200, true);
        BankAccount a = lock(accountId);
        a.freeze();
        audit.record(actor, "account.freeze", "BankAccount", a.id(), Map.of("status", "ACTIVE"),
                Map.of("status", a.status().name(), "reason", String.valueOf(reason)));
        return a;
    }

    public BankAccount unfreeze(long accountId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        BankAccount a = lock(accountId);
        a.unfreeze();
        audit.record(actor, "account.unfreeze", "BankAccount", a.id(), Map.of("status", "FROZEN"),
                Map.of("status", a.status().name()));
        return a;
    }

    public BankAccount close(long accountId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        BankAccount a = lock(accountId);
        a.close(clock.today());
        audit.record(actor, "account.close", "BankAccount", a.id(), Map.of("status", "ACTIVE"),
                Map.of("status", a.status().name()));
        return a;
    }

    public BankAccount get(long accountId) {
        BankAccount a = em.find(BankAccount.class, accountId);
        if (a == null) {
            throw new NotFoundException("Account " + accountId + " not found");
        }
        return a;
    }

    public Optional<BankAccount> findByNumber(String accountNumber) {
        return em.createQuery("SELECT a FROM BankAccount a WHERE a.accountNumber = :n", BankAccount.class)
                .setParameter("n", accountNumber).getResultStream().findFirst();
    }

    public List<BankAccount> forCustomer(long customerId) {
        return em.createQuery("SELECT a FROM BankAccount a WHERE a.customer.id = :c ORDER BY a.id", BankAccount.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The account's statement lines between two business dates (inclusive), oldest first. */
    public List<AccountTransaction> transactions(long accountId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        SELECT t FROM AccountTransaction t WHERE t.account.id = :a
                        AND t.txnDate BETWEEN :from AND :to ORDER BY t.id""", AccountTransaction.class)
                .setParameter("a", accountId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    // --- for other services posting to an account inside their own transaction ---

    /** Locks the account row for the rest of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BankAccount lock(long accountId) {
        BankAccount a = em.find(BankAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Account " + accountId + " not found");
        }
        return a;
    }

    /**
     * Locks many accounts in one statement, in id order, in the caller's transaction (a nightly chunk); a later
     * {@link #lock} of one of them in the same transaction finds it locked and asks the database nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<BankAccount> lockAll(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM BankAccount a WHERE a.id IN :ids ORDER BY a.id", BankAccount.class)
                .setParameter("ids", Set.copyOf(accountIds)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AccountTransaction record(AccountTransaction txn) {
        em.persist(txn);
        return txn;
    }

    private AccountTransaction audited(Actor actor, String action, Money before, AccountTransaction t) {
        audit.record(actor, action, "BankAccount", t.account().id(), Map.of("balance", before.toString()),
                Map.of("balance", t.balanceAfter().toString(), "amount", t.amount().toString(),
                        "journalEntry", t.journalEntry().id()));
        return t;
    }

    /** Narrations go into 255-character columns with the masked account number added: 200 is the limit. */
    private static String narrationOr(String narration, String fallback) {
        String t = Validation.text(narration, "narration", 200, false);
        return t == null ? fallback : t;
    }
}

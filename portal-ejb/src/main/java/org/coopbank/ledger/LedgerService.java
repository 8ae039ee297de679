package org.coopbank.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * Posts balanced journal entries. Always called inside the caller's transaction (MANDATORY), so an entry is
 * written together with the subledger rows and balances it explains, or not at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LedgerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Event<MoneyPosted> posted;

    /** The entry that reversed {@code entryId}, if any (an entry is reversed at most once: unique in the database). */
    public java.util.Optional<JournalEntry> reversalOf(long entryId) {
        return em.createQuery("SELECT e FROM JournalEntry e WHERE e.reversalOf.id = :id", JournalEntry.class)
                .setParameter("id", entryId).getResultStream().findFirst();
    }

    public JournalEntry get(long entryId) {
        JournalEntry e = em.find(JournalEntry.class, entryId);
        if (e == null) {
            throw new org.coopbank.shared.NotFoundException("Journal entry " + entryId + " not found");
        }
        return e;
    }

    public JournalEntry post(Posting posting, Actor actor) {
        if (posting.lines().size() < 2) {
            throw new UnbalancedPostingException("A journal entry needs at least two lines");
        }
        if (!posting.totalDebits().equals(posting.totalCredits())) {
            throw new UnbalancedPostingException("Debits " + posting.totalDebits() + " differ from credits "
                    + posting.totalCredits() + " for " + posting.eventType());
        }
        JournalEntry entry = new JournalEntry(posting.eventType(), clock.today(), clock.now(), posting.branch(),
                posting.narration(), posting.reference(), actor.toString());
        for (Posting.Line line : posting.lines()) {
            if (line.debit().isNegative() || line.credit().isNegative()) {
                throw new UnbalancedPostingException("Negative amount on a journal line");
            }
            entry.addLine(em.getReference(GlAccount.class, line.gl().code()), line.branch(), line.debit(), line.credit());
        }
        if (posting.reversalOf() != null) {
            entry.markReversalOf(posting.reversalOf());
        }
        em.persist(entry);
        posted.fire(new MoneyPosted(entry.id(), entry.eventType(), entry.entryDate(), entry.totalDebits(),
                Set.copyOf(posting.accountIds()), entry.reference(), entry.postedBy()));
        return entry;
    }
}

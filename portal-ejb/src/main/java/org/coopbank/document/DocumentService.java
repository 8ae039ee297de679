package org.coopbank.document;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.coopbank.account.AccountTransaction;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.staff.StaffRole;

/** Receipts of counter transactions as PDF, for the cashier to print or hand over. */
@Stateless
@Interceptors(InputGuard.class)
public class DocumentService {

    @PersistenceContext
    EntityManager em;

    /** The receipt of journal entry {@code entryId}: only entries that moved a customer account have one. */
    public ReceiptView receipt(long entryId, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER, StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        JournalEntry e = em.find(JournalEntry.class, entryId);
        if (e == null) {
            throw new NotFoundException("Journal entry " + entryId + " not found");
        }
        List<AccountTransaction> txns = em.createQuery("""
                        SELECT t FROM AccountTransaction t JOIN FETCH t.account
                        WHERE t.journalEntry.id = :e ORDER BY t.id""", AccountTransaction.class)
                .setParameter("e", entryId).getResultList();
        if (txns.isEmpty()) {
            throw new InvalidStateException("Journal entry " + entryId + " moved no customer account: it has no receipt");
        }
        List<ReceiptView.Line> lines = txns.stream().map(t -> new ReceiptView.Line(t.account().customer().fullName(),
                AccountNumbers.mask(t.account().accountNumber()), t.account().type().name(), t.direction().name(),
                t.amount(), t.balanceAfter())).toList();
        return new ReceiptView(e.id(), e.entryDate(), e.postedAt(), e.eventType().name(), AccountNumbers.maskInText(e.narration()),
                e.branch().code() + " " + e.branch().name(), e.postedBy(), lines);
    }

    /** Writes the receipt of {@code entryId} as PDF to {@code out}. */
    public void writeReceipt(long entryId, OutputStream out, Actor actor) throws IOException {
        ReceiptPdf.write(receipt(entryId, actor), out);
    }
}

package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.branch.BranchService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.Money;

/**
 * Records one settlement of the gateway's report, each in its own transaction: posted once (1100 bank by the net amount,
 * 5200 gateway charges by fee + tax, 1200 gateway clearing by the gross: one balanced entry, written with its
 * {@link GatewaySettlement} row), or flagged once ({@link GatewaySettlementFlag}) when its amounts do not add up or are
 * more than 1200 holds. "Once" is decided by the unique keys on (gateway, reference), (gateway, utr) and the flag's
 * (gateway, settlement id): a second recording, concurrent or later, imported or typed in, fails them and rolls back
 * whole ({@link DuplicateException}). The reads before are only for a clearer answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SettlementPosting {

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    BranchService branches;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** The outcome of recording one settlement, with the reason when it was flagged. */
    public record Result(SettlementImportResult.Outcome outcome, String detail) {
        static Result of(SettlementImportResult.Outcome o) {
            return new Result(o, null);
        }
    }

    public Result record(String gateway, GatewaySettlementReport r, Actor actor) {
        if (recorded(gateway, r.id()) || (r.utr() != null && recorded(gateway, r.utr()))) {
            return Result.of(SettlementImportResult.Outcome.ALREADY_RECORDED);
        }
        if (!em.createQuery("SELECT f.id FROM GatewaySettlementFlag f WHERE f.gateway = :g AND f.settlementId = :id", Long.class)
                .setParameter("g", gateway).setParameter("id", r.id()).getResultList().isEmpty()) {
            return Result.of(SettlementImportResult.Outcome.ALREADY_FLAGGED);
        }
        String problem = r.problem();
        if (problem == null) {
            Money clearing = clearingBalance(em);
            if (r.gross().isGreaterThan(clearing)) {
                problem = "gross " + r.gross() + " is more than the gateway clearing account holds (" + clearing + ")";
            }
        }
        if (problem != null) {
            flag(gateway, r, problem, actor);
            return new Result(SettlementImportResult.Outcome.FLAGGED, problem);
        }
        JournalEntry entry = ledger.post(Posting.of(EventType.GATEWAY_SETTLEMENT, branches.headOffice(),
                        "Gateway settlement " + r.id() + (r.utr() == null ? "" : " UTR " + r.utr()))
                .debit(GlCode.BANK_SETTLEMENT, r.net()).debit(GlCode.GATEWAY_CHARGES, r.charges())
                .credit(GlCode.GATEWAY_CLEARING, r.gross()).reference(r.id()), actor);
        GatewaySettlement s = new GatewaySettlement(gateway, r, entry.id(), actor.toString(), clock.now());
        em.persist(s);
        try {
            em.flush(); // the unique keys decide when two record the same settlement at once
        } catch (PersistenceException ex) {
            throw new DuplicateException("Settlement " + r.id() + " was already recorded");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("settlement", r.id());
        after.put("utr", String.valueOf(r.utr()));
        after.put("gross", r.gross().toString());
        after.put("fees", r.fees().toString());
        after.put("tax", r.tax().toString());
        after.put("net", r.net().toString());
        after.put("journalEntry", entry.id());
        audit.record(actor, "payment.settlement-imported", "GatewaySettlement", s.id(), null, after);
        return Result.of(SettlementImportResult.Outcome.POSTED);
    }

    private void flag(String gateway, GatewaySettlementReport r, String reason, Actor actor) {
        GatewaySettlementFlag f = new GatewaySettlementFlag(gateway, r, reason, actor.toString(), clock.now());
        em.persist(f);
        try {
            em.flush();
        } catch (PersistenceException ex) {
            throw new DuplicateException("Settlement " + r.id() + " was already flagged");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("settlement", r.id());
        after.put("reason", f.reason());
        audit.record(actor, "payment.settlement-flagged", "GatewaySettlementFlag", f.id(), null, after);
    }

    private boolean recorded(String gateway, String key) {
        return !em.createQuery("""
                        SELECT s.id FROM GatewaySettlement s WHERE s.gateway = :g AND (s.reference = :k OR s.utr = :k)""",
                Long.class).setParameter("g", gateway).setParameter("k", key).getResultList().isEmpty();
    }

    /** 1200 gateway clearing's balance (debits minus credits). */
    static Money clearingBalance(EntityManager em) {
        Object n = em.createNativeQuery("SELECT COALESCE(SUM(debit - credit), 0) FROM journal_line WHERE gl_code = '"
                + GlCode.GATEWAY_CLEARING.code() + "'").getSingleResult();
        return Money.of(n instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(n)));
    }
}

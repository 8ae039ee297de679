package org.coopbank.admin.clerk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.shared.Money;
import org.coopbank.statement.StatementCheck;
import org.coopbank.statement.StatementService;

/**
 * {@code /admin/clerk/statement-check}: staff type what a printed statement shows (account as printed, period,
 * closing balance, verification code) and learn whether it is genuine. Clerks, managers and accountants.
 */
@Named
@RequestScoped
public class StatementCheckBacking {

    @Inject
    StatementService statements;

    @Inject
    CurrentStaff current;

    private String account;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal closing;
    private String code;
    private StatementCheck result;

    public void check() {
        result = statements.verify(current.actor(), account, from, to, closing, code);
    }

    public StatementCheck getResult() {
        return result;
    }

    /** Genuine, but the books now show another closing balance (lines posted to its last day after it was made). */
    public boolean isBooksDiffer() {
        return result != null && result.genuine() && !result.booksAgree(Money.of(closing));
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getClosing() {
        return closing;
    }

    public void setClosing(BigDecimal closing) {
        this.closing = closing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

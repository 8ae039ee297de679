package org.coopbank.standing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.shared.Money;

/**
 * The last thing the nightly job did with an instruction, read back from the outcome it recorded with the item's key
 * ({@link StandingInstructionService#execute} writes "paid X", "paid X of Y", "nothing due",
 * "transfers N[, missed M], next D", "stopped", "paused", "loan STATUS"). {@code paid} and {@code due} are set for an EMI;
 * {@code done} and {@code missed} count a transfer's occurrences. An outcome of another shape is {@link Result#OTHER}.
 */
public record LastRun(LocalDate on, Result result, Money paid, Money due, int done, int missed) implements Serializable {

    public enum Result {
        /** everything due was paid, or every transfer made */
        DONE,
        /** an EMI partly paid (the balance allowed no more), or some transfers made and some missed */
        PART,
        /** nothing paid or moved: the balance (or the account's state) did not allow it */
        NOT_DONE,
        /** an EMI auto-debit found nothing due */
        NOTHING_DUE,
        OTHER
    }

    private static final Pattern PAID = Pattern.compile("paid (\\d+\\.\\d{2})(?: of (\\d+\\.\\d{2}))?");
    private static final Pattern TRANSFERS = Pattern.compile("transfers (\\d+)(?:, missed (\\d+))?, next .*");

    public static LastRun of(LocalDate on, String outcome) {
        String o = outcome == null ? "" : outcome.trim();
        Matcher m = PAID.matcher(o);
        if (m.matches()) {
            Money paid = Money.of(m.group(1));
            if (m.group(2) == null) {
                return new LastRun(on, Result.DONE, paid, paid, 0, 0);
            }
            return new LastRun(on, paid.isPositive() ? Result.PART : Result.NOT_DONE, paid, Money.of(m.group(2)), 0, 0);
        }
        m = TRANSFERS.matcher(o);
        if (m.matches()) {
            int done = Integer.parseInt(m.group(1));
            int missed = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            Result r = missed == 0 ? Result.DONE : done == 0 ? Result.NOT_DONE : Result.PART;
            return new LastRun(on, r, null, null, done, missed);
        }
        if (o.equals("nothing due")) {
            return new LastRun(on, Result.NOTHING_DUE, null, null, 0, 0);
        }
        return new LastRun(on, Result.OTHER, null, null, 0, 0);
    }
}

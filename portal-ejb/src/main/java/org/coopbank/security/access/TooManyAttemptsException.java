package org.coopbank.security.access;

import org.coopbank.security.Verdict;
import org.coopbank.shared.BusinessException;

/** Refusal code {@code too-many-attempts}: the mobile or the client address is backing off or locked; nothing was checked or sent. */
public class TooManyAttemptsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(Verdict verdict, boolean sending) {
        super("too-many-attempts", sending && verdict.status() == Verdict.Status.BACK_OFF
                ? "Too many codes were asked for. Try again in " + verdict.retryAfterSeconds() + " seconds."
                : verdict.message());
        this.retryAfterSeconds = verdict.retryAfterSeconds();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

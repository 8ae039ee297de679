package org.coopbank.security.access;

import org.coopbank.security.Verdict;
import org.coopbank.shared.BusinessException;

/**
 * Refusal code {@code invalid-code}: the code is wrong, expired, used, superseded, or was never sent to that mobile.
 * One text for all of these, so the answer never tells whether a mobile is registered; when the failure started a
 * back-off or a lock, the text says for how long.
 */
public class InvalidCodeException extends BusinessException {

    public static final String MESSAGE = "The code is not correct or has expired.";

    public InvalidCodeException(Verdict next) {
        super("invalid-code", next.allowed() ? MESSAGE : MESSAGE + " " + next.message());
    }
}

package org.coopbank.ledger;

import org.coopbank.shared.BusinessException;

/** A posting whose debits and credits differ, or that has fewer than two lines: a programming error, refused. */
public class UnbalancedPostingException extends BusinessException {

    public UnbalancedPostingException(String message) {
        super("unbalanced-posting", message);
    }
}

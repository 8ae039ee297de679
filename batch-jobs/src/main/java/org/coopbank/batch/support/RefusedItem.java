package org.coopbank.batch.support;

import java.io.Serializable;
import org.coopbank.shared.InvalidStateException;

/** An item the reader found the job would refuse (e.g. an FD whose linked account is frozen), with the reason. */
public record RefusedItem(long id, String reason) implements Serializable {

    /**
     * The processor's answer to a refused item: thrown from the processor itself (no EJB call, so no transaction is
     * marked for rollback), a skippable business exception; the job's skip count shows it and the listener logs it.
     */
    public InvalidStateException skip() {
        return new InvalidStateException(reason);
    }

    @Override
    public String toString() {
        return id + " (" + reason + ")";
    }
}

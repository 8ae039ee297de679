package org.coopbank.batch.support;

import java.io.Serializable;

/** What a processor did with one item (handed to the writer, which logs it). */
public record ItemResult(long id, String outcome) implements Serializable {
}

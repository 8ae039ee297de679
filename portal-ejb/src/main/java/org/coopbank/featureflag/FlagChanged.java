package org.coopbank.featureflag;

/** CDI event: a flag was switched; the cache drops its copy once the transaction has ended. */
public record FlagChanged(String key) {
}

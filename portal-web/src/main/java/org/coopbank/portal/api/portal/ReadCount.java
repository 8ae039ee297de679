package org.coopbank.portal.api.portal;

/** How many alerts were marked read. */
public record ReadCount(int marked) {
}

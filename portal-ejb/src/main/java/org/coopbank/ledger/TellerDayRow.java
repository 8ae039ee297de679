package org.coopbank.ledger;

import org.coopbank.shared.Money;

/** One kind of counter transaction of a teller's day: how many, cash received, cash paid out (read model). */
public record TellerDayRow(String eventType, long count, Money cashIn, Money cashOut) {
}

package org.coopbank.account;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/** An account as lists show it (read model). Staff screens show the full number; customer outputs mask it. */
public record AccountRow(Long id, String accountNumber, AccountType type, AccountStatus status, Money balance,
                         LocalDate openedOn, Long customerId, String holderName) {
}

package org.coopbank.selfservice;

import java.time.LocalDate;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.AccountType;
import org.coopbank.shared.Money;

/** One of the customer's accounts, number masked (read model of the portal and the API). */
public record MyAccount(Long id, String maskedNumber, AccountType type, AccountStatus status, Money balance,
                        LocalDate openedOn) {
}

package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.notification.Notification;
import org.coopbank.notification.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A committed posting alerts the customer through the JMS queue into the outbox, with the account masked. */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(NotificationIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    TestData data;

    @Test
    void deposit_alertsTheCustomer_maskedAndDelivered() throws Exception {
        BankAccount a = data.savingsWith("Alert Me", "0");
        AccountTransaction t = accounts.deposit(a.id(), new BigDecimal("1500.00"), "Cash at counter", TestData.CASHIER);
        String key = "posting-" + t.journalEntry().id() + "-" + a.id();
        Notification n = awaitSent(key);
        assertEquals(Notification.Channel.EMAIL, n.channel());
        assertTrue(n.subject().contains(a.maskedNumber()) && n.subject().contains("INR 1,500.00"), n.subject());
        assertTrue(n.body().contains("Available balance: INR 1,500.00"), n.body());
        assertFalse(n.subject().contains(a.accountNumber()) || n.body().contains(a.accountNumber()),
                "the full account number never appears in an alert");
    }

    @Test
    void transfer_alertsBothSides() throws Exception {
        BankAccount from = data.savingsWith("Alert From", "500.00");
        BankAccount to = data.savingsWith("Alert To", "0");
        AccountTransaction t = accounts.transfer(from.id(), to.id(), new BigDecimal("200"), "Gift", TestData.CASHIER);
        assertTrue(awaitSent("posting-" + t.journalEntry().id() + "-" + from.id()).subject().contains("debited"));
        assertTrue(awaitSent("posting-" + t.journalEntry().id() + "-" + to.id()).subject().contains("credited"));
    }

    @Test
    void queueingTheSameKeyTwice_keepsOneAlert() {
        BankAccount a = data.savingsWith("Alert Once", "0");
        Notification first = notifications.queue(a.customer(), "test-once-" + a.id(), "Hello", "Body");
        Notification again = notifications.queue(a.customer(), "test-once-" + a.id(), "Hello again", "Other body");
        assertEquals(first.id(), again.id());
    }

    private Notification awaitSent(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Notification> n = notifications.findByDedupeKey(key);
            if (n.isPresent() && n.get().status() == Notification.Status.SENT) {
                return n.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("alert " + key + " was not delivered within 10 s: "
                + notifications.findByDedupeKey(key).map(Notification::status).orElse(null));
    }
}

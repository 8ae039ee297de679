package org.coopbank.portal.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;
import org.coopbank.payment.MyPayment;
import org.coopbank.payment.PaymentService;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.shared.BusinessClock;

/** {@code /portal/payments}: the customer's online payments with their status, newest first. */
@Named
@RequestScoped
public class PaymentsBacking {

    @Inject
    PaymentService payments;

    @Inject
    CurrentCustomer me;

    private List<MyPayment> list;

    public List<MyPayment> getList() {
        if (list == null) {
            list = payments.mine(me.actor());
        }
        return list;
    }

    /** An instant as the bank's local date and time (Asia/Kolkata). */
    public LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, BusinessClock.ZONE);
    }
}

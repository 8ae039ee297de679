package org.coopbank.portal.payment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.coopbank.payment.EmiChoice;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.portal.web.RouteId;

/**
 * "Pay EMI" on {@code /portal/loans/{id}}: the customer picks the next instalment, everything overdue or a part; the
 * server computes the amount and starts the payment, then the checkout page opens (Razorpay Checkout, or the
 * simulated gateway's page).
 */
@Named
@ViewScoped
public class PayEmiBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentService payments;

    @Inject
    transient PaymentGateways gateways;

    @Inject
    transient CurrentCustomer me;

    private long loanId;
    private EmiChoice choice = EmiChoice.NEXT;
    private BigDecimal amount;

    @PostConstruct
    void load() {
        loanId = RouteId.get();
    }

    public String pay() {
        long id = payments.payEmi(me.actor(), loanId, choice, choice == EmiChoice.PART ? amount : null).paymentId();
        return "/portal/checkout?faces-redirect=true&payment=" + id;
    }

    public boolean isAvailable() {
        return true; // both gateways have a browser checkout (Razorpay Checkout, or the simulated one)
    }

    public EmiChoice getChoice() {
        return choice;
    }

    public void setChoice(EmiChoice choice) {
        this.choice = choice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}

package org.coopbank.payout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.SimulatedGateway.SignedWebhook;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * SIMULATED PAYOUT GATEWAY: no money leaves the bank. The embedded default, so payouts run offline and in the demo.
 * It answers like RazorpayX (ids {@code cont_sim_}, {@code fa_sim_}, {@code pout_sim_}; the same idempotency key
 * returns the same payout) and, a moment after a payout is asked for, delivers a correctly signed webhook in
 * RazorpayX's JSON shape to our own webhook endpoint, signed with the simulated payment gateway's secret (so it needs
 * {@code COOPBANK_PAYMENT_GATEWAY=simulated}): {@code payout.processed}, or {@code payout.reversed} when the
 * beneficiary account number ends in {@code 0000} (the simulated beneficiary bank returns those), so a reversal can
 * be seen too. Kept in memory: a restart forgets payouts not yet processed (ask again with the same key).
 */
public class SimulatedPayoutGateway implements PayoutGateway {

    public static final String NAME = "simulated";
    /** Account numbers ending in this are returned by the simulated beneficiary bank. */
    public static final String RETURNED_SUFFIX = "0000";
    private static final Logger LOG = Logger.getLogger(SimulatedPayoutGateway.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final UnaryOperator<String> signer;
    private final ScheduledExecutorService scheduler;
    private final String webhookUrl;
    private final long delayMillis;
    private final Map<String, Created> byKey = new ConcurrentHashMap<>();
    private final Map<String, String> fundAccountNumbers = new ConcurrentHashMap<>();

    SimulatedPayoutGateway(UnaryOperator<String> signer, ScheduledExecutorService scheduler, String webhookUrl,
                           long delayMillis) {
        this.signer = signer;
        this.scheduler = scheduler;
        this.webhookUrl = webhookUrl;
        this.delayMillis = delayMillis;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String createContact(String name, String referenceId) {
        return "cont_sim_" + randomId(14);
    }

    @Override
    public String createFundAccount(String contactId, String holderName, String ifsc, String accountNumber) {
        String id = "fa_sim_" + randomId(14);
        fundAccountNumbers.put(id, accountNumber);
        return id;
    }

    @Override
    public Created createPayout(String fundAccountId, long amountPaise, String currency, String mode, String referenceId,
                                String narration, String idempotencyKey) {
        return byKey.computeIfAbsent(idempotencyKey, k -> {
            Created c = new Created("pout_sim_" + randomId(14), "processing");
            String number = fundAccountNumbers.getOrDefault(fundAccountId, "");
            String event = number.endsWith(RETURNED_SUFFIX) ? "payout.reversed" : "payout.processed";
            SignedWebhook w = webhook(event, c.id(), referenceId, fundAccountId, amountPaise, currency, mode);
            scheduler.schedule(() -> deliver(w), delayMillis, TimeUnit.MILLISECONDS);
            return c;
        });
    }

    /** A payout webhook in RazorpayX's shape, signed over the exact body (tests send their own too). */
    public SignedWebhook webhook(String event, String payoutId, String referenceId, String fundAccountId,
                                 long amountPaise, String currency, String mode) {
        long now = Instant.now().getEpochSecond();
        String status = event.substring(event.indexOf('.') + 1);
        JSONObject payout = new JSONObject().put("id", payoutId).put("entity", "payout")
                .put("fund_account_id", fundAccountId).put("amount", amountPaise).put("currency", currency)
                .put("fees", 0).put("tax", 0).put("status", status).put("mode", mode).put("purpose", "payout")
                .put("reference_id", referenceId).put("created_at", now)
                .put("utr", status.equals("processed") ? "SIMUTR" + randomId(10).toUpperCase(java.util.Locale.ROOT) : JSONObject.NULL);
        if (!status.equals("processed")) {
            payout.put("status_details", new JSONObject().put("source", "beneficiary_bank")
                    .put("reason", "beneficiary_bank_rejected")
                    .put("description", "Returned by the beneficiary bank (simulated)"));
        }
        String body = new JSONObject().put("entity", "event").put("account_id", "acc_simulated").put("event", event)
                .put("contains", new JSONArray().put("payout"))
                .put("payload", new JSONObject().put("payout", new JSONObject().put("entity", payout)))
                .put("created_at", now).toString();
        return new SignedWebhook("evt_sim_" + randomId(16), body, signer.apply(body));
    }

    private void deliver(SignedWebhook w) {
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").header("X-Razorpay-Signature", w.signature())
                            .header("X-Razorpay-Event-Id", w.eventId())
                            .POST(HttpRequest.BodyPublishers.ofString(w.body())).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                LOG.warning(() -> "Simulated payout webhook " + w.eventId() + " answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Simulated payout webhook " + w.eventId() + " not delivered to " + webhookUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String randomId(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}

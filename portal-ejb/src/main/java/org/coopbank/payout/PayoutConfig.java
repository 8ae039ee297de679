package org.coopbank.payout;

import java.util.Locale;

/**
 * Payout settings, from a system property or an environment variable of the same name (never the repository):
 * <ul>
 * <li>{@code COOPBANK_PAYOUT_GATEWAY}: {@code simulated} (default) or {@code razorpayx};</li>
 * <li>{@code COOPBANK_RAZORPAYX_BASE_URL} (default {@code https://api.razorpay.com/v1}),
 * {@code COOPBANK_RAZORPAYX_ACCOUNT_NUMBER} (the bank's RazorpayX account the money leaves from), and the API key
 * {@code COOPBANK_RAZORPAY_KEY_ID} / {@code COOPBANK_RAZORPAY_KEY_SECRET} (the same keys as payments);</li>
 * <li>{@code COOPBANK_PAYOUT_MODE}: {@code IMPS} (default) or {@code NEFT};</li>
 * <li>{@code COOPBANK_SIMULATED_WEBHOOK_URL}: where the simulated payout gateway delivers its webhooks (default this
 * server's own {@code http://127.0.0.1:<http port>/api/webhooks/razorpay}).</li>
 * </ul>
 */
final class PayoutConfig {

    static final String MODE = "COOPBANK_PAYOUT_GATEWAY";
    static final String BASE_URL = "COOPBANK_RAZORPAYX_BASE_URL";
    static final String ACCOUNT_NUMBER = "COOPBANK_RAZORPAYX_ACCOUNT_NUMBER";
    static final String KEY_ID = "COOPBANK_RAZORPAY_KEY_ID";
    static final String KEY_SECRET = "COOPBANK_RAZORPAY_KEY_SECRET";
    static final String TRANSFER_MODE = "COOPBANK_PAYOUT_MODE";
    static final String SIMULATED_WEBHOOK_URL = "COOPBANK_SIMULATED_WEBHOOK_URL";
    static final String DEFAULT_BASE_URL = "https://api.razorpay.com/v1";

    private PayoutConfig() {
    }

    static String gateway() {
        String m = value(MODE);
        return m == null ? SimulatedPayoutGateway.NAME : m.toLowerCase(Locale.ROOT);
    }

    static String transferMode() {
        String m = value(TRANSFER_MODE);
        m = m == null ? "IMPS" : m.toUpperCase(Locale.ROOT);
        if (!m.equals("IMPS") && !m.equals("NEFT")) {
            throw new IllegalStateException(TRANSFER_MODE + " must be IMPS or NEFT, not " + m);
        }
        return m;
    }

    static String simulatedWebhookUrl() {
        String url = value(SIMULATED_WEBHOOK_URL);
        if (url != null) {
            return url;
        }
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port + "/api/webhooks/razorpay";
    }

    static String value(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(String name) {
        String v = value(name);
        if (v == null) {
            throw new PayoutGatewayException(name + " is not set", false);
        }
        return v;
    }
}

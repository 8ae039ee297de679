package org.coopbank.security.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@code COOPBANK_SMS_MODE=http}: posts {@code {"to":"<mobile>","text":"<text>"}} as JSON to {@code COOPBANK_SMS_URL}
 * with {@code Authorization: Bearer <COOPBANK_SMS_API_KEY>} (system properties {@code coopbank.sms.url} and
 * {@code coopbank.sms.api-key} win over the environment; neither is ever in the repository). The post happens only
 * after the caller's transaction commits (a refused request sends nothing), on the server's managed executor, so the
 * provider's latency never shows in the caller's response time (an unknown mobile sends nothing and must not answer
 * faster). A post that fails for a passing reason (no connection, a time-out, HTTP 429 or 5xx) is tried again after 2
 * and 8 seconds (three tries in all, well inside a code's five minutes); a refusal (another 4xx) is not. Each failure
 * is logged with the masked number, never the text.
 */
@ApplicationScoped
@Typed(HttpSmsSender.class)
public class HttpSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(HttpSmsSender.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Seconds before each further try after a passing failure. */
    static final long[] RETRY_AFTER_SECONDS = {2, 8};

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void send(String mobile, String text) {
        String url = setting("coopbank.sms.url", "COOPBANK_SMS_URL");
        String key = setting("coopbank.sms.api-key", "COOPBANK_SMS_API_KEY");
        if (url == null || key == null) {
            throw new IllegalStateException("COOPBANK_SMS_MODE=http needs COOPBANK_SMS_URL and COOPBANK_SMS_API_KEY");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json(mobile, text))).build();
        Runnable post = () -> post(request, mobile, 0);
        if (transactions.getTransactionKey() == null) {
            executor.execute(post);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(post);
                }
            }
        });
    }

    private void post(HttpRequest request, String mobile, int attempt) {
        String failure;
        try {
            HttpResponse<Void> r = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 == 2) {
                return;
            }
            String to = Secrets.maskMobile(mobile);
            if (!isPassing(r.statusCode())) {
                LOG.warning("SMS to " + to + " refused by the provider: HTTP " + r.statusCode());
                return;
            }
            failure = "HTTP " + r.statusCode();
        } catch (java.io.IOException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt < RETRY_AFTER_SECONDS.length) {
            long delay = RETRY_AFTER_SECONDS[attempt];
            LOG.warning("SMS to " + Secrets.maskMobile(mobile) + " not sent (" + failure + "): trying again in "
                    + delay + " s");
            scheduler.schedule(() -> post(request, mobile, attempt + 1), delay, TimeUnit.SECONDS);
        } else {
            LOG.warning("SMS to " + Secrets.maskMobile(mobile) + " not sent after " + (attempt + 1) + " tries ("
                    + failure + "); the customer can ask for a new code");
        }
    }

    /** Worth another try: too many requests, or the provider's own failure. */
    static boolean isPassing(int status) {
        return status == 429 || status / 100 == 5;
    }

    static String json(String mobile, String text) {
        return "{\"to\":" + quote(mobile) + ",\"text\":" + quote(text) + "}";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }
}

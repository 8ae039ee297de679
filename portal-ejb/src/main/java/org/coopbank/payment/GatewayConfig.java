package org.coopbank.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Gateway settings, read where the server's other secrets are read: a system property or an environment variable of
 * the same name (never the repository, the database or a log).
 * <ul>
 * <li>{@code COOPBANK_PAYMENT_GATEWAY}: {@code simulated} (default) or {@code razorpay} (also the system property
 * {@code coopbank.payment.gateway} that server.cli writes).</li>
 * <li>{@code COOPBANK_RAZORPAY_KEY_ID}, {@code COOPBANK_RAZORPAY_KEY_SECRET}, {@code COOPBANK_RAZORPAY_WEBHOOK_SECRET}.</li>
 * <li>{@code COOPBANK_SIMULATED_GATEWAY_SECRET}: the simulated gateway's signing secret (at least 32 characters);
 * without it one is generated once into {@code standalone/data/coopbank/simulated-gateway.key} (owner-only).</li>
 * </ul>
 */
final class GatewayConfig {

    static final String MODE = "COOPBANK_PAYMENT_GATEWAY";
    static final String RAZORPAY_KEY_ID = "COOPBANK_RAZORPAY_KEY_ID";
    static final String RAZORPAY_KEY_SECRET = "COOPBANK_RAZORPAY_KEY_SECRET";
    static final String RAZORPAY_WEBHOOK_SECRET = "COOPBANK_RAZORPAY_WEBHOOK_SECRET";
    static final String SIMULATED_SECRET = "COOPBANK_SIMULATED_GATEWAY_SECRET";

    private static final Logger LOG = Logger.getLogger(GatewayConfig.class.getName());

    private GatewayConfig() {
    }

    static String mode() {
        String m = value(MODE);
        if (m == null) {
            m = System.getProperty("coopbank.payment.gateway");
        }
        return m == null || m.isBlank() ? SimulatedGateway.NAME : m.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The system property, else the environment variable, of that name; null when neither is set. */
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
            throw new GatewayUnavailableException(name + " is not set");
        }
        return v;
    }

    static String simulatedSecret() {
        String configured = value(SIMULATED_SECRET);
        if (configured != null) {
            if (configured.length() < 32) {
                throw new IllegalStateException(SIMULATED_SECRET + " is too short: it needs at least 32 characters");
            }
            return configured;
        }
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir == null) {
            throw new IllegalStateException(SIMULATED_SECRET + " is not set and there is no server data directory");
        }
        return generatedOnce(Path.of(dataDir, "coopbank", "simulated-gateway.key"));
    }

    private static String generatedOnce(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                Path tmp = Files.createTempFile(file.getParent(), "simulated-gateway", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not POSIX: the data directory's own protection applies
                }
                Files.writeString(tmp, HexFormat.of().formatHex(raw));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                    LOG.info(() -> "No " + SIMULATED_SECRET + " set: generated the simulated gateway's signing secret in " + file);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}

package org.coopbank.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings the server decides, as system properties written by the CLI scripts in {@code server/cli}
 * (each from an environment variable with a default): which database, whether demo data loads, mail mode.
 */
@ApplicationScoped
public class RuntimeSettings {

    public String database() {
        return System.getProperty("coopbank.database", "h2");
    }

    public boolean demoDataEnabled() {
        return Boolean.parseBoolean(System.getProperty("coopbank.demo-data", "false"));
    }

    public String mailMode() {
        return System.getProperty("coopbank.mail.mode", "outbox");
    }
}

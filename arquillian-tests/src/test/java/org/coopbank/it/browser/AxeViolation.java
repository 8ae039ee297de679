package org.coopbank.it.browser;

import java.util.List;

/** One axe-core rule a page breaks, with the elements that break it. */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<String> nodes) {

    public boolean isSeriousOrCritical() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    public String describe() {
        return "[" + impact + "] " + id + ": " + help + " (" + helpUrl + ")\n    " + String.join("\n    ", nodes);
    }
}

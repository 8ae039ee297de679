package org.coopbank.ledger;

/** A GL account of the chart, for pickers (read model). */
public record GlAccountRow(String code, String name, GlAccount.Type type) {

    public String label() {
        return code + " " + name;
    }
}

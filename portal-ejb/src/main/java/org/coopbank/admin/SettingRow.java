package org.coopbank.admin;


/** A row of the superadmin's screens (read model). */
public record SettingRow(String key, String value, String description) {
}

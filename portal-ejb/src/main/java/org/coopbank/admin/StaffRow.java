package org.coopbank.admin;


/** A staff user as the list shows it; roles joined by ", ". */
public record StaffRow(Long id, String username, String fullName, String branch, boolean enabled, boolean mustChangePassword, String roles) {
}

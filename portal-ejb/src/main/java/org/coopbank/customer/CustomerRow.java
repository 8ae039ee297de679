package org.coopbank.customer;

/** A customer as lists show it (read model, built by a query, never an entity handed to a page). */
public record CustomerRow(Long id, String customerNumber, String fullName, String mobile, CustomerStatus status,
                          String branchCode) {
}

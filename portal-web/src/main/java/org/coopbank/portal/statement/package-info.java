/**
 * Statements in the portal: the PDF download of the signed-in customer's own account for a period
 * ({@code /portal/statements/download}); the rules are {@link org.coopbank.statement.StatementService}'s.
 */
package org.coopbank.portal.statement;

/**
 * Documents the bank hands to customers, made with iText 9 (AGPL: see the README): counter receipts now, statements
 * with the portal. Every account number on them is masked (XXXX1234). The PDF is written straight to the response's
 * stream, never held whole in memory.
 */
package org.coopbank.document;

/**
 * Fixed deposits: opened from a customer's account at the rate card's rate for the tenure, closed on maturity at
 * the maturity amount or prematurely at the rate for the period actually run minus the premature-closure penalty
 * (never below zero). Interest maths lives in {@link org.coopbank.deposit.FdCalculator}. The fixed-deposits
 * control account (2100) equals the principal of all ACTIVE deposits.
 */
package org.coopbank.deposit;

/**
 * Value types and cross-cutting rules used by every feature: {@link org.coopbank.shared.Money} (INR at paise
 * precision, HALF_UP at named points), the {@link org.coopbank.shared.BusinessClock} (Asia/Kolkata, pinnable for
 * tests and batch runs), the {@link org.coopbank.shared.Actor} passed to every service call, and the
 * {@link org.coopbank.shared.BusinessException} hierarchy (rollback application exceptions).
 */
package org.coopbank.shared;

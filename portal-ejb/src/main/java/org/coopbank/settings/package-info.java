/** Bank-wide settings kept in the database (grace days, penal rate, premature-closure penalty, savings rate). */
package org.coopbank.settings;

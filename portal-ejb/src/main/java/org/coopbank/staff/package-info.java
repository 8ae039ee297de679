/**
 * Staff users of the intranet and their roles (superadmin, manager, clerk, cashier, accountant). A staff user may
 * hold several roles. The staff realm (Elytron jdbc-realm {@code staffRealm}) reads {@code staff_user} and
 * {@code staff_user_role} directly; customers live in another table and another realm.
 */
package org.coopbank.staff;

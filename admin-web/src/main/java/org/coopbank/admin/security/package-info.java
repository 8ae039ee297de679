/**
 * Staff sign-in. The WAR's security domain is {@code staff} (Elytron {@code staffSD}, reading {@code staff_user}
 * and {@code staff_user_role}), so customer credentials are unknown here by construction. Roles are checked by the
 * web tier (security constraints per area); services receive the signed-in user as the {@code Actor}.
 */
package org.coopbank.admin.security;

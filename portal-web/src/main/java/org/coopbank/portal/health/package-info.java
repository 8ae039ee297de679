/** MicroProfile Health checks (readiness: the database). */
package org.coopbank.portal.health;

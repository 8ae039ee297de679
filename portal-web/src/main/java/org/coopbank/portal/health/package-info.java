/**
 * Application health on the public port: {@code /health}, {@code /health/ready} (the database) and
 * {@code /health/live}, in the MicroProfile Health JSON shape. WildFly's own {@code /health} on the management port
 * (9990) reports the server and the deployment; it does not collect checks from an EAR's subdeployments, so the
 * database check lives here.
 */
package org.coopbank.portal.health;

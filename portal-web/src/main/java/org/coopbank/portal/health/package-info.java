/**
 * Application health on the public port: {@code /health}, {@code /health/ready} (the database) and
 * {@code /health/live}, answering only {@code {"status":"UP"}} or {@code {"status":"DOWN"}}. WildFly's own {@code /health} on the management port
 * (9990) reports the server and the deployment; it does not collect checks from an EAR's subdeployments, so the
 * database check lives here.
 */
package org.coopbank.portal.health;

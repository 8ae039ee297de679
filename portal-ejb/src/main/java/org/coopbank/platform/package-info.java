/**
 * Infrastructure of the EJB module: Flyway migrations run before Hibernate validates the schema
 * ({@link org.coopbank.platform.FlywayIntegrator}), the readiness check on the database, and the runtime
 * configuration read from system properties that the server's CLI scripts set.
 */
package org.coopbank.platform;

/**
 * The REST API at {@code /api}. Errors are RFC 9457 problem JSON with a status code, never a stack trace.
 * Customer endpoints ({@code /api/portal/*}, bearer tokens) arrive with the portal issue.
 */
package org.coopbank.portal.api;

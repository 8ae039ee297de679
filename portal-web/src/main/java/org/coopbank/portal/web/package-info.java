/**
 * The portal's web plumbing, once for every page: the layout's helper ({@code ui}), the converters that print money and
 * dates the Indian way, the routes of the detail pages ({@code /portal/accounts/{id}}, {@code /portal/loans/{id}}) and
 * the exception handler (a refusal becomes a message; someone else's or a missing id is a 404; anything else an
 * incident page with an id and no detail).
 */
package org.coopbank.portal.web;

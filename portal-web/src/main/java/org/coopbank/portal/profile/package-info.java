/** The customer's profile: e-mail, address, alternate phone and nominee, changed by the customer, validated, audited. */
package org.coopbank.portal.profile;

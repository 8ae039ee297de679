/** The signed-in customer's home page: their own accounts, masked, nothing else. */
package org.coopbank.portal.dashboard;

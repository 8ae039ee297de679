/** Account statements: the customer picks an account and a period; the PDF is streamed for their own account only. */
package org.coopbank.portal.statement;

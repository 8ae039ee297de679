package org.coopbank.portal.api.portal;

/** What a customer may change on their profile; the service validates each field (errors name the field). */
public record ProfileChange(String email, String address, String alternatePhone, String nomineeName,
                            String nomineeRelation) {
}

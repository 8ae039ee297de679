package org.coopbank.selfservice;

/** The customer's own profile: what they may change here (e-mail, address, alternate phone, nominee) and the rest. */
public record MyProfile(String customerNumber, String fullName, String mobile, String email, String address,
                        String alternatePhone, String nomineeName, String nomineeRelation, String branchName) {
}

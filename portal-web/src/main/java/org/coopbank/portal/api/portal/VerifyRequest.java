package org.coopbank.portal.api.portal;

/** The checkout's success callback: Razorpay's three fields, as its checkout hands them to the page. */
public record VerifyRequest(String razorpayOrderId, String razorpayPaymentId, String razorpaySignature) {
}

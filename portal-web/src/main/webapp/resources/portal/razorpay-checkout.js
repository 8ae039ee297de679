/* Razorpay Checkout on /portal/checkout (only rendered when Razorpay is the gateway). The options come from
   #rzp-options (key id, order id, amount in paise, currency, name, description, prefill); on success Razorpay's
   payment id, order id and signature go into the page's JSF form, which the server checks (HMAC-SHA256 of
   order_id|payment_id with the key secret) before anything is settled. Closing the window or a failed attempt only
   shows a message: the payment stays open and can be tried again. */
(function () {
    var o = document.getElementById('rzp-options');
    var button = document.getElementById('rzp-pay');
    var status = document.getElementById('rzp-status');
    if (!o || !button) { return; }
    var d = o.dataset;
    function say(text, isError) {
        status.textContent = text;
        status.className = isError ? 'msg-error' : 'msg-info';
    }
    function field(name) { return document.getElementById('rzp:' + name); }
    button.addEventListener('click', function () {
        if (typeof window.Razorpay !== 'function') { say(d.msgUnavailable, true); return; }
        var checkout = new window.Razorpay({
            key: d.key,
            order_id: d.order,
            amount: Number(d.amount),
            currency: d.currency,
            name: d.name,
            description: d.description,
            prefill: { name: d.prefillName, email: d.prefillEmail, contact: d.prefillContact },
            handler: function (r) {
                field('orderId').value = r.razorpay_order_id;
                field('paymentId').value = r.razorpay_payment_id;
                field('signature').value = r.razorpay_signature;
                button.disabled = true;
                say(d.msgConfirming, false);
                field('confirm').click();
            },
            modal: { ondismiss: function () { say(d.msgDismissed, true); } }
        });
        checkout.on('payment.failed', function (r) {
            var reason = r && r.error && r.error.description ? ' (' + r.error.description + ')' : '';
            say(d.msgFailed + reason, true);
        });
        checkout.open();
    });
})();

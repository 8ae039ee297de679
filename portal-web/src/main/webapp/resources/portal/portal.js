/* The portal's own script: the idle warning and the menu on phones. */
/* Idle warning: the session ends after 10 minutes without a request. After 9 minutes the customer is asked whether to
   stay; "Stay signed in" makes a request that keeps the session, "Sign out now" signs out (POST). Without an answer
   the page goes to the sign-in page when the session has ended. */
(function () {
    var dialog = document.getElementById('idle-warning');
    if (!dialog || typeof dialog.showModal !== 'function') { return; }
    var WARN_AFTER = 9 * 60 * 1000, END_AFTER = 10 * 60 * 1000, warnTimer, endTimer;
    function schedule() {
        clearTimeout(warnTimer); clearTimeout(endTimer);
        warnTimer = setTimeout(function () { if (!dialog.open) { dialog.showModal(); } }, WARN_AFTER);
        endTimer = setTimeout(function () { window.location.href = dialog.dataset.login; }, END_AFTER);
    }
    document.getElementById('idle-stay').addEventListener('click', function () {
        fetch(dialog.dataset.keepalive, { method: 'POST', credentials: 'same-origin' }).then(function (r) {
            if (r.ok) { dialog.close(); schedule(); } else { window.location.href = dialog.dataset.login; }
        });
    });
    document.getElementById('idle-leave').addEventListener('click', function () {
        var f = document.createElement('form'); f.method = 'post'; f.action = dialog.dataset.logout;
        document.body.appendChild(f); f.submit();
    });
    schedule();
})();
/* On a phone the menu is one scrolling row: bring the current page's entry into view. */
(function () {
    var current = document.querySelector('.tabs [aria-current="page"]');
    if (current && current.scrollIntoView) { current.scrollIntoView({ block: 'nearest', inline: 'center' }); }
})();

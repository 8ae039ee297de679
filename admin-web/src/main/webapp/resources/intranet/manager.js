/* Moves keyboard focus to the confirmation after a queue button has re-rendered the form. */
function coopbankFocus(id) {
    var el = document.getElementById(id);
    if (el) {
        el.focus();
    }
}

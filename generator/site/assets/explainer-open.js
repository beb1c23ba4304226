// A URL fragment that names a record opens its full record: the closed disclosure
// (<details>) after the record's heading, or the one the named element is in. A file of the
// site's own, as the Content-Security-Policy allows (no inline script).
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var details = target.closest("details");
    if (!details) {
      var next = target.nextElementSibling;
      while (next && !/^H[1-6]$/.test(next.tagName)) {
        if (next.tagName === "DETAILS") { details = next; break; }
        next = next.nextElementSibling;
      }
    }
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openTarget);
  } else {
    openTarget();
  }
})();

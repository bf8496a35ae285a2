/* Jobmål embed helper: sizes every Jobmål iframe on the host page to its content.
   The app inside posts {"jobmaal-height": px}. A message is used only when it has exactly that
   shape, comes from the window of one of this page's iframes, and that iframe shows Jobmål
   from the same site as this script (its src and the message have this script's origin); the
   height is kept between 150 and 20,000 px. No dependencies. */
(function () {
  'use strict';
  var MIN = 150;
  var MAX = 20000;
  var script = document.currentScript;
  var jobmaal = originOf(script && script.src);

  function originOf(url) {
    try {
      return new URL(url, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!jobmaal || event.origin !== jobmaal) return;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    var keys = Object.keys(data);
    if (keys.length !== 1 || keys[0] !== 'jobmaal-height') return;
    var height = data['jobmaal-height'];
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (originOf(frames[i].src) !== jobmaal) return;
      frames[i].style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
      return;
    }
  });
})();

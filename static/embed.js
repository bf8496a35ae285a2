/* Jobmål embed helper: sizes every Jobmål iframe on the host page to its content.
   The app inside posts {"jobmaal-height": px}. A message is used only when it has exactly that
   shape, comes from the window of one of this page's iframes, and that iframe shows Jobmål
   from the same site as this script: the message has this script's origin, and the iframe's
   src is in this script's folder (on a host of many sites, like GitHub Pages, the others share
   the origin). The height is kept between 150 and 20,000 px. No dependencies. */
(function () {
  'use strict';
  var MIN = 150;
  var MAX = 20000;
  var script = document.currentScript;
  var folder = script && script.src ? resolve('.', script.src) : null;
  var jobmaal = folder && folder.origin;

  function resolve(url, base) {
    try {
      return new URL(url, base);
    } catch (e) {
      return null;
    }
  }

  function inFolder(url) {
    var address = resolve(url, location.href);
    return !!address && address.origin === jobmaal && address.pathname.indexOf(folder.pathname) === 0;
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
      if (!inFolder(frames[i].src)) return;
      frames[i].style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
      return;
    }
  });
})();

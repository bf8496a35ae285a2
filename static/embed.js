/* Jobmål embed helper: sizes every Jobmål iframe on the host page to its content.
   The app inside posts {"jobmaal-height": px}; a message is used only when it comes from the
   window of one of this page's own iframes and has exactly that shape. No dependencies. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var height = data['jobmaal-height'];
    if (typeof height !== 'number' || !(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();

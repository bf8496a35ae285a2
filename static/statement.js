// The accessibility statement: the municipality's contact from the address (`?kontakt=`, an
// e-mail address or an https address), set as text; otherwise the neutral sentence stays.
// Links back to the app and to the other language keep the address's query.
(function () {
  var q = new URLSearchParams(location.search);
  var contact = (q.get('kontakt') || '').trim().slice(0, 200);
  var href = null;
  if (/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(contact)) href = 'mailto:' + contact;
  else if (/^https:\/\/[^\s<>"]+$/i.test(contact)) href = contact;
  if (href) {
    var link = document.querySelector('[data-contact-link]');
    link.href = href;
    link.textContent = contact.replace(/^https:\/\//i, '');
    document.querySelector('[data-contact]').hidden = false;
    document.querySelector('[data-no-contact]').hidden = true;
  }
  var keep = q.has('kontakt') ? '?kontakt=' + encodeURIComponent(contact) : '';
  document.querySelectorAll('[data-keep-query]').forEach(function (a) {
    a.href = a.getAttribute('href') + keep;
  });
})();

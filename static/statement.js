// The accessibility statement: the municipality's contact from the address (`?kontakt=`, an
// e-mail address or an https address), set as text; otherwise the neutral sentence stays.
// Links back to the app and to the other language keep the address's query.
(function () {
  var q = new URLSearchParams(location.search);
  // Over 200 characters is refused, as the app refuses it, not cut to another address.
  var given = (q.get('kontakt') || '').trim();
  var contact = given.length <= 200 ? given : '';
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
  var keep = q.has('kontakt') ? '?kontakt=' + encodeURIComponent(given) : '';
  document.querySelectorAll('[data-keep-query]').forEach(function (a) {
    a.href = a.getAttribute('href') + keep;
  });
})();

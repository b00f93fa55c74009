// The outline editor without a reload per change: each form of the editor is sent with fetch as
// the browser would send it, and the page the server answers with (the editor after its
// redirect, with its message) replaces the editor in place. Without JavaScript the same forms
// post and redirect as usual. A link (edit an item, cancel) is fetched the same way.
(function () {
  'use strict';

  function editor() {
    return document.querySelector('[data-outline]');
  }

  function swap(html, focusId) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var fresh = page.querySelector('[data-outline]');
    var current = editor();
    if (!fresh || !current) {
      return false;
    }
    var container = current.parentNode;
    container.querySelectorAll(':scope > .alert').forEach(function (alert) { alert.remove(); });
    var alerts = fresh.parentNode ? fresh.parentNode.querySelectorAll(':scope > .alert') : [];
    alerts.forEach(function (alert) { container.insertBefore(document.importNode(alert, true), current); });
    current.replaceWith(document.importNode(fresh, true));
    var target = focusId && document.getElementById(focusId);
    if (target) {
      target.focus();
    }
    return true;
  }

  function send(url, options, focusId) {
    return fetch(url, options).then(function (response) {
      return response.text().then(function (html) {
        if (!response.ok || !swap(html, focusId)) {
          // Anything but the editor (a 403, 404 or 409 page): show it as the browser would.
          document.open();
          document.write(html);
          document.close();
        }
      });
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!editor() || !editor().contains(form) || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    var section = form.closest('.outline-section');
    var textarea = form.querySelector('textarea[id], input[type=text][id]');
    send(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' },
      textarea ? textarea.id : (section ? section.id : null));
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (!link || !editor() || !editor().contains(link) || link.closest('.breadcrumb')
        || link.pathname.indexOf('/outline') < 0 || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    send(link.href, { credentials: 'same-origin' }, null);
  });
})();

// Nothing typed is lost (ADR 0027): forms with data-draft-key keep a copy of what is typed in this
// browser's localStorage (per user and record), save it in the background to data-draft-url a few
// seconds after typing stops, and restore the copy on the next visit when the server did not get
// it (offline, signed out, the session expired). Evidence inputs with data-upload-url send their
// files one request each, with a progress bar. A warning before the session ends offers to go on.
(function () {
  'use strict';

  var QUIET_MS = 3000;
  var WARN_BEFORE_S = 180;

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  var texts = document.getElementById('draft-texts');
  function text(name) {
    return texts ? texts.getAttribute('data-' + name) || '' : '';
  }
  function format(template, value) {
    return template.replace('{0}', value);
  }
  function clock(date) {
    return ('0' + date.getHours()).slice(-2) + ':' + ('0' + date.getMinutes()).slice(-2);
  }
  var csrf = meta('parcomms-csrf');
  var csrfHeader = meta('parcomms-csrf-header') || 'X-CSRF-TOKEN';
  var user = meta('parcomms-user');

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ session warning
  var session = (function () {
    var seconds = parseInt(meta('parcomms-session-seconds'), 10);
    var dialog = document.getElementById('session-dialog');
    if (!dialog || !(seconds > 0)) {
      return { touch: function () {}, expired: function () {} };
    }
    var warnTimer = null;
    var endTimer = null;
    var endsAt = null;

    function show(state) {
      dialog.querySelector('[data-state="warning"]').hidden = state !== 'warning';
      dialog.querySelector('[data-state="expired"]').hidden = state !== 'expired';
      if (!dialog.open) {
        if (typeof dialog.showModal === 'function') {
          dialog.showModal();
        } else {
          dialog.setAttribute('open', '');
        }
      }
    }
    function close() {
      if (dialog.open && typeof dialog.close === 'function') {
        dialog.close();
      }
      dialog.removeAttribute('open');
    }
    function expired() {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      var link = document.getElementById('session-sign-in');
      var here = window.location.pathname + window.location.search;
      link.setAttribute('href', dialog.getAttribute('data-login-url') + '?expired&continue='
        + encodeURIComponent(here));
      show('expired');
    }
    function touch() {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      endsAt = new Date(Date.now() + seconds * 1000);
      warnTimer = window.setTimeout(function () {
        dialog.querySelector('.session-end').textContent = clock(endsAt);
        show('warning');
      }, Math.max(seconds - WARN_BEFORE_S, 1) * 1000);
      endTimer = window.setTimeout(expired, seconds * 1000);
      if (dialog.open && !dialog.querySelector('[data-state="warning"]').hidden) {
        close();
      }
    }
    document.getElementById('session-continue').addEventListener('click', function () {
      var headers = { 'Accept': 'application/json' };
      headers[csrfHeader] = csrf;
      fetch(dialog.getAttribute('data-ping-url'), {
        method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual'
      }).then(function (response) {
        if (response.status === 204) {
          touch();
          close();
        } else {
          expired();
        }
      }, expired);
    });
    document.getElementById('session-dismiss').addEventListener('click', close);
    touch();
    return { touch: touch, expired: expired };
  })();

  // ------------------------------------------------------------------ forms with a draft
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'version' && el.type !== 'file'
        && el.type !== 'submit' && el.type !== 'button' && el.type !== 'hidden';
    });
  }
  function valueOf(el) {
    if (el.type === 'checkbox' || el.type === 'radio') {
      return el.checked ? 'on' : '';
    }
    return el.value;
  }
  function setValue(el, value) {
    if (el.type === 'checkbox' || el.type === 'radio') {
      el.checked = value === 'on';
    } else {
      el.value = value;
    }
  }
  function snapshot(form) {
    var values = {};
    fields(form).forEach(function (el) {
      values[el.name] = valueOf(el);
    });
    return values;
  }
  function same(a, b) {
    var keys = Object.keys(a);
    for (var i = 0; i < keys.length; i++) {
      if (b[keys[i]] !== undefined && String(a[keys[i]]).trim() !== String(b[keys[i]]).trim()) {
        return false;
      }
    }
    return true;
  }

  function DraftForm(form) {
    var store = storage();
    var key = 'parcomms:draft:' + user + ':' + form.getAttribute('data-draft-key');
    var url = form.getAttribute('data-draft-url');
    var versionInput = form.querySelector('input[name="version"]');
    var status = document.createElement('p');
    status.className = 'draft-status small text-muted mb-2';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.id = 'draft-status';
    form.insertBefore(status, form.firstChild);
    var timer = null;
    var changes = 0;
    // The changes the server has (counted as in `changes`): what a returning connection must still send.
    var savedChanges = 0;
    // One background save at a time: each carries the version the previous one returned, so two
    // saves of the same typing never meet as if someone else had saved in between.
    var inFlight = false;
    var queued = false;
    var stopped = false;
    var original = snapshot(form);
    original.version = versionInput ? versionInput.value : null;

    function say(message, kind) {
      status.textContent = message;
      status.className = 'draft-status small mb-2 ' + (kind === 'warn' ? 'text-danger fw-semibold' : 'text-muted');
    }
    function keepLocally() {
      if (!store) {
        return;
      }
      try {
        store.setItem(key, JSON.stringify({
          at: new Date().toISOString(),
          version: versionInput ? versionInput.value : null,
          values: snapshot(form)
        }));
      } catch (e) {
        // A full storage keeps the server's copy only.
      }
    }
    function forget() {
      if (store) {
        store.removeItem(key);
      }
    }
    function saveNow() {
      window.clearTimeout(timer);
      timer = null;
      if (!url || stopped) {
        return;
      }
      if (inFlight) {
        queued = true;
        return;
      }
      if (!navigator.onLine) {
        say(text('local'), 'warn');
        return;
      }
      inFlight = true;
      var sent = changes;
      var body = new FormData(form);
      Array.prototype.forEach.call(form.querySelectorAll('input[type="file"]'), function (f) {
        if (f.name) {
          body.delete(f.name);
        }
      });
      body.delete('submitReport');
      body.delete('deleteFile');
      var headers = { 'Accept': 'application/json' };
      headers[csrfHeader] = csrf;
      say(text('saving'));
      fetch(url, { method: 'POST', body: body, headers: headers, credentials: 'same-origin', redirect: 'manual' })
        .then(function (response) {
          if (response.status === 200) {
            return response.json().then(function (json) {
              if (versionInput) {
                versionInput.value = json.version;
              }
              savedChanges = Math.max(savedChanges, sent);
              session.touch();
              say(json.message);
              if (sent === changes) {
                forget();
              } else {
                keepLocally();
              }
            });
          }
          if (response.status === 409 || response.status === 422) {
            return response.json().then(function (json) {
              if (response.status === 409) {
                // Someone else saved: the usual save shows both versions; nothing is overwritten here.
                stopped = true;
              }
              say(json.message, 'warn');
              keepLocally();
            });
          }
          if (response.status === 401 || response.type === 'opaqueredirect') {
            session.expired();
          }
          say(text('local'), 'warn');
          keepLocally();
        }, function () {
          say(text('local'), 'warn');
          keepLocally();
        })
        .then(afterSave, afterSave);
    }
    // The previous save has answered (with the version to send next): what was typed meanwhile goes now.
    function afterSave() {
      inFlight = false;
      if (queued) {
        queued = false;
        if (changes > savedChanges) {
          saveNow();
        }
      }
    }
    var restoring = false;
    function changed(event) {
      if (restoring || !event.target.name || event.target.type === 'file') {
        return;
      }
      changes++;
      keepLocally();
      if (url && !stopped) {
        window.clearTimeout(timer);
        timer = window.setTimeout(saveNow, QUIET_MS);
      }
    }
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', keepLocally);
    window.addEventListener('online', function () {
      if (changes > savedChanges && url && !stopped) {
        saveNow();
      }
    });

    // A copy the server did not get: put it back, say so, and offer to discard it.
    var raw = store ? store.getItem(key) : null;
    var copy = null;
    try {
      copy = raw ? JSON.parse(raw) : null;
    } catch (e) {
      copy = null;
    }
    if (copy && copy.values && !same(copy.values, original)) {
      // Put back, not yet sent: the user checks it, then saves or types on (or discards it).
      restoring = true;
      fields(form).forEach(function (el) {
        if (Object.prototype.hasOwnProperty.call(copy.values, el.name)) {
          setValue(el, copy.values[el.name]);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
      restoring = false;
      var stale = versionInput && copy.version !== null && String(copy.version) !== versionInput.value;
      if (stale) {
        // Typed on an older version: saving it must meet the other change, never replace it unseen.
        versionInput.value = copy.version;
      }
      var banner = document.createElement('div');
      banner.className = 'alert alert-warning d-flex flex-wrap align-items-center gap-2';
      banner.id = 'draft-restored';
      banner.setAttribute('role', 'status');
      var message = document.createElement('span');
      message.textContent = format(text(stale ? 'restored-stale' : 'restored'), clock(new Date(copy.at)));
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'btn btn-sm btn-outline-secondary';
      discard.id = 'draft-discard';
      discard.textContent = text('discard');
      discard.addEventListener('click', function () {
        window.clearTimeout(timer);
        forget();
        restoring = true;
        fields(form).forEach(function (el) {
          if (Object.prototype.hasOwnProperty.call(original, el.name)) {
            setValue(el, original[el.name]);
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }
        });
        restoring = false;
        if (versionInput) {
          versionInput.value = original.version;
        }
        window.clearTimeout(timer);
        changes = 0;
        forget();
        banner.remove();
        say(text('discarded'));
      });
      banner.appendChild(message);
      banner.appendChild(discard);
      form.insertBefore(banner, form.firstChild);
    } else if (copy) {
      forget();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-draft-key]'), function (form) {
    new DraftForm(form);
  });
  // A record no longer editable (submitted, issued) has no use for a copy typed into its form.
  Array.prototype.forEach.call(document.querySelectorAll('[data-draft-obsolete]'), function (el) {
    var store = storage();
    if (store) {
      store.removeItem('parcomms:draft:' + user + ':' + el.getAttribute('data-draft-obsolete'));
    }
  });

  // ------------------------------------------------------------------ evidence, one file a request
  function uploadAll(input) {
    var files = Array.prototype.slice.call(input.files);
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var list = document.getElementById(input.getAttribute('data-file-list'));
    var progressArea = document.createElement('div');
    progressArea.className = 'upload-progress mt-2';
    input.parentNode.appendChild(progressArea);
    input.disabled = true;

    function next(i) {
      if (i >= files.length) {
        input.value = '';
        input.disabled = false;
        return;
      }
      var file = files[i];
      var row = document.createElement('div');
      row.className = 'small mb-1';
      var label = document.createElement('div');
      label.textContent = format(text('uploading'), file.name);
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      bar.className = 'w-100';
      bar.setAttribute('aria-label', file.name);
      row.appendChild(label);
      row.appendChild(bar);
      progressArea.appendChild(row);
      function done(message, failed) {
        label.textContent = message;
        label.className = failed ? 'text-danger' : 'text-success';
        bar.remove();
        next(i + 1);
      }
      if (max && file.size > max) {
        done(format(text('upload-too-large'), file.name), true);
        return;
      }
      var body = new FormData();
      body.append('activityKey', input.getAttribute('data-activity'));
      body.append('file', file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', input.getAttribute('data-upload-url'));
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader(csrfHeader, csrf);
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round(100 * event.loaded / event.total);
        }
      });
      xhr.addEventListener('load', function () {
        var json = null;
        try {
          json = JSON.parse(xhr.responseText);
        } catch (e) {
          json = null;
        }
        if (xhr.status === 200 && json) {
          session.touch();
          bar.value = 100;
          if (list) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = json.url;
            link.textContent = json.fileName;
            item.appendChild(link);
            list.hidden = false;
            list.appendChild(item);
          }
          done(format(text('uploaded'), json.fileName), false);
        } else if (xhr.status === 413) {
          done(format(text('upload-too-large'), file.name), true);
        } else if (xhr.status === 401 || (xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0)) {
          session.expired();
          done(format(text('upload-failed'), file.name), true);
        } else {
          done(json && json.message ? json.message : format(text('upload-failed'), file.name), true);
        }
      });
      xhr.addEventListener('error', function () {
        done(format(text('upload-offline'), file.name), true);
      });
      xhr.send(body);
    }
    next(0);
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'file' && input.hasAttribute('data-upload-url') && input.files.length > 0) {
      uploadAll(input);
    }
  });
})();

// The activity form without round trips. A unit's search field becomes a combobox (ARIA 1.2: the
// list of matches appears as one types, the arrow keys move through it, Enter chooses, Escape
// closes), asking the server for at most a few units each time; the lead is set, a cooperator is
// added as a chip and removed with its ×; target rows are added and removed in place. Without
// JavaScript the same buttons post the form back and the server does each step, keeping what was typed.
(function () {
  'use strict';

  var form = document.getElementById('activity-form');
  if (!form) {
    return;
  }

  function format(text, value) {
    return (text || '').replace('{0}', value);
  }

  function picker(root) {
    var part = root.getAttribute('data-unit-picker');
    var input = root.querySelector('input[type=text]');
    var button = root.querySelector('[data-search-button]');
    var listId = input.id + '-options';
    var list = document.createElement('ul');
    var note = document.createElement('p');
    var status = document.createElement('div');
    var options = [];
    var active = -1;
    var asked = 0;
    var timer = null;

    list.id = listId;
    list.className = 'list-group unit-options';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', root.querySelector('label[for="' + input.id + '"]').textContent.trim());
    list.hidden = true;
    note.className = 'small text-muted mt-1 mb-0';
    note.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.parentNode.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', note);
    root.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    if (button) {
      button.hidden = true;
    }
    // The server's matches of a search made before the script ran are the same choice: left as they are.

    function close() {
      list.hidden = true;
      note.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (o, i) {
        o.classList.toggle('active', i === index);
        o.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(answer) {
      list.innerHTML = '';
      options = answer.units.map(function (unit, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.className = 'list-group-item list-group-item-action small';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-id', unit.id);
        li.setAttribute('data-name', unit.name);
        li.textContent = unit.path;
        list.appendChild(li);
        return li;
      });
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
      active = -1;
      var message = options.length === 0 ? root.getAttribute('data-text-none')
        : (answer.more ? root.getAttribute('data-text-more') : '');
      note.textContent = message;
      note.hidden = !message;
      status.textContent = options.length ? format(root.getAttribute('data-text-count'), options.length) : message;
    }

    function search() {
      var ticket = ++asked;
      var url = root.getAttribute('data-search-url') + '&q=' + encodeURIComponent(input.value);
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          // Only the answer to what is typed now: an earlier, slower one is dropped.
          if (answer && ticket === asked && document.activeElement === input) {
            show(answer);
          }
        })
        .catch(function () { /* offline: the list stays as it was */ });
    }

    function choose(option) {
      var id = option.getAttribute('data-id');
      var path = option.textContent;
      if (part === 'LEAD') {
        root.querySelector('input[data-picked]').value = id;
        root.querySelector('[data-chosen-path]').textContent = path;
        root.querySelector('[data-chosen]').hidden = false;
        root.querySelector('[data-chosen-none]').hidden = true;
      } else if (!root.querySelector('.unit-chips input[value="' + id + '"]')) {
        addChip(id, path);
      }
      input.classList.remove('is-invalid');
      root.querySelectorAll('.invalid-feedback').forEach(function (e) { e.remove(); });
      var matches = root.querySelector('section');
      if (matches) {
        matches.remove();
      }
      input.value = '';
      close();
      status.textContent = path;
      input.focus();
    }

    function addChip(id, path) {
      var chip = document.createElement('li');
      var hidden = document.createElement('input');
      var text = document.createElement('span');
      var remove = document.createElement('button');
      chip.className = 'unit-chip';
      hidden.type = 'hidden';
      hidden.name = 'cooperatorNodeIds';
      hidden.value = id;
      text.textContent = path;
      remove.type = 'submit';
      remove.name = 'removeCooperator';
      remove.value = id;
      remove.className = 'btn-close';
      remove.setAttribute('aria-label', format(root.getAttribute('data-text-remove'), path));
      chip.appendChild(hidden);
      chip.appendChild(text);
      chip.appendChild(remove);
      root.querySelector('.unit-chips').appendChild(chip);
      root.querySelector('[data-chips-none]').hidden = true;
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) {
          search();
          return;
        }
        var step = event.key === 'ArrowDown' ? 1 : -1;
        highlight((active + step + options.length) % options.length);
      } else if (event.key === 'Enter') {
        // Enter chooses, or searches now; it never sends the half-filled form.
        event.preventDefault();
        if (!list.hidden && active >= 0) {
          choose(options[active]);
        } else {
          window.clearTimeout(timer);
          search();
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });
    // mousedown keeps the focus in the field, so the list is still there when the click lands.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        choose(option);
      }
    });
    input.addEventListener('blur', function () { window.setTimeout(close, 150); });

    root.addEventListener('click', function (event) {
      var remove = event.target.closest('button[name=removeCooperator]');
      if (!remove) {
        return;
      }
      event.preventDefault();
      remove.closest('.unit-chip').remove();
      root.querySelector('[data-chips-none]').hidden = root.querySelector('.unit-chip') !== null;
      input.focus();
    });
  }

  function targets() {
    var fieldset = document.getElementById('targets');
    var rows = fieldset.querySelector('[data-target-rows]');
    var template = document.getElementById('target-row-template');
    var none = fieldset.querySelector('[data-targets-none]');

    // Rows are numbered 0, 1, 2… again after a removal, as the server binds them.
    function renumber() {
      rows.querySelectorAll('.target-row').forEach(function (row, i) {
        row.querySelectorAll('[name], [id], [for]').forEach(function (el) {
          ['name', 'id', 'for'].forEach(function (attribute) {
            var value = el.getAttribute(attribute);
            if (value) {
              el.setAttribute(attribute, value.replace(/targets\[\d+\]/, 'targets[' + i + ']')
                .replace(/^targets\d+\./, 'targets' + i + '.'));
            }
          });
        });
        var remove = row.querySelector('[data-remove-target]');
        remove.value = i;
        remove.setAttribute('aria-label', format(fieldset.getAttribute('data-text-remove'), i + 1));
        row.querySelector('label').textContent = format(fieldset.getAttribute('data-text-row'), i + 1);
      });
      none.hidden = rows.querySelector('.target-row') !== null;
    }

    fieldset.addEventListener('click', function (event) {
      var add = event.target.closest('[data-add-target]');
      var remove = event.target.closest('[data-remove-target]');
      if (add) {
        event.preventDefault();
        var index = rows.querySelectorAll('.target-row').length;
        var html = template.innerHTML.replace(/%IDX%/g, index).replace(/%NUM%/g, index + 1);
        rows.insertAdjacentHTML('beforeend', html);
        renumber();
        rows.lastElementChild.querySelector('select').focus();
      } else if (remove) {
        event.preventDefault();
        var row = remove.closest('.target-row');
        var next = row.nextElementSibling;
        row.remove();
        renumber();
        (next ? next.querySelector('select') : fieldset.querySelector('[data-add-target]')).focus();
      }
    });
  }

  form.querySelectorAll('[data-unit-picker]').forEach(picker);
  targets();
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();

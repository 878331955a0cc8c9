// The door-to-door page of a campaign, on an officer's phone with poor signal. Each door's form keeps what the
// officer typed (note, revisit date) in the phone's storage until the mark is sent, so a reload or a lost page
// loses nothing; a mark that cannot reach the server for want of signal waits on the phone, says so, and is sent
// again when the signal returns (the `online` event, or the next time the page opens). A door a colleague marked
// first answers 409: its message names them and the door shows their mark. Without script the forms post as usual.
// No inline script and nothing from outside: the Content Security Policy allows neither.
(function () {
  "use strict";
  var list = document.querySelector("[data-doors]");
  if (!list || !window.fetch || !window.localStorage || !window.URLSearchParams) {
    return;
  }
  var QUEUE = "lianyang:campaign-marks";
  var KEPT = ["note", "revisit_on"];
  var waiting = document.querySelector("[data-door-waiting]");
  var sending = false;

  function read(key, fallback) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key));
      return value === null ? fallback : value;
    } catch (error) {
      return fallback;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // Storage full or switched off: the form still posts, it only forgets across a reload.
    }
  }

  function stateKey(form) {
    return "lianyang:door:" + form.getAttribute("action");
  }

  function formOf(action) {
    var forms = list.querySelectorAll("form[data-door-form]");
    for (var i = 0; i < forms.length; i += 1) {
      if (forms[i].getAttribute("action") === action) {
        return forms[i];
      }
    }
    return null;
  }

  function say(form, texts, isError) {
    var box = form.querySelector("[data-door-said]");
    box.textContent = "";
    texts.forEach(function (text) {
      var line = document.createElement("p");
      line.textContent = text;
      box.appendChild(line);
    });
    box.classList.toggle("errorlist", Boolean(isError));
    box.setAttribute("role", isError ? "alert" : "status");
  }

  function showWaiting() {
    if (waiting) {
      waiting.hidden = read(QUEUE, []).length === 0;
    }
  }

  function keep(form) {
    var state = {};
    KEPT.forEach(function (name) {
      if (form.elements[name]) {
        state[name] = form.elements[name].value;
      }
    });
    write(stateKey(form), state);
  }

  function restore(form) {
    var state = read(stateKey(form), {});
    KEPT.forEach(function (name) {
      var input = form.elements[name];
      if (input && !input.value && state[name]) {
        input.value = state[name];
      }
    });
  }

  function showDoor(form, answer) {
    var door = form.closest("li");
    if (answer.label) {
      door.querySelector("[data-door-status]").textContent = answer.label;
      door.setAttribute("data-status", answer.status);
    }
    if (typeof answer.version === "number") {
      form.elements.version.value = String(answer.version);
    }
  }

  function marked(form, answer) {
    showDoor(form, answer);
    KEPT.forEach(function (name) {
      if (form.elements[name]) {
        form.elements[name].value = "";
      }
    });
    window.localStorage.removeItem(stateKey(form));
    say(form, [list.getAttribute("data-sent")], false);
  }

  // One mark to the server: resolves "done" (answered, whatever the answer) or "offline" (no signal, try later).
  function send(mark) {
    var form = formOf(mark.action);
    return window
      .fetch(mark.action, {
        method: "POST",
        body: new URLSearchParams(mark.fields),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
      .then(function (response) {
        if (response.status >= 500) {
          return "offline"; // a gateway that lost the server: as good as no signal
        }
        return response.json().then(
          function (answer) {
            if (form && response.ok) {
              marked(form, answer);
            } else if (form) {
              showDoor(form, answer);
              say(form, answer.errors || [list.getAttribute("data-failed")], true);
            }
            return "done";
          },
          function () {
            if (form) {
              say(form, [list.getAttribute("data-failed")], true);
            }
            return "done";
          }
        );
      })
      .catch(function () {
        return "offline";
      });
  }

  function queue(mark) {
    var marks = read(QUEUE, []).filter(function (queued) {
      return queued.action !== mark.action; // the door's latest mark replaces one still waiting
    });
    marks.push(mark);
    write(QUEUE, marks);
    showWaiting();
    var form = formOf(mark.action);
    if (form) {
      say(form, [list.getAttribute("data-queued")], false);
    }
  }

  function unqueue(mark) {
    write(
      QUEUE,
      read(QUEUE, []).filter(function (queued) {
        return queued.action !== mark.action || queued.at !== mark.at;
      })
    );
    showWaiting();
  }

  // The marks waiting on the phone, one after another, until one finds no signal.
  function flush() {
    var marks = read(QUEUE, []);
    if (sending || !marks.length) {
      showWaiting();
      return;
    }
    sending = true;
    var mark = marks[0];
    send(mark).then(function (outcome) {
      sending = false;
      if (outcome === "done") {
        unqueue(mark);
        flush();
      }
    });
  }

  list.addEventListener("input", function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute("data-door-form")) {
      keep(form);
    }
  });

  list.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-door-form")) {
      return;
    }
    event.preventDefault();
    var fields = [];
    new window.FormData(form).forEach(function (value, name) {
      fields.push([name, value]);
    });
    if (event.submitter && event.submitter.name) {
      fields.push([event.submitter.name, event.submitter.value]);
    }
    keep(form);
    var mark = { action: form.getAttribute("action"), fields: fields, at: Date.now() };
    send(mark).then(function (outcome) {
      if (outcome === "offline") {
        queue(mark);
      }
    });
  });

  list.querySelectorAll("form[data-door-form]").forEach(restore);
  window.addEventListener("online", flush);
  flush();
})();

// The copy buttons of the WeChat outbox: each copies the text of the element its data-copy names. No inline
// script: the Content Security Policy allows none. Without script the buttons stay hidden and the text can be
// selected by hand.
(function () {
  "use strict";
  function copied(button) {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-copied");
    window.setTimeout(function () { button.textContent = label; }, 2000);
  }

  function byHand(source) {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return document.execCommand && document.execCommand("copy");
  }

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    button.hidden = false;
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(function () { copied(button); }, function () {
          if (byHand(source)) { copied(button); }
        });
      } else if (byHand(source)) {
        copied(button);
      }
    });
  });
})();

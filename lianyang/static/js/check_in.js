// The door's camera scanner (staff check-in page): reads an enrolment's QR code with the browser's own
// BarcodeDetector where there is one, else with the vendored jsQR, puts the code in the form and sends it.
// No inline script and nothing from outside: the Content Security Policy allows neither.
(function () {
  "use strict";
  var panel = document.querySelector("[data-scanner]");
  if (!panel || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var form = document.getElementById(panel.getAttribute("data-form"));
  var input = form.querySelector("input[name=code]");
  var start = panel.querySelector("[data-scan-start]");
  var video = panel.querySelector("video");
  var status = panel.querySelector("[data-scan-status]");
  var canvas = document.createElement("canvas");
  var detector = "BarcodeDetector" in window ? new window.BarcodeDetector({ formats: ["qr_code"] }) : null;
  var stream = null;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.hidden = true;
  }

  function found(code) {
    stop();
    input.value = code;
    form.submit();
  }

  function readFrame() {
    if (!stream) {
      return;
    }
    if (video.readyState < 2) {
      window.requestAnimationFrame(readFrame);
      return;
    }
    if (detector) {
      detector.detect(video).then(function (codes) {
        if (codes.length) { found(codes[0].rawValue); } else { window.requestAnimationFrame(readFrame); }
      }, function () { window.requestAnimationFrame(readFrame); });
      return;
    }
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    var context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    var image = context.getImageData(0, 0, canvas.width, canvas.height);
    var result = window.jsQR ? window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" }) : null;
    if (result && result.data) { found(result.data); } else { window.requestAnimationFrame(readFrame); }
  }

  panel.hidden = false;
  start.addEventListener("click", function () {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (media) {
      stream = media;
      video.srcObject = media;
      video.hidden = false;
      status.textContent = status.getAttribute("data-scanning");
      video.play();
      window.requestAnimationFrame(readFrame);
    }, function () {
      status.textContent = status.getAttribute("data-refused");
    });
  });
})();

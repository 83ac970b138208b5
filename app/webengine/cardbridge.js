// Injected into the sign-in page after qwebchannel.js: offers the page
// window.cwCard.sign(challenge) -> Promise<{certificate, signature, algorithm} | {error}>
// (docs/decisions/004-sign-on.md) and announces itself with a "cwcardready" event.
(function () {
  if (window.cwCard || typeof qt === "undefined" || !qt.webChannelTransport) {
    return;
  }
  new QWebChannel(qt.webChannelTransport, function (channel) {
    var bridge = channel.objects.cwCardBridge;
    var pending = {};
    var nextId = 1;
    bridge.signatureReady.connect(function (requestId, result) {
      var resolve = pending[requestId];
      if (resolve) {
        delete pending[requestId];
        resolve(result);
      }
    });
    window.cwCard = Object.freeze({
      sign: function (challenge) {
        return new Promise(function (resolve) {
          var requestId = nextId++;
          pending[requestId] = resolve;
          bridge.sign(requestId, String(challenge));
        });
      },
    });
    window.dispatchEvent(new Event("cwcardready"));
  });
})();

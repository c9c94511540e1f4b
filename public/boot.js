// Starts the app once the page the server sent (prerendered, already readable and usable:
// its links and forms work without script) has been painted, so that downloading and
// running the app never delays the first paint.
(function () {
  var current = document.currentScript;
  var app = current && current.getAttribute('data-app');
  if (!app) return;
  function start() {
    var script = document.createElement('script');
    script.type = 'module';
    script.src = app;
    document.head.appendChild(script);
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})();

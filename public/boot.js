// Starts the app once the page the server sent (prerendered, already readable and usable:
// its links and forms work without script) has been painted, so that downloading and
// running the app never delays the first paint. A frame's callbacks run before its paint,
// hence two frames; the timer is a fallback where frames are not produced.
(function () {
  var current = document.currentScript;
  var app = current && current.getAttribute('data-app');
  if (!app) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.type = 'module';
    script.src = app;
    document.head.appendChild(script);
  }
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  });
  setTimeout(start, 2000);
})();

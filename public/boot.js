// Starts the app (and links the web app manifest, for installing it) once the page the server sent (prerendered, already readable and usable:
// its links and forms work without script) has been painted, so that downloading and
// running the app never competes with the first paint. The browser reports that paint
// (`first-contentful-paint`) only after it reached the screen; where it cannot, two frames
// (a frame's callbacks run before its paint). The timer is a fallback where nothing is
// painted (a tab opened in the background).
(function () {
  var current = document.currentScript;
  var app = current && current.getAttribute('data-app');
  if (!app) return;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var manifest = current.getAttribute('data-manifest');
    if (manifest) {
      var link = document.createElement('link');
      link.rel = 'manifest';
      link.href = manifest;
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.src = app;
    document.head.appendChild(script);
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') >= 0) {
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        setTimeout(start, 0);
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    });
  }
  setTimeout(start, 2000);
})();

// Starts the app, and links the manifest, once the prerendered page has been painted
// (served as is, not minified: the reasons are in vite.config.ts, startAfterFirstPaint).
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
  try {
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        setTimeout(start, 0);
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the timer below starts the app.
  }
  setTimeout(start, 2000);
})();

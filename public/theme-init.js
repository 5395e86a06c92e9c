// Runs before first paint (render-blocking on purpose) so the stored or system theme
// applies without a flash. An external file keeps the CSP free of inline script.
(function () {
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) {}
  var dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();

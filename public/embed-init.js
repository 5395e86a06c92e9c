// Embed pages: ?theme=light|dark overrides the system theme, ?bg=transparent drops the
// background. Anything else is ignored; nothing from the URL is written into the page.
(function () {
  var q = new URLSearchParams(location.search);
  var theme = q.get('theme');
  var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  var root = document.documentElement;
  root.dataset.theme = dark ? 'dark' : 'light';
  if (q.get('bg') === 'transparent') root.dataset.bg = 'transparent';
})();

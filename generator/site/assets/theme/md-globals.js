// What the theme's own inline <head> script does, from a file so that the
// Content-Security-Policy can forbid inline scripts: the four globals the theme's bundle
// reads (Material 9.8 and Zensical 0.0.73 define them alike), and Zensical's
// data-platform attribute (Material has none; it harms nothing there).
(() => {
  const scope = document.currentScript.dataset.mdScope || ".";
  let url = new URL(scope, location);
  if (!url.pathname.endsWith("/")) url = new URL(url.pathname + "/", location);
  window.__md_scope = url;
  window.__md_hash = (value) =>
    [...value].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
  window.__md_get = (key, storage = localStorage, base = window.__md_scope) =>
    JSON.parse(storage.getItem(base.pathname + "." + key));
  window.__md_set = (key, value, storage = localStorage, base = window.__md_scope) => {
    try {
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      // Storage full or forbidden: the theme works without remembering.
    }
  };
  document.documentElement.setAttribute("data-platform", navigator.platform);
})();

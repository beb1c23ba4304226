/*
 * Point Material's search at the Greek-aware worker (greek-search-worker.js).
 *
 * Loaded by overrides/main.html right after Material's #__config block and before
 * Material's bundle, which reads that block once when it starts. Material's own
 * worker URL (with its build hash) is read from the block and handed on to our
 * worker, so nothing here names a Material file and a Material upgrade that
 * renames its worker needs no change.
 */
(function () {
  "use strict";
  const configElement = document.getElementById("__config");
  const thisScript = document.currentScript;
  if (configElement === null || thisScript === null) return;

  let config;
  try {
    config = JSON.parse(configElement.textContent || "");
  } catch (error) {
    console.warn("[greek-search] Material's configuration is not JSON; search left as is", error);
    return;
  }
  if (typeof config.search !== "string" || config.search === "") return;

  const materialWorker = new URL(config.search, document.baseURI);
  const greekWorker = new URL("greek-search-worker.js", thisScript.src);
  greekWorker.searchParams.set("material", materialWorker.href);
  config.search = greekWorker.href;
  configElement.textContent = JSON.stringify(config);
})();

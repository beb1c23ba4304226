/*
 * Search worker that wraps Material's own search worker to make it Greek-aware.
 *
 * greek-search.js points Material at this file instead of Material's worker and
 * passes Material's worker URL as the `material` query parameter. This worker
 * loads Material's worker unchanged, then:
 *   - adds a folding step (accents, case, final sigma, edge punctuation) to the
 *     lunr index pipeline, so every indexed word is stored folded while its
 *     position still points at the original, accented text (snippets and
 *     highlighting stay Material's, on the original text);
 *   - rewrites each query the same way and adds Greek stems as extra prefix terms;
 *   - tidies results: added stems never show as "missing" terms, missing terms
 *     are shown as the reader typed them, and pages whose title names the query
 *     come first (see rankByTitle in greek-text.js).
 *
 * It relies on Material's worker message protocol (setup message with the index,
 * then string queries) and on lunr 2.x, which Material 9.x bundles. If either is
 * not what it expects, it hands everything to Material's worker untouched and
 * says so on the console, so search still works the way Material ships it, and
 * the browser tests (which search without accents) fail loudly.
 */
"use strict";

(function () {
  const LOG_PREFIX = "[greek-search]";
  const ownUrl = new URL(self.location.href);
  const materialWorkerUrl = new URL(ownUrl.searchParams.get("material") || "", ownUrl);

  /* Only ever load a worker from this site. */
  if (materialWorkerUrl.origin !== ownUrl.origin || !ownUrl.searchParams.get("material")) {
    throw new Error(`${LOG_PREFIX} no same-origin Material search worker given`);
  }

  /*
   * Material's worker resolves its language files (../lunr/...) against the
   * worker's own location; resolve them against Material's worker location so
   * that they load exactly as they would without this wrapper.
   */
  const nativeImportScripts = self.importScripts.bind(self);
  self.importScripts = (...urls) =>
    nativeImportScripts(...urls.map((url) => new URL(url, materialWorkerUrl).href));

  nativeImportScripts(new URL("greek-text.js", ownUrl).href);
  const { foldWord, expandQuery, rankByTitle } = self.greekSearchText;

  /* Capture the message listener Material's worker registers, to put ours in front. */
  let materialListener = null;
  const nativeAddEventListener = self.addEventListener.bind(self);
  self.addEventListener = (type, listener, options) => {
    if (type === "message" && materialListener === null) materialListener = listener;
    else nativeAddEventListener(type, listener, options);
  };
  try {
    nativeImportScripts(materialWorkerUrl.href);
  } finally {
    self.addEventListener = nativeAddEventListener;
  }
  if (materialListener === null && typeof self.onmessage === "function") {
    materialListener = self.onmessage;
    self.onmessage = null;
  }
  if (materialListener === null) {
    throw new Error(`${LOG_PREFIX} Material's search worker registered no message listener`);
  }

  const lunr = self.lunr;
  const canFold =
    typeof lunr === "function" &&
    typeof lunr.Builder === "function" &&
    typeof lunr.Pipeline === "function" &&
    /^2\./.test(String(lunr.version));
  if (!canFold) {
    console.warn(`${LOG_PREFIX} lunr 2.x not found in Material's worker; search is not Greek-aware`);
    nativeAddEventListener("message", materialListener);
    return;
  }

  /* Index side: fold every token. Returning nothing drops tokens that are only punctuation. */
  function foldToken(token) {
    const folded = foldWord(token.toString());
    return folded ? token.update(() => folded) : undefined;
  }
  lunr.Pipeline.registerFunction(foldToken, "greekFold");

  const foldingBuilders = new WeakSet();
  const originalAdd = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function (doc, attributes) {
    /* Material configures the pipeline before adding documents; join in last. */
    if (!foldingBuilders.has(this)) {
      foldingBuilders.add(this);
      this.pipeline.add(foldToken);
      this.searchPipeline.add(foldToken);
    }
    return originalAdd.call(this, doc, attributes);
  };

  /* Query side: the Greek stemmer Material ships, loaded next to Material's worker. */
  let greekStemmer = null;
  function loadGreekStemmer() {
    if (greekStemmer !== null) return;
    try {
      if (!lunr.stemmerSupport) self.importScripts("../lunr/min/lunr.stemmer.support.min.js");
      if (!lunr.el) self.importScripts("../lunr/min/lunr.el.min.js");
      greekStemmer = lunr.el.stemmer;
    } catch (error) {
      greekStemmer = undefined;
      console.warn(`${LOG_PREFIX} Greek stemmer not available; inflected forms won't match`, error);
    }
  }

  /* What the current query added, to tidy the result that answers it. */
  let currentQuery = { addedStems: [], stemOfWord: {}, typedForms: {} };

  function isQueryMessage(message) {
    return message !== null && typeof message === "object" && typeof message.data === "string";
  }

  function isResultMessage(message) {
    return (
      message !== null &&
      typeof message === "object" &&
      message.data !== null &&
      typeof message.data === "object" &&
      Array.isArray(message.data.items)
    );
  }

  /* Material lists unmatched query terms as "missing"; a word found through its stem is not. */
  function tidyTerms(terms) {
    if (terms === null || typeof terms !== "object") return terms;
    const { addedStems, stemOfWord, typedForms } = currentQuery;
    const tidy = {};
    for (const [term, matched] of Object.entries(terms)) {
      if (addedStems.includes(term)) continue;
      const stem = stemOfWord[term];
      tidy[typedForms[term] || term] = matched || (stem !== undefined && terms[stem] === true);
    }
    return tidy;
  }

  const nativePostMessage = self.postMessage.bind(self);
  self.postMessage = (message, ...rest) => {
    if (isResultMessage(message)) {
      for (const group of message.data.items)
        for (const item of group) item.terms = tidyTerms(item.terms);
      const queryWords = Object.keys(currentQuery.typedForms);
      message.data.items = rankByTitle(message.data.items, queryWords, currentQuery.stemOfWord);
    }
    return nativePostMessage(message, ...rest);
  };

  nativeAddEventListener("message", (event) => {
    let message = event.data;
    if (isQueryMessage(message)) {
      loadGreekStemmer();
      const expanded = expandQuery(message.data, greekStemmer);
      currentQuery = expanded;
      message = { ...message, data: expanded.query };
    }
    return materialListener.call(self, { data: message });
  });
})();

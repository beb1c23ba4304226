/*
 * Greek-aware text folding and query expansion for the site search.
 *
 * Pure functions, no DOM and no network: the search worker loads this file with
 * importScripts(), and the browser tests load it into a page to check it directly.
 *
 * Readers type Greek without accents and often in capitals, so every word in the
 * index and in a query is "folded": diacritics (tonos, dialytika, and Latin accents
 * too) are dropped, letters are lower-cased, and final sigma becomes σ. Inflected
 * forms (επιστολή / επιστολές) are found by adding the word's stem as an extra
 * prefix term to the query; the stem comes from the Greek stemmer that Material
 * already ships (lunr-languages' lunr.el), which only works on unaccented capitals,
 * which is why folding comes first.
 */
(function (scope) {
  "use strict";

  /* Characters that are neither letters nor digits, at either end of a word. */
  const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  const COMBINING_MARKS = /\p{M}+/gu;
  const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

  /* A stem shorter than this matches too many unrelated words to be worth adding. */
  const MIN_STEM_LENGTH = 3;

  /*
   * Greek function words (folded). A query term that is one of these is dropped
   * when the query has other words, since every query term is a prefix search and
   * «η» or «τα» would otherwise match half the site.
   */
  const GREEK_STOP_WORDS = new Set(
    (
      "ο η το οι τα του τησ των τον την τουσ τισ στο στη στην στον στα στουσ στισ " +
      "και κι να θα με σε για απο προσ ωσ οτι που πωσ δεν μην μη αν εαν ενω ειναι " +
      "ενα ενασ μια μιασ ενοσ αλλα"
    ).split(" ")
  );

  /** Lower-case, drop diacritics, and make final sigma a plain sigma. */
  function foldText(text) {
    return text
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .toLowerCase()
      .replace(/ς/g, "σ")
      .normalize("NFC");
  }

  /** Fold one indexed word and strip the punctuation glued to it («λέξη», → λεξη). */
  function foldWord(word) {
    return foldText(word).replace(EDGE_PUNCTUATION, "");
  }

  /**
   * The stem of a folded word, or "" when the stemmer gives nothing usable: the
   * stem must be a shorter prefix of the word, because queries are prefix searches.
   */
  function stemOf(foldedWord, stemmer) {
    if (typeof stemmer !== "function" || !/\p{Script=Greek}/u.test(foldedWord)) return "";
    const stem = foldText(String(stemmer(foldedWord)));
    const usable =
      stem.length >= MIN_STEM_LENGTH &&
      stem.length < foldedWord.length &&
      foldedWord.startsWith(stem);
    return usable ? stem : "";
  }

  /**
   * Rewrite a reader's query for an index of folded words.
   *
   * Returns the query to run (lunr syntax, as Material expects it), the stems that
   * were added and the stem of each folded word (so that results can count a word
   * found through its stem as found, and hide the stems themselves), and for each
   * folded word the word as the reader typed it.
   */
  function expandQuery(query, stemmer) {
    const typedWords = query.trim().split(/\s+/).filter(Boolean);
    const result = { query: "", addedStems: [], stemOfWord: {}, typedForms: {} };
    if (typedWords.length === 0) return result;

    /* Quoted phrases and lunr operators are left as typed, only folded. */
    if (query.includes('"')) {
      result.query = foldText(query);
      return result;
    }

    const plainWords = typedWords.filter((word) => PLAIN_WORD.test(word));
    const contentWords = plainWords.filter((word) => !GREEK_STOP_WORDS.has(foldText(word)));
    const dropStopWords = contentWords.length > 0;

    const terms = [];
    for (const typed of typedWords) {
      const folded = foldText(typed);
      if (!PLAIN_WORD.test(typed)) {
        terms.push(folded);
        continue;
      }
      if (dropStopWords && GREEK_STOP_WORDS.has(folded)) continue;
      terms.push(folded);
      /* A word the reader typed is never hidden as an "added stem". */
      result.addedStems = result.addedStems.filter((stem) => stem !== folded);
      result.typedForms[folded] = typed;
      const stem = stemOf(folded, stemmer);
      if (stem) result.stemOfWord[folded] = stem;
      if (stem && !terms.includes(stem)) {
        terms.push(stem);
        result.addedStems.push(stem);
      }
    }
    result.query = terms.join(" ");
    return result;
  }

  /** The folded words of a result title, which Material sends as HTML with <mark>s. */
  function titleWords(titleHtml) {
    const text = String(titleHtml)
      .replace(/<[^>]*>/g, "")
      .replace(/&(?:[a-z]+|#\d+);/gi, " ");
    return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /**
   * How well a title names what the reader asked for: null unless every query
   * word (or its stem) begins a word of the title; otherwise the share of the
   * title's words that the query accounts for («Ρωσία» for ρωσια: 1).
   */
  function titleCoverage(titleHtml, queryWords, stemOfWord) {
    if (queryWords.length === 0) return null;
    const words = titleWords(titleHtml);
    if (words.length === 0) return null;
    const matches = (word, queryWord) =>
      word.startsWith(queryWord) ||
      (stemOfWord[queryWord] !== undefined && word.startsWith(stemOfWord[queryWord]));
    if (!queryWords.every((queryWord) => words.some((word) => matches(word, queryWord))))
      return null;
    const named = words.filter((word) => queryWords.some((queryWord) => matches(word, queryWord)));
    return named.length / words.length;
  }

  /**
   * Put the pages whose title names the query first, best-named first, keeping
   * Material's order otherwise. Material ranks with lunr, which does not weigh
   * section length, so a long page that mentions «Ρωσία» often outranks the page
   * about Russia. Scores are raised to match the new order, because Material's
   * Enter key opens the result with the highest score.
   *
   * `groups` is Material's result: one array of items per page, each with a
   * `location`, a `title` and a `score`; the page's own item has no "#".
   */
  function rankByTitle(groups, queryWords, stemOfWord) {
    if (queryWords.length === 0 || groups.length < 2) return groups;
    const pageItem = (group) => group.find((item) => !item.location.includes("#")) || group[0];
    const ranked = groups
      .map((group, index) => ({
        group,
        index,
        coverage: titleCoverage(pageItem(group).title, queryWords, stemOfWord),
      }))
      .sort((a, b) => {
        const named = (b.coverage !== null) - (a.coverage !== null);
        if (named !== 0) return named;
        if (a.coverage !== b.coverage) return b.coverage - a.coverage;
        return a.index - b.index;
      })
      .map((entry) => entry.group);

    const topScore = (group) => Math.max(...group.map((item) => item.score));
    for (let i = ranked.length - 2; i >= 0; i--) {
      const needed = topScore(ranked[i + 1]);
      const current = topScore(ranked[i]);
      if (current > needed || current <= 0) continue;
      const factor = (needed * 1.01) / current;
      for (const item of ranked[i]) item.score *= factor;
    }
    return ranked;
  }

  scope.greekSearchText = {
    foldText,
    foldWord,
    stemOf,
    expandQuery,
    titleCoverage,
    rankByTitle,
    GREEK_STOP_WORDS,
  };
})(typeof self !== "undefined" ? self : globalThis);

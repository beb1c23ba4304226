// Pagefind's searchbox draws its own input, with an id made at run time: the visible
// label beside it (overrides/partials/explainer-search.html) is pointed at that input.
for (const search of document.querySelectorAll(".explainer-search")) {
  const label = search.querySelector(".explainer-search__label");
  const input = search.querySelector("pagefind-searchbox input");
  if (label && input) label.htmlFor = input.id;
}

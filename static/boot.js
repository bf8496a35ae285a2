// The boot script: the first script of every page, run before the app, at once. The page
// generator (src/bin/pages) writes it into the head of each page (minified in release builds by
// scripts/minify-js.mjs), with the page's hash in its policy; it is the same on every page, and
// what differs is in the page's data block, written just before it (`jobmaal-page`):
//   year, lang  the year and language of the Goals view rendered at build time;
//   pages       a pattern of the names of the pages of every year and language (`2019-en`);
//   home        the name of the page whose file is `./` (the default year in Danish);
//   fill        on the pages of other years and languages (`2019-en.html`): fill the address;
//   english     on English pages: the English texts' file;
//   later       the later views' stylesheet;
//   wasm        the app's wasm;
//   parts       the parts of the app's wasm with the views after the first (tools/split-wasm).
// What it does:
// - a page of another year or language opened without its year, language or view in the
//   address (`2019-en.html`): put them in, so the app shows what the page does;
// - embedded (?embed=1): hide the page chrome of the view rendered at build time;
// - when the address asks for another year or language than that view shows: hide that view,
//   and go to the page of that year and language (`2019-en.html`, or `./` for the default
//   page), whose goals show at once; if there is none (`?year=2017`), keep that view: the app
//   shows another year (the saved figures', or the default year, saying why);
// - with shared figures (#z=, or #s= as earlier versions wrote them), or another view, for the
//   year and language that view shows: keep it, and mark the places where the figures will
//   appear as loading (`linked`): those goals are the chosen year's, and the figures are still
//   to come; then have the browser compile the wasm while it reads the rest of the page: the
//   loader, at the end of the body, takes the compiled module (`jobmaalWasm`), or if that
//   failed (an old browser, a server sending the wasm as another type), a response to
//   instantiate as usual; for a view after the first (Figures, Gaps, …), request its part of
//   the app's code and its stylesheet too (`jobmaalStyle`); and, on a fast line (the wasm's
//   answer begins within 60 ms of its request), hold that view back for up to 250 ms while the
//   app's code arrives (`held`): there the figures follow at once, and laying out the goals
//   first would only delay them (the browser would lay out the page twice); the goals show
//   when the time is up, or if the app has not replaced them 2 s after its code was compiled.
//   On a slower line (a phone's) they show after those 60 ms: the app's code is far off;
// - on an English page: request the English texts, which the app waits for.
// Otherwise a script just before the loader requests the app's wasm (on the default page, its
// goals are parsed before that code arrives): it reads the classes of the root element from
// this script's global `c`, which says whether this script has requested it (`linked`) or
// goes to another page (`addressed`).
var c = document.documentElement.classList;
((data) => {
  var query = new URLSearchParams(location.search),
    shown = { year: data.year, lang: data.lang, view: "goals" },
    asked = (query.get("year") || shown.year) + "-" + (query.get("lang") || shown.lang),
    shared = /[#&][sz]=/.test(location.hash),
    preload = (href) => {
      var link = document.createElement("link");
      link.rel = "preload"; link.as = "fetch"; link.crossOrigin = ""; link.href = href;
      document.head.appendChild(link);
    },
    styled;
  // The later views' stylesheet, for the app to add with their part of its code (once; a
  // failed one is taken out, so that a retry asks afresh): resolves once it applies.
  window.jobmaalStyle = () =>
    styled = styled || new Promise((applied, failed) => {
      var link = document.createElement("link");
      link.rel = "stylesheet"; link.href = data.later; link.onload = applied;
      link.onerror = () => { link.remove(); styled = null; failed(); };
      document.head.appendChild(link);
    });
  // Not the year when the address brings shared figures: the app then takes theirs.
  if (data.fill) {
    var filled;
    for (var key in shown) if (!query.has(key) && !(key == "year" && shared)) { query.set(key, shown[key]); filled = 1; }
    if (filled) history.replaceState(null, "", "?" + query + location.hash);
  }
  if (query.get("embed") === "1") c.add("embedded");
  if (asked != data.year + "-" + data.lang) {
    if (RegExp(data.pages).test(asked)) {
      c.add("addressed");
      location.replace((asked == data.home ? "./" : asked + ".html") + location.search + location.hash);
    }
  } else {
    if (shared || query.has("view") && query.get("view") !== shown.view) c.add("linked");
    if (shared && query.get("embed") !== "1") c.add("shared");
    if (shown.lang === "en") preload(data.english);
  }
  if (c.contains("linked")) {
    var response = fetch(data.wasm);
    window.jobmaalWasm = WebAssembly.compileStreaming(response)
      .catch(() => fetch(data.wasm));
    var show = () => { c.remove("held"); }, wait = setTimeout(show, 250),
      slow = setTimeout(show, 60);
    c.add("held");
    response.then(() => { clearTimeout(slow); });
    jobmaalWasm.then(() => { clearTimeout(wait); setTimeout(show, 2000); });
    if (/^(figures|gaps|years|plan|share)$/.test(query.get("view"))) {
      data.parts.forEach(preload);
      jobmaalStyle().catch(() => {});
    }
  }
})(JSON.parse(document.getElementById("jobmaal-page").textContent));

// Jobmål's benchmark: size and speed of the release build in headless Chromium, with the CPU
// throttled 4× through the DevTools protocol, a cold cache (a new browser context per run) and
// the median of many runs, under two profiles:
//   desktop  the CPU throttled, the network as fast as loopback, files sent as they are;
//   mobile   the same CPU, and a phone's network (Lighthouse's "slow 4G": 150 ms round trip,
//            1.6 Mbit/s down, 675 kbit/s up), files sent gzipped as GitHub Pages sends them;
// side by side with two references built and measured in the same run:
//   floor           a static HTML page with the same text as the default Goals view;
//   framework floor a minimal Yew counter (bench/counter) built with the same toolchain,
//                   release profile and wasm-opt level;
//   earlier build   optionally (BENCH_EARLIER=path/to/its/dist), another build of the app, e.g.
//                   of the commit before a change, for the view switches and deep links, which
//                   have no other reference.
// It also reports, for each kind of page, what it downloads before its first view is usable
// and what later (the part of the app with the views after the first, `src/later.rs`).
// Run it with `bash scripts/dev.sh bench` (which builds the app and the counter first; the
// floor is written here).
import { access, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { craftedFragment, lejreFragment } from '../tests/support/links.mjs';
import { DEFAULT_PAGE_BUDGET, kb, transferSize } from '../tests/support/size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const COUNTER = join(ROOT, 'bench/counter/dist');
const FLOOR = join(ROOT, 'target/bench-floor');
const EARLIER = process.env.BENCH_EARLIER && resolve(process.env.BENCH_EARLIER);
const RUNS = Number(process.env.BENCH_RUNS ?? 61);
const MOBILE_RUNS = Number(process.env.BENCH_MOBILE_RUNS ?? 21);
/** A phone's network: Lighthouse's mobile profile ("slow 4G"). */
const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 675e3 / 8 };
const WARM_UP = 1;
const KEYSTROKES = 50;
const THROTTLE = 4;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The middle half of `xs` (25th to 75th percentile, nearest rank). */
const middleHalf = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil((3 * (s.length - 1)) / 4)]];
};

/**
 * Records, from before the page's first byte, when selectors first match (ms since navigation
 * start), and reports each on the console, so the benchmark learns of it without running any
 * script of its own in the page while it loads.
 */
function markWhen(marks) {
  window.__marks = {};
  window.addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
  // "Shown" marks count only once the stylesheet applies (it sets the body's margin to 0) and
  // the element is not hidden by it (a view rendered at build time may be).
  const shown = (el) => getComputedStyle(document.body).marginTop === '0px' && el.checkVisibility();
  const check = () => {
    if (!document.body) return;
    for (const [name, [selector, text, visible]] of Object.entries(marks)) {
      if (window.__marks[name] !== undefined) continue;
      const el = document.querySelector(selector);
      if (el && (!text || el.textContent.includes(text)) && (!visible || shown(el))) {
        window.__marks[name] = performance.now();
        console.debug('bench-mark', name, window.__marks[name]);
      }
    }
  };
  document.addEventListener('load', check, true);
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // data-ready: the app is up; class: a view held back (`held`) is shown.
    attributeFilter: ['data-ready', 'class'],
  });
}

async function newPage(browser, network) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  return { context, page };
}

/**
 * Time until `mark` in one cold load of `url`. The mark comes by a console message: polling
 * for it (`waitForFunction`) would evaluate Playwright's helper script in the page while it
 * loads, which under 4× throttling costs 100 ms of the page's main thread.
 */
async function loadTime(browser, { url, marks, mark }, network) {
  const { context, page } = await newPage(browser, network);
  await page.addInitScript(markWhen, marks);
  const marked = new Promise((resolve) => {
    page.on('console', (message) => {
      const [kind, name, time] = message.text().split(' ');
      if (kind === 'bench-mark' && name === mark) resolve(Number(time));
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${mark} on ${url}`)), 60000);
  });
  const time = await Promise.race([marked, timeout]).finally(() => clearTimeout(timer));
  await context.close();
  return time;
}

/**
 * Load times of each target over RUNS rounds. The targets take turns within a round, so a
 * slower or faster spell of the machine falls on all of them alike and the ratios hold. A first
 * round is not counted: the first loads in a new browser also pay for its own start-up (each
 * load still has a new context and no cache).
 */
async function timeToMarks(browser, targets, { runs = RUNS, network } = {}) {
  const times = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let i = -WARM_UP; i < runs; i++) {
    for (const [name, target] of Object.entries(targets)) {
      const time = await loadTime(browser, target, network);
      if (i >= 0) times[name].push(time);
    }
  }
  return times;
}

/** Writes the floor: the default Goals view's rendered page, as static HTML without scripts. */
async function buildFloor(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.goal').first().waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], meta[http-equiv]').forEach((e) => e.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await context.close();
  await rm(FLOOR, { recursive: true, force: true });
  await mkdir(FLOOR, { recursive: true });
  await writeFile(join(FLOOR, 'index.html'), html);
  for (const file of await readdir(DIST)) {
    if (file.endsWith('.css') || file.endsWith('.svg')) await cp(join(DIST, file), join(FLOOR, file));
  }
}

/** Median time from an input event on a figure to the dependent number shown, over 50 keys. */
async function keystroke(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.locator('input[name="public_support_fte"]').waitFor();
  const times = await page.evaluate(async (n) => {
    const input = document.querySelector('input[name="public_support_fte"]');
    const shown = () => document.querySelector('[data-indicator="public_support_share"] .group-result-value').textContent;
    const out = [];
    for (let i = 0; i < n; i++) {
      const value = String(2000 + 37 * (i + 1));
      const before = shown();
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1) }));
      await new Promise((done) => {
        if (shown() !== before) return done();
        const observer = new MutationObserver(() => {
          if (shown() !== before) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      out.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, KEYSTROKES);
  await context.close();
  return median(times);
}

/**
 * Time from a click on the Goals view's link (on the 2020 Figures view) to the Goals view
 * drawn: with a municipality just picked in the form as a user picks it (typed, then chosen with
 * the keyboard), its benchmark with it; with none picked, no benchmark. The benchmark's data
 * file is loaded first (a page of the same address opened before, with `?kommune=350`).
 */
async function pickSwitch(browser, base, picked) {
  const { context, page } = await newPage(browser);
  await page.goto(`${base}?year=2020&view=goals&kommune=350`);
  await page.waitForSelector('html[data-ready] section.benchmark table', { state: 'attached' });
  // That page named the document Lejre: the form starts empty, as a user's first does.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}?year=2020&view=figures`);
  await page.waitForSelector('html[data-ready] #figure-municipality');
  await page.waitForLoadState('networkidle');
  if (picked) {
    // Picking downloads the benchmark's data (this page has not yet): measured once it is here.
    const data = page.waitForResponse((response) => /\/benchmark-[0-9a-f]+\.txt$/.test(response.url()));
    await page.locator('#figure-municipality').pressSequentially(picked);
    // (Not timed: the suggestions are open before the arrow key chooses one, or Enter would
    // keep the typed text.)
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await data;
  }
  await page.waitForTimeout(500);
  // The view drawn, and the benchmark's table with it when there is a benchmark.
  const time = await clickToDrawn(page, 'Mål', ['.goals-view'], ['section.benchmark', 'section.benchmark table']);
  await context.close();
  return time;
}

/**
 * Time from a click on the views' link named `name` to the page holding every selector of
 * `present` (and, where `ifThere[0]` matches, `ifThere[1]` too), and the next frame drawn.
 */
function clickToDrawn(page, name, present, ifThere = []) {
  return page.evaluate(
    ([name, present, ifThere]) =>
      new Promise((resolve) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === name);
        const has = (selector) => document.querySelector(selector);
        const drawn = () => present.every(has) && (!ifThere.length || !has(ifThere[0]) || has(ifThere[1]));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true });
        link.click();
      }),
    [name, present, ifThere],
  );
}

/** Wasm linear memory after loading the Lejre example from a link and visiting every view. */
async function memory(browser, base, fragment) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(markWhen, {});
  await page.goto(`${base}?year=2019&view=goals${fragment}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  for (const name of ['Tal', 'Gab', 'År', 'Plan', 'Del', 'Mål']) {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.locator('#view-heading').waitFor();
    await page.locator('.later-view').waitFor({ state: 'detached' });
  }
  const bytes = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  await context.close();
  return bytes;
}

/**
 * Time from a click on the Gaps view's link to that view in the page and drawn, on a page
 * opened at `url` once its app runs; with `settled`, once the page has also fetched what it
 * requests in idle time (the part with the views after the first).
 */
async function viewSwitch(browser, url, network, { settled }) {
  const { context, page } = await newPage(browser, network);
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  if (settled) await page.waitForLoadState('networkidle');
  const time = await clickToDrawn(page, 'Gab', ['.gaps-view']);
  await context.close();
  return time;
}

/** Median over `runs` of `measure()`, the builds taking turns; returns { name: median }. */
async function turns(runs, measures) {
  const times = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
  for (let i = -WARM_UP; i < runs; i++) {
    for (const [name, measure] of Object.entries(measures)) {
      const time = await measure();
      if (i >= 0) times[name].push(time);
    }
  }
  return times;
}

const browser = await launch();
const app = await serve({ root: DIST });
const counter = await serve({ root: COUNTER });
await buildFloor(browser, app.url);
const floor = await serve({ root: FLOOR });
// The same three, sent gzipped, for the mobile profile.
const [appGz, counterGz, floorGz] = await Promise.all([DIST, COUNTER, FLOOR].map((root) => serve({ root, gzip: true })));

const fragment = await lejreFragment();
const crafted = await craftedFragment();
// A shared link opens the page of its year and language (here 2019, Danish), whose goals were
// rendered at build time.
const LINK = '2019-da.html?year=2019&lang=da&view=goals';

const progress = (what) => process.stderr.write(`bench: ${what}\n`);
progress('transfer sizes');
// Each kind of page: the default page, a shared link (its year's page), a deep link to a view
// after the first, and an embed.
const PAGE_KINDS = {
  'default page': '',
  'link (2019-da.html, #z=)': `${LINK}${fragment}`,
  'deep link to Gab (#z=)': `${LINK.replace('view=goals', 'view=gaps')}${fragment}`,
  'embed (?embed=1, #z=)': `${LINK}&embed=1${fragment}`,
};
const kinds = {};
for (const [kind, address] of Object.entries(PAGE_KINDS)) kinds[kind] = await transferSize(browser, app.url + address, DIST, app.origin);
const size = kinds['default page'].first;
const floorSize = (await transferSize(browser, floor.url, FLOOR, floor.origin)).first;
const counterSize = (await transferSize(browser, counter.url, COUNTER, counter.origin)).first;

/** The pages each profile loads, at the addresses of `servers`. */
function targets({ app, counter, floor }, { withCrafted }) {
  const goals = { goal: ['.goal', '', true] };
  // Interactive: the app marks <html data-ready> once its view is in place and listening.
  const lejre = { lejre: ['html[data-ready] .coverage h2', 'Lejre Kommune'] };
  return {
    firstGoals: { url: app.url, marks: goals, mark: 'goal' },
    floorGoals: { url: floor.url, marks: goals, mark: 'goal' },
    counterFirst: { url: counter.url, marks: { counter: ['#counter'] }, mark: 'counter' },
    linkGoals: { url: `${app.url}${LINK}${fragment}`, marks: goals, mark: 'goal' },
    lejreShown: { url: `${app.url}${LINK}${fragment}`, marks: lejre, mark: 'lejre' },
    ...(withCrafted && {
      craftedShown: { url: `${app.url}${LINK}${crafted}`, marks: lejre, mark: 'lejre' },
      // The static floor behind the same crafted fragment: what the browser itself spends on
      // an address of that length, before any script of the app.
      floorCrafted: { url: `${floor.url}${crafted}`, marks: goals, mark: 'goal' },
    }),
  };
}
const medians = (loads) => Object.fromEntries(Object.entries(loads).map(([name, list]) => [name, median(list)]));
progress(`desktop profile: ${RUNS} rounds, the pages taking turns`);
const desktopLoads = await timeToMarks(browser, targets({ app, counter, floor }, { withCrafted: true }));
progress(`mobile profile: ${MOBILE_RUNS} rounds, the pages taking turns`);
const mobileLoads = await timeToMarks(browser, targets({ app: appGz, counter: counterGz, floor: floorGz }, { withCrafted: false }), {
  runs: MOBILE_RUNS,
  network: MOBILE_NETWORK,
});
const earlier = EARLIER && (await access(join(EARLIER, 'index.html')).then(() => true, () => false)) && (await serve({ root: EARLIER, gzip: true }));
if (EARLIER && !earlier) throw new Error(`BENCH_EARLIER: no index.html in ${EARLIER}`);
progress(`view switches and deep links, mobile profile: ${MOBILE_RUNS} rounds${earlier ? ', beside the earlier build' : ''}`);
const linkAddress = `${LINK}${fragment}`;
const deepAddress = `${LINK.replace('view=goals', 'view=gaps')}${fragment}`;
const gapsShown = { gaps: ['html[data-ready] .gaps-view', '', true] };
const switchLoads = await turns(MOBILE_RUNS, {
  settled: () => viewSwitch(browser, appGz.url + linkAddress, MOBILE_NETWORK, { settled: true }),
  atOnce: () => viewSwitch(browser, appGz.url + linkAddress, MOBILE_NETWORK, { settled: false }),
  deep: () => loadTime(browser, { url: appGz.url + deepAddress, marks: gapsShown, mark: 'gaps' }, MOBILE_NETWORK),
  ...(earlier && {
    earlierSwitch: () => viewSwitch(browser, earlier.url + linkAddress, MOBILE_NETWORK, { settled: true }),
    earlierDeep: () => loadTime(browser, { url: earlier.url + deepAddress, marks: gapsShown, mark: 'gaps' }, MOBILE_NETWORK),
  }),
});
const switches = medians(switchLoads);
const partBytes = kinds['deep link to Gab (#z=)'].first.rows.filter(([path]) => /split_/.test(path)).reduce((a, [, b]) => a + b, 0);
// What the part adds to a deep link at most: one round trip and its transfer on the line.
const partAllowance = MOBILE_NETWORK.latency + (partBytes / MOBILE_NETWORK.downloadThroughput) * 1000;
const desktop = medians(desktopLoads);
const mobile = medians(mobileLoads);
progress(`picking a municipality: ${MOBILE_RUNS} rounds`);
const picks = await turns(MOBILE_RUNS, {
  benchmark: () => pickSwitch(browser, app.url, 'lejre'),
  plain: () => pickSwitch(browser, app.url, ''),
});
const pick = { benchmark: median(picks.benchmark), plain: median(picks.plain) };
progress('keystrokes');
const key = await keystroke(browser, `${app.url}?year=2019&view=figures${fragment}`);
progress('memory');
const mem = await memory(browser, app.url, fragment);

await Promise.all([app, counter, floor, appGz, counterGz, floorGz, earlier].filter(Boolean).map((s) => s.close()));
await browser.close();

const ms = (t) => `${t.toFixed(1)} ms`;
const x = (a, b, what) => `${(a / b).toFixed(2)} × ${what}`;
const d = desktop;
const m = mobile;
const rows = [
  ['transfer, default page before its first view (gzip -9)', kb(size.total), `≤ ${kb(DEFAULT_PAGE_BUDGET)}`, kb(floorSize.total), kb(counterSize.total), `${(size.total / DEFAULT_PAGE_BUDGET).toFixed(2)} of budget`, size.total <= DEFAULT_PAGE_BUDGET],
  ['desktop: default Goals view first shown', ms(d.firstGoals), '≤ 1.3 × floor', ms(d.floorGoals), ms(d.counterFirst), x(d.firstGoals, d.floorGoals, 'floor'), d.firstGoals <= 1.3 * d.floorGoals],
  // This row has a budget under the mobile profile only. On a line this fast the app's code
  // arrives within the 250 ms a link's page holds its goals back (index.html), so they show
  // with the figures: the row reads like the next, plus the layout its mark waits for.
  ['desktop: link, goals first shown', ms(d.linkGoals), '– (mobile only)', ms(d.floorGoals), ms(d.counterFirst), x(d.linkGoals, d.counterFirst, 'framework floor'), null],
  ['desktop: Lejre from #z= link, rendered', ms(d.lejreShown), '≤ 1.6 × framework floor', '', ms(d.counterFirst), x(d.lejreShown, d.counterFirst, 'framework floor'), d.lejreShown <= 1.6 * d.counterFirst],
  // The browser alone, with no script, takes far longer for an address of that length (the
  // static floor behind it): the budget holds the app's own time, on top of that floor, to
  // 2 × its own time on the Lejre link (on top of the floor behind a short address).
  [`desktop: crafted 256 KiB #s= link, rendered`, ms(d.craftedShown), 'own time ≤ 2 × Lejre link\'s', ms(d.floorCrafted), '',
    `${x(d.craftedShown, d.lejreShown, 'Lejre link')}; own time ${ms(d.craftedShown - d.floorCrafted)} = ${x(d.craftedShown - d.floorCrafted, d.lejreShown - d.floorGoals, 'Lejre link\'s')}`,
    d.craftedShown - d.floorCrafted <= 2 * (d.lejreShown - d.floorGoals)],
  ['mobile: default Goals view first shown', ms(m.firstGoals), '≤ 1.2 × floor', ms(m.floorGoals), ms(m.counterFirst), x(m.firstGoals, m.floorGoals, 'floor'), m.firstGoals <= 1.2 * m.floorGoals],
  ['mobile: link, goals first shown', ms(m.linkGoals), '≤ 1.3 × floor', ms(m.floorGoals), '', x(m.linkGoals, m.floorGoals, 'floor'), m.linkGoals <= 1.3 * m.floorGoals],
  ['mobile: link, figures shown (Lejre)', ms(m.lejreShown), '≤ 1.8 × framework floor', '', ms(m.counterFirst), x(m.lejreShown, m.counterFirst, 'framework floor'), m.lejreShown <= 1.8 * m.counterFirst],
  // The view switch and the deep link have no floor of their own: their references are the
  // earlier build (BENCH_EARLIER), measured in the same run, where given.
  ['mobile: Gab after idle time, click → shown', ms(switches.settled), earlier ? '≤ 1.1 × earlier build' : '– (needs BENCH_EARLIER)', '', '',
    earlier ? `${x(switches.settled, switches.earlierSwitch, 'earlier build')} (${ms(switches.earlierSwitch)})` : '', earlier ? switches.settled <= 1.1 * switches.earlierSwitch : null],
  ['mobile: Gab at once when ready, click → shown', ms(switches.atOnce), '– (reported)', '', '', 'the part fetched on the click at worst', null],
  ['mobile: deep link to Gab (#z=), shown', ms(switches.deep), earlier ? `≤ earlier + RTT + part (${ms(partAllowance)})` : '– (needs BENCH_EARLIER)', '', '',
    earlier ? `earlier build ${ms(switches.earlierDeep)}; +${ms(switches.deep - switches.earlierDeep)}` : '', earlier ? switches.deep <= switches.earlierDeep + partAllowance : null],
  ['picking a municipality → Goals with its benchmark', ms(pick.benchmark), '≤ 1.5 × view switch', '', '',
    `${x(pick.benchmark, pick.plain, 'the same switch without')} (${ms(pick.plain)})`, pick.benchmark <= 1.5 * pick.plain],
  ['keystroke → dependent number shown', ms(key), '≤ 8 ms', '', '', `median of ${KEYSTROKES}`, key <= 8],
  ['wasm memory after every view', `${(mem / 1048576).toFixed(2)} MiB`, '≤ 2 MiB', '', '', '', mem <= 2 * 1048576],
];
console.log(
  `\nJobmål benchmark: CPU ${THROTTLE}× slower, cold cache; desktop: median of ${RUNS} runs, mobile (150 ms RTT, ` +
    `1.6 Mbit/s down, 675 kbit/s up, gzip): median of ${MOBILE_RUNS} runs; each after ${WARM_UP} not counted\n`,
);
const header = ['measure', 'Jobmål', 'budget', 'floor', 'framework floor', 'ratio', 'holds'];
const holds = (r) => (r[6] === null ? '–' : r[6] ? 'yes' : 'NO');
const table = [header, ...rows.map((r) => [...r.slice(0, 6), holds(r)])];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const row of table) console.log('| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |');
// How far single loads spread: on a machine with other work, a ratio of medians moves with it.
const spread = (loads, name) => middleHalf(loads[name]).map((t) => t.toFixed(0)).join('–');
for (const [profile, loads] of [['desktop', desktopLoads], ['mobile', mobileLoads]]) {
  console.log(
    `\nMiddle half of the ${profile} loads (ms): ` +
      Object.keys(loads).map((name) => `${name} ${spread(loads, name)}`).join(', '),
  );
}
// The ratios again, per round (the pages of a round load one after the other, so a round's
// ratio leaves out what moves the machine between rounds), as their median: beside each ratio
// of medians above, to tell the app's time from its floor's spread.
const perRound = (loads, f) => median(loads[Object.keys(loads)[0]].map((_, i) => f((name) => loads[name][i])));
console.log(
  '\nPer round, median: ' +
    [
      `desktop default ${perRound(desktopLoads, (t) => t('firstGoals') / t('floorGoals')).toFixed(2)} × floor`,
      `desktop crafted own time ${(perRound(desktopLoads, (t) => t('craftedShown') - t('floorCrafted')) / perRound(desktopLoads, (t) => t('lejreShown') - t('floorGoals'))).toFixed(2)} × Lejre link's`,
      `mobile default ${perRound(mobileLoads, (t) => t('firstGoals') / t('floorGoals')).toFixed(2)} × floor`,
      `mobile link goals ${perRound(mobileLoads, (t) => t('linkGoals') / t('floorGoals')).toFixed(2)} × floor`,
    ].join(', '),
);
for (const [name, loads] of [['view switch and deep link (mobile)', switchLoads]]) {
  console.log(`\nMiddle half of the ${name} loads (ms): ` + Object.keys(loads).map((n) => `${n} ${spread(loads, n)}`).join(', '));
}
for (const [kind, { first, later }] of Object.entries(kinds)) {
  console.log(`\n${kind}: before its first view ${kb(first.total)}, later ${kb(later.total)} (gzip -9)`);
  for (const [path, bytes] of first.rows) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
  for (const [path, bytes] of later.rows) console.log(`  ${kb(bytes).padStart(9)}  ${path}  (later)`);
}
const budgeted = rows.filter((r) => r[6] !== null);
const failed = budgeted.filter((r) => !r[6]).length;
console.log(`\nbudgets: ${budgeted.length - failed} passed, ${failed} failed`);

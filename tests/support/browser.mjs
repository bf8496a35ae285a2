// Launches Debian's Chromium through playwright-core and watches a page for what must never
// happen: console errors, page errors, failed requests and requests to another origin.
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh headless Chromium (Playwright gives it a new, empty profile). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/**
 * Opens a page in a new context and records every request, console error (CSP violations
 * included), page error and failed request on it. Returns { page, context, requests, problems }.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  // A Content-Security-Policy violation becomes a console error, so it is one of the problems.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  untilReady(page);
  const requests = [];
  const problems = [];
  // Requests still in flight when the page goes to another address are aborted by the browser
  // (the part of the app fetched in idle time, for one): each request remembers how many
  // navigations had started when it was sent.
  let navigations = 0;
  const sentAfter = new WeakMap();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    sentAfter.set(request, navigations);
    requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The browser drops a request when the page navigates while it loads: not a fault. Nor is a
    // page's own request when its script sends the address to another page (an address asking
    // for another year or language goes to that one's page).
    const problem = `request failed: ${request.url()} (${request.failure()?.errorText})`;
    const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && (/favicon/.test(request.url()) || request.isNavigationRequest())) return;
    if (!aborted) return problems.push(problem);
    // The navigation that dropped it may be reported just after the failure (the head's script
    // sending the address to another page), later still on a busy machine: judged a second
    // later.
    const sent = sentAfter.get(request);
    setTimeout(() => navigations > sent || problems.push(problem), 1000);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, requests, problems };
}

/**
 * Makes `goto` and `reload` wait until the app runs (`<html data-ready>`), not just until the
 * view rendered at build time is there: that one shows the same text but does not respond.
 */
export function untilReady(page) {
  for (const name of ['goto', 'reload']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await original(...args);
      // Only Jobmål's own pages (a host page that embeds it has neither element).
      if (await page.evaluate(() => !!document.querySelector('#prerendered, #app'))) {
        await page.waitForSelector('html[data-ready]', { state: 'attached' });
      }
      return response;
    };
  }
  return page;
}

/** Opens `url` and waits until the app shows its view (not the view rendered at build time). */
export async function showView(page, url) {
  await page.goto(url);
  await page.locator('html[data-ready] #view-heading').waitFor();
}

/** The requests that went anywhere but `origin` (data: and blob: URLs stay in the page). */
export function foreignRequests(requests, origin) {
  return requests.filter(
    (url) => !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/**
 * The text of the element `locator` finds, whitespace collapsed, whether or not the browser has
 * drawn it: a goal out of sight is not laid out (`content-visibility: auto`), and `innerText`
 * gives nothing for what is not laid out.
 */
export async function text(locator) {
  return locator.evaluate((element) => element.textContent.replace(/\s+/g, ' ').trim());
}

/** The text of each element `locator` finds, as [`text`]. */
export async function texts(locator) {
  return locator.evaluateAll((elements) => elements.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
}

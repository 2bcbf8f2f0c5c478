// The report page in a real browser: Debian's Chromium, headless, driven by playwright-core,
// opens the page the `report` command wrote, from disk. Without Chromium the tests are skipped
// and say why (`.ci/run` installs it when it can).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "../cli/harness.js";
import { ROOT, SAMPLE_NOW, sampleEntries } from "./fixtures.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`Skipping the report page's browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

const OUT = join(ROOT, "reports");
const PAGE = join(OUT, "report-page.html");
const SCREENSHOT = join(OUT, "report-page.png");
const TIMELINES = join(OUT, "report-page-timelines.png");
// The browser driver reads the clock for its own timeouts, so these tests run with the real Date
// (taken here, before the suite's clock-free one is put in place for each test). The renderer's
// own tests run clock-free.
const RealDate = globalThis.Date;

describe.skipIf(!available)("the report page in headless Chromium", () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const tickets = sampleEntries();
  const breaches = tickets.reduce((sum, { report }) => sum + report.metrics.reduce((n, metric) => n + metric.breachCount, 0), 0);

  beforeAll(async () => {
    const written: Record<string, string> = {};
    const result = run(["report", "examples/tickets.json", "--now", SAMPLE_NOW.toISOString(), "--agent", "maria", "--region", "emea", "--out", "report-page.html"], { written });
    expect(result.status).toBe(0);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(PAGE, written["report-page.html"] ?? "");
    profile = mkdtempSync(join(tmpdir(), "support-policy-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // Anything but the page's own file is recorded and refused: the page must need nothing else.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(pathToFileURL(PAGE).href);
  }, 60_000);

  beforeEach(() => {
    globalThis.Date = RealDate;
  });

  afterAll(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it("loads from disk with no console error and no request beyond its own file", () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("has a timeline for every ticket", async () => {
    expect(await page.locator("article.ticket").count()).toBe(tickets.length);
    expect(await page.locator("article.ticket svg.timeline").count()).toBe(tickets.length);
    for (const { ticket } of tickets) {
      await expect(page.locator("article.ticket", { has: page.locator("h3", { hasText: `Ticket ${ticket.id}` }) }).locator("svg.timeline").count()).resolves.toBe(1);
    }
  });

  it("draws as many breach markers as the reports have breaches, each visible", async () => {
    expect(breaches).toBeGreaterThan(0);
    const markers = page.locator("svg.timeline .mark.breach");
    expect(await markers.count()).toBe(breaches);
    const box = await markers.first().boundingBox();
    expect(box?.width).toBeGreaterThan(5);
    expect(await page.locator("#breach-count b").textContent()).toBe(String(breaches));
  });

  it("takes keyboard focus on a marker, and the read-out then shows the marker's instant", async () => {
    await page.locator("body").focus();
    let focused: { mark: boolean; label: string | null; readout: string | null } = { mark: false, label: null, readout: null };
    for (let presses = 0; presses < 300 && !focused.mark; presses++) {
      await page.keyboard.press("Tab");
      // Runs in the page (written as a string: the tests are compiled without the DOM's types).
      focused = await page.evaluate<typeof focused>(`(() => {
        const active = document.activeElement;
        const mark = active ? active.closest(".mark") : null;
        const svg = active ? active.closest("svg.timeline") : null;
        const readout = svg ? document.getElementById(svg.getAttribute("data-readout") || "") : null;
        return { mark: mark !== null, label: mark ? mark.getAttribute("data-label") : null, readout: readout ? readout.textContent : null };
      })()`);
    }
    expect(focused.mark).toBe(true);
    expect(focused.label).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(focused.readout).toBe(focused.label);
  });

  it("shows the instant under the pointer in the page's time zone", async () => {
    const figure = page.locator("svg.timeline").first();
    await figure.scrollIntoViewIfNeeded();
    const box = await figure.boundingBox();
    expect(box).not.toBeNull();
    if (box === null) return;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    expect(await page.locator("#ticket-1-tl-readout").textContent()).toMatch(/^(Fri|Sat) 2026-11-2\d \d{2}:\d{2} UTC$/);
  });

  it("reads instants out in the page's zone as the page writes them (Europe/Berlin: CET)", async () => {
    const written: Record<string, string> = {};
    expect(run(["report", "examples/tickets.json", "--now", SAMPLE_NOW.toISOString(), "--time-zone", "Europe/Berlin", "--out", "berlin.html"], { written }).status).toBe(0);
    const file = join(OUT, "report-page-berlin.html");
    writeFileSync(file, written["berlin.html"] ?? "");
    const berlin = await context.newPage();
    const errors: string[] = [];
    berlin.on("pageerror", (error) => errors.push(error.message));
    berlin.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await berlin.goto(pathToFileURL(file).href);
    const figure = berlin.locator("svg.timeline").nth(1);
    await figure.scrollIntoViewIfNeeded();
    const box = await figure.boundingBox();
    if (box === null) throw new Error("the second timeline has no box");
    await berlin.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    expect(await berlin.locator("#ticket-2-tl-readout").textContent()).toMatch(/^Fri 2026-11-20 \d{2}:\d{2} CET$/);
    expect(await berlin.locator("#ticket-2 .mark.breach").first().getAttribute("data-label")).toBe("first reply breached Fri 2026-11-20 18:00 CET (cycle 1)");
    expect(errors).toEqual([]);
    await berlin.close();
  });

  it("saves 1280×800 screenshots for a reviewer: the top of the page, and the first timelines", async () => {
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: SCREENSHOT });
    // And the first timelines, as a reader scrolling to them sees them.
    await page.evaluate("document.getElementById('tickets').scrollIntoView()");
    await page.screenshot({ path: TIMELINES });
    console.log(`The report page's screenshots: ${SCREENSHOT}, ${TIMELINES}`);
    expect(existsSync(SCREENSHOT) && existsSync(TIMELINES)).toBe(true);
  });
});

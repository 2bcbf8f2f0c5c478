import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PAGE_SCRIPT, PAGE_SCRIPT_SHA256, PAGE_STYLE, PAGE_STYLE_SHA256 } from "../../src/report/internal/page-assets.js";
import { renderSlaReportPage } from "../../src/report/render-sla-report-page.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import type { TicketInput } from "../../src/sla/ticket.js";
import { thrown } from "../support/thrown.js";
import { SAMPLE_NOW, elements, everyMetric, pageFor, sampleEntries } from "./fixtures.js";

// Monday 2 March 2026, UTC. Created 09:00; the agent replies at 10:00 and sets the ticket to
// pending; the customer answers at 12:00 and the ticket is open again; now is 14:00.
const NOW = new Date("2026-03-02T14:00:00Z");
const PENDING_TICKET: TicketInput = {
  id: "T-1",
  createdAt: "2026-03-02T09:00:00Z",
  channel: "ticket",
  events: [
    { type: "comment", at: "2026-03-02T10:00:00Z", author: "agent", public: true },
    { type: "status_change", at: "2026-03-02T10:00:00Z", status: "pending" },
    { type: "comment", at: "2026-03-02T12:00:00Z", author: "customer", public: true },
    { type: "status_change", at: "2026-03-02T12:00:00Z", status: "open" },
  ],
};

/** The figure spans 09:00 (creation) to 19:00 (requester wait's due instant): 10 h over x 170..985, 81.5 units an hour. */
const X = { "09:00": 170, "09:30": 210.75, "10:00": 251.5, "12:00": 414.5, "14:00": 577.5, "17:00": 822, "19:00": 985 } as const;

function cycleRects(html: string, metric: string): Record<string, string>[] {
  const group = new RegExp(`<g class="cycle" data-metric="${metric}"[^>]*>([\\s\\S]*?)</g>`).exec(html)?.[1] ?? "";
  return [...elements(group, "rect", "run"), ...elements(group, "rect", "pause")].sort((a, b) => Number(a["x"]) - Number(b["x"]));
}

describe("the timeline's geometry", () => {
  // The figures only: the legend above them draws the same shapes.
  const page = pageFor([PENDING_TICKET], NOW);
  const html = page.slice(page.indexOf('<svg class="timeline"'));

  it("maps the ticket's creation to the plot's left edge and the latest due instant in range to its right edge", () => {
    const [svg] = elements(html, "svg", "timeline");
    expect(svg).toMatchObject({ "data-start": String(Date.parse("2026-03-02T09:00:00Z")), "data-end": String(Date.parse("2026-03-02T19:00:00Z")), "data-left": "170", "data-right": "985" });
  });

  it("requester wait pauses where the status was pending: running 09:00-10:00, hatched 10:00-12:00, running 12:00-14:00 (now)", () => {
    expect(cycleRects(html, "requester_wait")).toEqual([
      expect.objectContaining({ class: "run", x: String(X["09:00"]), width: "81.5", "data-from": "2026-03-02T09:00:00.000Z", "data-to": "2026-03-02T10:00:00.000Z" }),
      expect.objectContaining({ class: "pause", x: String(X["10:00"]), width: "163", "data-from": "2026-03-02T10:00:00.000Z", "data-to": "2026-03-02T12:00:00.000Z" }),
      expect.objectContaining({ class: "run", x: String(X["12:00"]), width: "163", "data-from": "2026-03-02T12:00:00.000Z", "data-to": "2026-03-02T14:00:00.000Z" }),
    ]);
  });

  it("agent work, paused by on-hold only, runs straight through the pending stretch to now", () => {
    expect(cycleRects(html, "agent_work")).toEqual([expect.objectContaining({ class: "run", x: String(X["09:00"]), width: String(X["14:00"] - X["09:00"]) })]);
  });

  it("first reply is a bar from creation to the reply, crossed from its due instant on: a breach marker at 09:30, past due to 10:00", () => {
    expect(cycleRects(html, "first_reply")).toEqual([expect.objectContaining({ class: "run", x: "170", width: "81.5" })]);
    expect(elements(html, "rect", "over")).toEqual([expect.objectContaining({ x: String(X["09:30"]), width: "40.75" })]);
    const breaches = elements(html, "g", "mark breach");
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ "data-at": "2026-03-02T09:30:00.000Z", tabindex: "0", "data-label": "first reply breached Mon 2026-03-02 09:30 UTC (cycle 1)" });
    expect(breaches[0]?.["transform"]).toMatch(/^translate\(210\.75 /);
  });

  it("marks running metrics' due instants as diamonds, and one past the figure's horizon as an arrow at its right edge", () => {
    const due = elements(html, "g", "mark due");
    const at = (iso: string) => due.find((mark) => mark["data-at"] === iso);
    expect(at("2026-03-02T17:00:00.000Z")?.["transform"]).toMatch(new RegExp(`^translate\\(${X["17:00"]} `)); // agent work: 8 h from 09:00
    expect(at("2026-03-02T19:00:00.000Z")?.["transform"]).toMatch(/^translate\(985 /); // requester wait: 3 h used, 5 h from 14:00
    // Total resolution, 48 h: Wednesday 09:00, past the horizon (a day after now).
    expect(at("2026-03-04T09:00:00.000Z")).toMatchObject({ class: "mark due later", transform: expect.stringMatching(/^translate\(985 /) as unknown });
  });

  it("shades the office calendar's open hours (09:00-17:00) on first reply's lane, and the whole lane of an around-the-clock metric", () => {
    const lane = (metric: string) => new RegExp(`<g class="metric" data-metric="${metric}">([\\s\\S]*?)<text`).exec(html)?.[1] ?? "";
    expect(elements(lane("first_reply"), "rect", "open")).toEqual([expect.objectContaining({ x: "170", width: String(X["17:00"] - 170) })]);
    expect(elements(lane("agent_work"), "rect", "open")).toEqual([expect.objectContaining({ x: "170", width: "815" })]);
  });

  it("draws each event as a focusable tick at its instant, and now as a line", () => {
    const events = elements(html, "g", "event");
    expect(events.map((mark) => [mark["class"], mark["transform"]?.split(" ")[0]])).toEqual([
      ["mark event ev-agent", `translate(${X["10:00"]}`],
      ["mark event ev-status", `translate(${X["10:00"]}`],
      ["mark event ev-customer", `translate(${X["12:00"]}`],
      ["mark event ev-status", `translate(${X["12:00"]}`],
    ]);
    expect(events.every((mark) => mark["tabindex"] === "0")).toBe(true);
    expect(elements(html, "line", "now")).toEqual([expect.objectContaining({ x1: String(X["14:00"]), x2: String(X["14:00"]) })]);
  });

  it("labels markers in the chosen time zone", () => {
    const kolkata = pageFor([PENDING_TICKET], NOW, { timeZone: "Asia/Kolkata" });
    expect(elements(kolkata, "g", "mark breach")[0]?.["data-label"]).toBe("first reply breached Mon 2026-03-02 15:00 IST (cycle 1)");
    expect(kolkata).toContain('<body data-tz="Asia/Kolkata">');
  });

  it("names a fulfilment kind it has no words for by its name, even one named like an object's own property (constructor, toString, hasOwnProperty)", () => {
    const ticket = parseTicket(PENDING_TICKET);
    const report = evaluateSla(ticket, everyMetric, NOW);
    for (const kind of ["constructor", "toString", "hasOwnProperty"]) {
      const changed = structuredClone(report);
      const cycle = changed.metrics.flatMap((metric) => metric.completed).find((entry) => entry.fulfilledBy === "agent_reply");
      if (cycle === undefined) throw new Error("the example has no cycle fulfilled by an agent reply");
      (cycle as { fulfilledBy: string }).fulfilledBy = kind;
      const page = renderSlaReportPage({ now: NOW, policySet: everyMetric, tickets: [{ ticket, report: changed }] });
      expect(page).toContain(`(by ${kind})`);
      expect(page).not.toMatch(/native code|\[object Object\]/);
    }
  });

  it("lists the same cycles and stretches in the table fallback", () => {
    expect(html).toContain("<td>requester wait</td><td>1</td><td>Mon 2026-03-02 09:00 UTC</td><td>Mon 2026-03-02 19:00 UTC</td><td>running at Mon 2026-03-02 14:00 UTC</td>");
    expect(html).toContain("<td>Mon 2026-03-02 10:00 UTC – Mon 2026-03-02 12:00 UTC (pending)</td>");
  });
});

describe("the bundled sample page", () => {
  const entries = sampleEntries();
  const reports = entries.map((entry) => entry.report);
  const html = renderSlaReportPage({
    now: SAMPLE_NOW,
    policySet: gitlab2026,
    tickets: entries,
    queue: { engineer: "maria", order: orderQueue([], { now: SAMPLE_NOW, edition: "gitlab2026", engineer: { id: "maria" } }) },
  });

  it("has one timeline per ticket and as many breach markers as the reports have breaches", () => {
    expect(elements(html, "svg", "timeline")).toHaveLength(entries.length);
    const breaches = reports.reduce((sum, report) => sum + report.metrics.reduce((n, metric) => n + metric.breachCount, 0), 0);
    expect(breaches).toBeGreaterThan(0);
    expect(elements(html, "g", "mark breach")).toHaveLength(breaches);
    expect(html).toContain(`<li id="breach-count"><b>${breaches}</b>`);
  });

  it('the summary counts metrics in the report\'s own states, as the timelines and the JSON do: "a metric is active, paused or closed; independently of that, it is breached or not"', () => {
    const summary = /<section id="summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
    const cards = [...summary.matchAll(/<li[^>]*><b>(\d+)<\/b>([^<]*)<\/li>/g)].map((m) => [m[2], Number(m[1])]);
    const metrics = reports.flatMap((report) => report.metrics);
    const inState = (state: string): number => metrics.filter((metric) => metric.state === state).length;
    expect(cards).toEqual([
      [`tickets (${reports.filter((report) => report.outcome === "policy_applied").length} with an SLA)`, reports.length],
      ["metrics active", inState("active")],
      ["metrics paused", inState("paused")],
      ["metrics closed", inState("closed")],
      ["metrics not started", inState("not_started")],
      ["of them breached", metrics.filter((metric) => metric.breached).length],
      ["breaches (all cycles)", metrics.reduce((n, metric) => n + metric.breachCount, 0)],
    ]);
    expect(summary).not.toMatch(/\b(met|running)\b/);
  });

  it("refers to nothing outside itself: no URL, no external script, style sheet, image or font", () => {
    const [csp, policy] = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html) ?? ["", ""];
    expect(policy.split("; ").map((directive) => directive.replace(/'sha256-[A-Za-z0-9+/=]+'/, "HASH"))).toEqual(["default-src 'none'", "style-src HASH", "script-src HASH", "img-src 'none'", "base-uri 'none'", "form-action 'none'"]);
    expect(html.replace(csp, "")).not.toMatch(/https?:|\/\/|<link|<img|<iframe|\ssrc=|@import|@font-face/i);
    // The only url() references are the page's own patterns.
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(expect.arrayContaining(["#p-pause", "#p-over"]));
    expect([...html.matchAll(/url\(([^)]*)\)/g)].every((m) => (m[1] ?? "").startsWith("#"))).toBe(true);
    expect(html).toContain("default-src 'none'");
  });

  it("keeps its one inline script under 2 kB, and the content security policy names the script and the style sheet by hash", () => {
    expect(PAGE_SCRIPT.length).toBeLessThan(2048);
    expect(PAGE_SCRIPT_SHA256).toBe(createHash("sha256").update(PAGE_SCRIPT).digest("base64"));
    expect(PAGE_STYLE_SHA256).toBe(createHash("sha256").update(PAGE_STYLE).digest("base64"));
    expect(html).toContain(`script-src 'sha256-${PAGE_SCRIPT_SHA256}'`);
    expect(html).toContain(`style-src 'sha256-${PAGE_STYLE_SHA256}'`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it("gives every figure a title and a description, and every marker a title", () => {
    const count = elements(html, "svg", "timeline").length;
    expect(html.match(/<title id="ticket-\d+-tl-title">/g)).toHaveLength(count);
    expect(html.match(/<desc id="ticket-\d+-tl-desc">/g)).toHaveLength(count);
    expect(html.match(/<g class="mark [^"]*" tabindex="0"[^>]*><title>/g)?.length).toBe(html.match(/<g class="mark /g)?.length);
  });

  it("is the same page whatever the host's time zone (the suite runs under several)", () => {
    expect(renderSlaReportPage({ now: SAMPLE_NOW, policySet: gitlab2026, tickets: entries })).toBe(renderSlaReportPage({ now: SAMPLE_NOW.toISOString(), policySet: gitlab2026, tickets: entries, timeZone: "UTC" }));
  });
});

describe("untrusted text", () => {
  const hostile = '<script>alert("x")</script>';
  const ticket: TicketInput = { ...PENDING_TICKET, id: hostile };
  const parsed = parseTicket(ticket);
  const report = evaluateSla(parsed, everyMetric, NOW);
  const order = orderQueue([{ id: hostile, createdAt: "2026-03-02T09:00:00Z", channel: "ticket", status: "open", assignee: null }], { now: NOW, edition: "gitlab2026", engineer: { id: "x" }, reports: { [hostile]: report } });
  const html = renderSlaReportPage({
    now: NOW,
    policySet: { ...everyMetric, name: "<b>policies</b>" },
    tickets: [{ ticket: parsed, report }],
    title: "<i>title</i>",
    queue: { engineer: "<u>eng</u>", order },
  });

  it("a <script> in a ticket id comes out as inert text: the page's own script is the only one", () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toContain(hostile);
    expect(html).toContain("Ticket &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain('data-label="first reply breached');
  });

  it("the queue names the metric due soonest, whichever it is, and how far off", () => {
    expect(order.entries[0]?.dueMetric).toMatch(/^(next_reply|periodic_update)$/);
    expect(html).toMatch(/<span class="bucket">[^<]+<\/span> (next reply|periodic update) due Mon 2026-03-02 16:00 UTC \(2h 00m\)/);
  });

  it("names, titles and the engineer are escaped too, in text and in attributes", () => {
    expect(html).not.toMatch(/<b>policies|<i>title|<u>eng|<img/);
    expect(html).toContain("&lt;b&gt;policies&lt;/b&gt;");
    expect(html).toContain("<h1>&lt;i&gt;title&lt;/i&gt;</h1>");
    expect(html).toContain("Pick-up order for &lt;u&gt;eng&lt;/u&gt;");
  });
});

describe("bad input", () => {
  const parsed = parseTicket(PENDING_TICKET);
  const report = evaluateSla(parsed, everyMetric, NOW);
  const base = { now: NOW, policySet: everyMetric, tickets: [{ ticket: parsed, report }] };
  const error = (input: unknown) => thrown(() => renderSlaReportPage(input as Parameters<typeof renderSlaReportPage>[0]), SupportPolicyError);

  it("a report of another ticket is inconsistent_facts at its ticketId", () => {
    const other = evaluateSla(parseTicket({ ...PENDING_TICKET, id: "T-2" }), everyMetric, NOW);
    expect(error({ ...base, tickets: [{ ticket: parsed, report: other }] })).toMatchObject({ code: "inconsistent_facts", path: ["tickets", 0, "report", "ticketId"], message: 'The report is for ticket "T-2", not "T-1"' });
  });

  it("a report computed for another instant is inconsistent_facts at its evaluatedAt", () => {
    expect(error({ ...base, now: "2026-03-02T15:00:00Z" })).toMatchObject({ code: "inconsistent_facts", path: ["tickets", 0, "report", "evaluatedAt"], message: "The report was computed for 2026-03-02T14:00:00.000Z, the page for 2026-03-02T15:00:00.000Z" });
  });

  it("a report's instants are read by the library's one instant parser: the same code and message as a ticket's", () => {
    const local = "2026-03-02T14:00:00";
    const ticketError = thrown(() => parseTicket({ ...PENDING_TICKET, createdAt: local }), SupportPolicyError);
    const reportError = error({ ...base, tickets: [{ ticket: parsed, report: { ...report, evaluatedAt: local } }] });
    expect(reportError).toMatchObject({ code: "invalid_instant", path: ["tickets", 0, "report", "evaluatedAt"] });
    expect(reportError.issues[0]?.message).toBe(ticketError.issues[0]?.message);
    // An offset other than Z is the same instant (z.iso.datetime() refused it).
    const page = renderSlaReportPage({ ...base, tickets: [{ ticket: parsed, report: { ...report, evaluatedAt: "2026-03-02T15:00:00+01:00" } }] });
    expect(page).toBe(renderSlaReportPage(base));
  });

  it("a ticket listed twice is duplicate_id", () => {
    expect(error({ ...base, tickets: [base.tickets[0], base.tickets[0]] })).toMatchObject({ code: "duplicate_id", path: ["tickets", 1, "ticket", "id"], message: 'Ticket id "T-1" already appears at tickets.0' });
  });

  it("a bad ticket is reported under its place in the list", () => {
    expect(error({ ...base, tickets: [{ ticket: { ...PENDING_TICKET, createdAt: "yesterday" }, report }] })).toMatchObject({ code: "invalid_instant", path: ["tickets", 0, "ticket", "createdAt"] });
  });

  it("a report that is not an SLA report, a policy set without calendars, an unknown zone, a missing now", () => {
    expect(error({ ...base, tickets: [{ ticket: parsed, report: { ticketId: "T-1" } }] })).toMatchObject({ code: "missing_field", path: ["tickets", 0, "report", "evaluatedAt"] });
    expect(error({ ...base, policySet: { policies: [], calendars: { office: {} } } })).toMatchObject({ code: "not_a_calendar", path: ["policySet", "calendars", "office"], message: "Expected a calendar made by defineCalendar(spec)" });
    expect(error({ ...base, policySet: { policies: [], calendars: JSON.parse('{ "__proto__": {} }') as never } })).toMatchObject({ code: "duplicate_id", path: ["policySet", "calendars", "__proto__"], message: '"__proto__" cannot name a calendar: JavaScript objects reserve it' });
    expect(error({ ...base, timeZone: "Mars/Olympus_Mons" })).toMatchObject({ code: "invalid_time_zone", path: ["timeZone"], message: 'Expected an IANA time zone such as "Europe/Berlin", received "Mars/Olympus_Mons"' });
    expect(error({ ...base, now: undefined })).toMatchObject({ code: "missing_field", path: ["now"] });
    expect(error({ ...base, aboutToBreachWithin: { minutes: -5 } })).toMatchObject({ code: "invalid_duration", path: ["aboutToBreachWithin", "minutes"] });
    expect(error({ ...base, colour: "red" })).toMatchObject({ code: "unknown_key", path: ["colour"] });
  });

  it("a ticket created after now is now_before_creation", () => {
    const later = parseTicket({ ...PENDING_TICKET, createdAt: "2026-03-02T15:00:00Z", events: [] });
    const laterReport = { ...report, ticketId: "T-1" };
    expect(error({ ...base, tickets: [{ ticket: later, report: laterReport }] })).toMatchObject({ code: "now_before_creation", path: ["tickets", 0, "ticket", "createdAt"] });
  });
});

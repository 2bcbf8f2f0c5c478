import { describe, expect, it } from "vitest";
import { axisTicks } from "../../src/report/internal/axis-ticks.js";
import { cycleSegments } from "../../src/report/internal/cycle-segments.js";
import { describeEvent } from "../../src/report/internal/describe-event.js";
import { escapeHtml } from "../../src/report/internal/escape-html.js";
import { openIntervals } from "../../src/report/internal/open-intervals.js";
import { statusSegments } from "../../src/report/internal/status-segments.js";
import { parseTicket } from "../../src/sla/parse-ticket.js";
import type { TicketEvent } from "../../src/sla/ticket.js";
import { office } from "./fixtures.js";

const at = (iso: string) => Date.parse(iso);

describe("axis ticks", () => {
  it("fall on the zone's whole hours, the day named on the first and at midnight", () => {
    const ticks = axisTicks(at("2026-11-19T22:00:00Z"), at("2026-11-20T17:30:00Z"), "UTC");
    expect(ticks.map((tick) => [new Date(tick.at).toISOString(), tick.label])).toEqual([
      ["2026-11-20T00:00:00.000Z", "Fri 20 00:00"],
      ["2026-11-20T03:00:00.000Z", "03:00"],
      ["2026-11-20T06:00:00.000Z", "06:00"],
      ["2026-11-20T09:00:00.000Z", "09:00"],
      ["2026-11-20T12:00:00.000Z", "12:00"],
      ["2026-11-20T15:00:00.000Z", "15:00"],
    ]);
  });

  it("follow a half-hour offset (Kolkata) and a local midnight (St John's, UTC-3:30)", () => {
    expect(axisTicks(at("2026-11-19T22:00:00Z"), at("2026-11-20T06:00:00Z"), "Asia/Kolkata").map((tick) => new Date(tick.at).toISOString())[0]).toBe("2026-11-19T22:30:00.000Z");
    const days = axisTicks(at("2026-11-19T22:00:00Z"), at("2026-11-25T22:00:00Z"), "America/St_Johns");
    expect(days[0]).toEqual({ at: at("2026-11-20T03:30:00Z"), label: "Fri 20 Nov" });
  });

  it("are at most nine, quarter hours for a short span", () => {
    const short = axisTicks(at("2026-03-02T09:00:00Z"), at("2026-03-02T10:00:00Z"), "UTC");
    expect(short.map((tick) => tick.label)).toEqual(["Mon 2 09:00", "09:15", "09:30", "09:45", "10:00"]);
    expect(axisTicks(at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), "UTC").length).toBeLessThanOrEqual(9);
  });
});

describe("a cycle's running and paused stretches", () => {
  const ticket = parseTicket({
    id: "T-1",
    createdAt: "2026-03-02T09:00:00Z",
    channel: "ticket",
    events: [
      { type: "status_change", at: "2026-03-02T10:00:00Z", status: "open" },
      { type: "status_change", at: "2026-03-02T11:00:00Z", status: "pending" },
      { type: "status_change", at: "2026-03-02T11:00:00Z", status: "on_hold" },
      { type: "status_change", at: "2026-03-02T12:00:00Z", status: "on_hold" },
      { type: "status_change", at: "2026-03-02T13:00:00Z", status: "open" },
      { type: "status_change", at: "2026-03-02T20:00:00Z", status: "solved" },
    ],
  });
  const statuses = statusSegments(ticket, at("2026-03-02T15:00:00Z"));

  it("the statuses up to now: the last of several changes at one instant, a repeated status starts nothing, changes after now are unknown", () => {
    expect(statuses.map((segment) => [new Date(segment.from).toISOString().slice(11, 16), new Date(segment.to).toISOString().slice(11, 16), segment.status])).toEqual([
      ["09:00", "10:00", "new"],
      ["10:00", "11:00", "open"],
      ["11:00", "13:00", "on_hold"],
      ["13:00", "15:00", "open"],
    ]);
  });

  it("paused only by the target's statuses; touching running stretches merge", () => {
    const pieces = cycleSegments(statuses, at("2026-03-02T09:30:00Z"), at("2026-03-02T14:00:00Z"), ["on_hold"]);
    expect(pieces.map((piece) => [new Date(piece.from).toISOString().slice(11, 16), new Date(piece.to).toISOString().slice(11, 16), piece.running, piece.status])).toEqual([
      ["09:30", "11:00", true, "new"],
      ["11:00", "13:00", false, "on_hold"],
      ["13:00", "14:00", true, "open"],
    ]);
    expect(cycleSegments(statuses, at("2026-03-02T09:30:00Z"), at("2026-03-02T14:00:00Z"), [])).toHaveLength(1);
  });
});

describe("open hours", () => {
  it("are the calendar's open periods, clipped to the figure", () => {
    expect(openIntervals(office, at("2026-03-06T12:00:00Z"), at("2026-03-09T10:00:00Z"))).toEqual([
      [at("2026-03-06T12:00:00Z"), at("2026-03-06T17:00:00Z")],
      [at("2026-03-09T09:00:00Z"), at("2026-03-09T10:00:00Z")],
    ]);
    expect(openIntervals(office, at("2026-03-07T00:00:00Z"), at("2026-03-08T00:00:00Z"))).toEqual([]);
  });
});

describe("event ticks and text", () => {
  it("name every kind of event with its new value", () => {
    const look = (event: unknown) => describeEvent(event as TicketEvent);
    expect(look({ type: "comment", at: 0, author: "customer", public: true, automated: false })).toEqual({ kind: "customer", text: "Customer comment (public)" });
    expect(look({ type: "comment", at: 0, author: "agent", public: true, automated: false })).toEqual({ kind: "agent", text: "Agent reply (public)" });
    expect(look({ type: "comment", at: 0, author: "agent", public: false, automated: false })).toEqual({ kind: "note", text: "Agent note (private)" });
    expect(look({ type: "comment", at: 0, author: "agent", public: true, automated: true })).toEqual({ kind: "note", text: "Agent comment (public, automated)" });
    expect(look({ type: "status_change", at: 0, status: "on_hold" })).toEqual({ kind: "status", text: "Status: On-hold" });
    expect(look({ type: "priority_change", at: 0, priority: null })).toEqual({ kind: "priority", text: "Priority: none" });
    expect(look({ type: "severity_change", at: 0, severity: 1, by: "customer" })).toEqual({ kind: "other", text: "Severity: 1 (by the customer)" });
    expect(look({ type: "assignee_change", at: 0, assignee: "maria" })).toEqual({ kind: "other", text: "Assignee: maria" });
    expect(look({ type: "calendar_change", at: 0, calendar: "emea" })).toEqual({ kind: "other", text: "Calendar: emea" });
    expect(look({ type: "tags_change", at: 0, tags: ["vip", "billing"] })).toEqual({ kind: "other", text: "Tags: vip, billing" });
    expect(look({ type: "field_change", at: 0, field: "group", value: "20" })).toEqual({ kind: "other", text: "Field group: 20" });
  });

  it("escape the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  });
});

// Seeded regression snapshots: decision tables over fixed generated inputs. A change of
// behaviour anywhere in the library shows up here as a readable diff in review. The inputs come
// from fixed seeds, so the tables only change when the code (or a generator) does.
import { fc } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { checkUsernameRelease } from "../../src/policies/check-username-release.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { Edition } from "../../src/shared/edition.js";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import { gitlab2026 } from "../../src/sla/editions/gitlab2026.js";
import { handbook2016 } from "../../src/sla/editions/handbook2016.js";
import { evaluateSla } from "../../src/sla/evaluate-sla.js";
import { NOW as POLICY_NOW, editionArb, usernameFactsArb } from "../policies/arbitraries.js";
import { NOW as QUEUE_NOW, queueCase } from "../routing/arbitraries.js";
import { calendarSpec, instant } from "../sla/arbitraries.js";
import { nowArb, ticketArb } from "../sla/sla-arbitraries.js";

const SEED = 20_260_302;
const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, seed = SEED): T[] => fc.sample(arbitrary, { seed, numRuns: count });
const EDITIONS: readonly Edition[] = ["handbook2016", "gitlab2026"];

describe("decision tables (seeded snapshots)", () => {
  it("business-time math over random calendars", () => {
    const rows = sample(fc.tuple(calendarSpec, instant, fc.integer({ min: 0, max: 200 * 60 })), 40).map(([spec, at, minutes]) => {
      const calendar = defineCalendar(spec);
      const due = addBusinessTime(calendar, new Date(at), minutes * 60_000);
      return `${spec.timeZone.padEnd(20)} ${new Date(at).toISOString()} +${String(minutes).padStart(5)} min → ${due.toISOString()} (${businessTimeBetween(calendar, new Date(at), due) / 60_000} min)`;
    });
    expect(rows.join("\n")).toMatchSnapshot();
  });

  it("SLA reports on both editions", () => {
    const cases = sample(ticketArb.chain((ticket) => nowArb(ticket).map((now) => [ticket, now] as const)), 30);
    const rows = cases.flatMap(([ticket, now]) =>
      [handbook2016, gitlab2026].map((edition, index) => {
        const report = evaluateSla(ticket, edition, now);
        const metrics = report.metrics.map((m) => `${m.metric}:${m.state}${m.breached ? "!" : ""}@${m.dueAt ?? "-"}`).join(" ");
        return `${String(ticket.id)} ${index === 0 ? "2016" : "2026"} ${report.policyId ?? "none"} next=${report.nextBreachAt ?? "-"} ${metrics}`;
      }),
    );
    expect(rows.join("\n")).toMatchSnapshot();
  });

  it("queue orders on both editions", () => {
    const rows = sample(queueCase(12), 6).flatMap((c, index) =>
      EDITIONS.map((edition) => {
        const queue = orderQueue(c.tickets, {
          now: QUEUE_NOW,
          engineer: { id: "me", region: "emea", dedicatedAccounts: ["org-2"] },
          edition,
          reports: c.reports,
        });
        return `queue ${index} ${edition}: ${queue.entries.map((e) => `${e.ticketId}/${e.bucket}`).join(" ")}`;
      }),
    );
    expect(rows.join("\n")).toMatchSnapshot();
  });

  it("username release decisions on both editions", () => {
    const rows = sample(fc.tuple(usernameFactsArb, editionArb), 40).map(([facts, edition]) => {
      const decision = checkUsernameRelease(facts, POLICY_NOW, edition);
      return `${edition} ${decision.outcome} [${decision.reasons.map((r) => r.code).join(",")}] ${decision.next?.action ?? ""}`;
    });
    expect(rows.join("\n")).toMatchSnapshot();
  });
});

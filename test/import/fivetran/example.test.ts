// examples/fivetran: a small warehouse export written from Fivetran's Zendesk schema (the columns
// fivetran/dbt_zendesk's seeds show), converted, imported and evaluated as of 2026-04-06 12:00 UTC.
// Schedule "Support EMEA": London, Monday to Friday 09:00–17:00 local, Good Friday 2026-04-03 off.
// SLA policy 1001: version 1 from 2026-01-01 (first reply normal 8 h, high 4 h; next reply normal
// 4 h, high 2 h, all business hours); version 2 from 2026-03-01 shortens the normal first reply
// to 2 h and keeps the rest.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadFivetranTables } from "../../../src/cli/load-fivetran-tables.js";
import type { CliIo } from "../../../src/cli/cli-io.js";
import { fivetranToZendesk } from "../../../src/import/fivetran/fivetran-to-zendesk.js";
import { importZendeskExport } from "../../../src/import/zendesk/import-zendesk-export.js";
import { evaluateSla } from "../../../src/sla/evaluate-sla.js";
import type { SlaReport } from "../../../src/sla/sla-report.js";

const NOW = new Date("2026-04-06T12:00:00Z");
const io: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => "",
  writeFile: () => "",
  now: () => NOW,
};

function replay(): { reports: Map<string, SlaReport>; conversionErrors: unknown[]; importErrors: unknown[] } {
  const conversion = fivetranToZendesk(loadFivetranTables("examples/fivetran", io));
  const imported = importZendeskExport(conversion.zendeskExport);
  const reports = new Map<string, SlaReport>();
  const importErrors: unknown[] = [...imported.errors];
  for (const entry of imported.tickets) {
    if (!entry.ok) importErrors.push(...entry.errors);
    else if (imported.policySet !== null) reports.set(entry.id, evaluateSla(entry.ticket, imported.policySet, NOW));
  }
  return { reports, conversionErrors: [...conversion.errors], importErrors };
}

const metric = (report: SlaReport | undefined, id: string) => report?.metrics.find((entry) => entry.metric === id);

describe("examples/fivetran replayed: due instants worked out by hand", () => {
  const { reports, conversionErrors, importErrors } = replay();

  it("converts and imports every row and ticket without an error", () => {
    expect(conversionErrors).toEqual([]);
    expect(importErrors).toEqual([]);
    expect([...reports.keys()]).toEqual(["101", "102", "103", "104"]);
  });

  it("101, normal, policy applied Fri 2026-02-20 16:00 (version 1, 8 business hours): Fri 16–17 (1 h) + Mon 09:00 + 7 h = Mon 2026-02-23 16:00; replied 10:00, met", () => {
    expect(metric(reports.get("101"), "first_reply")).toMatchObject({ dueAt: "2026-02-23T16:00:00.000Z", fulfilledAt: "2026-02-23T10:00:00.000Z", breached: false });
  });

  it("102, normal, applied Mon 2026-03-02 09:00 (version 2, 2 business hours): due 11:00, the public reply at 12:00 is late (the 11:30 note is private)", () => {
    expect(metric(reports.get("102"), "first_reply")).toMatchObject({ dueAt: "2026-03-02T11:00:00.000Z", fulfilledAt: "2026-03-02T12:00:00.000Z", breached: true });
  });

  it("102's next reply keeps version 1's 4 business hours (version 2 changed only the first reply): 13:00 + 4 h = 17:00; replied 16:30, met", () => {
    expect(metric(reports.get("102"), "next_reply")).toMatchObject({ dueAt: "2026-03-02T17:00:00.000Z", fulfilledAt: "2026-03-02T16:30:00.000Z", breached: false });
  });

  it("103, applied Fri 2026-02-27 15:00, is judged by version 1 (8 h) though version 2 (2 h) was in force from 2026-03-01: Fri 15–17 (2 h) + Mon 09:00 + 6 h = Mon 2026-03-02 15:00; replied 14:00, met (version 2 would have breached it Fri 17:00)", () => {
    expect(metric(reports.get("103"), "first_reply")).toMatchObject({ dueAt: "2026-03-02T15:00:00.000Z", fulfilledAt: "2026-03-02T14:00:00.000Z", breached: false });
  });

  it("104, high, created Thu 2026-04-02 15:00 UTC (16:00 BST), 4 business hours: Thu 16–17 local (1 h), Good Friday off, weekend, Mon 09:00 BST + 3 h = 12:00 BST = 11:00 UTC; unanswered at 12:00 UTC, breached", () => {
    expect(metric(reports.get("104"), "first_reply")).toMatchObject({ dueAt: "2026-04-06T11:00:00.000Z", fulfilledAt: null, breached: true });
  });
});

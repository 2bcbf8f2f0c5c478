import { describe, expect, it } from "vitest";
import { importJsmExport } from "../../src/import/jsm/import-jsm-export.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import { ID_PATTERN, idMessage } from "../../src/shared/id-pattern.js";
import { idSchema } from "../../src/shared/id-schema.js";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { NOW, ticket } from "../routing/queue-fixtures.js";
import { thrown } from "../support/thrown.js";

describe("ids: lower-case letters, digits and underscores, in every area", () => {
  it("the pattern takes lower-case letters, digits and underscores and nothing else", () => {
    expect(["low", "p1", "time_to_first_response", "_", "0"].filter((id) => ID_PATTERN.test(id))).toHaveLength(5);
    expect(["", "Low", "p-1", "p 1", "pending\n", "é", "low!"].filter((id) => ID_PATTERN.test(id))).toEqual([]);
  });

  it("the schema's message names what the id is for", () => {
    expect(idSchema("status").safeParse("Waiting").error?.issues.map((issue) => [issue.code, issue.message])).toEqual([["invalid_format", "A status id is lower-case letters, digits and underscores"]]);
    expect(idSchema("metric").safeParse("time_to_resolution").success).toBe(true);
  });

  it("sla: a status id in a policy set that is not lower-case letters, digits and underscores", () => {
    const error = thrown(() => prepareSlaPolicies({ policies: [], statuses: [{ id: "Waiting", category: "pending" }] } as never));
    expect([error.code, error.path, error.message]).toEqual(["invalid_format", ["policySet", "statuses", 0, "id"], idMessage("status")]);
  });

  it("routing: a queue ticket's priority that is not lower-case letters, digits and underscores", () => {
    const error = thrown(() => orderQueue([ticket("a", { priority: "Urgent!" })], { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" }));
    expect([error.code, error.path, error.message]).toEqual(["invalid_format", ["tickets", 0, "priority"], 'A priority id is lower-case letters, digits and underscores, not "Urgent!"']);
  });

  it("import: a status id in a JSM SLA configuration that is not lower-case letters, digits and underscores", () => {
    const result = importJsmExport({ issues: [], slaConfig: { metrics: [], statuses: [{ id: "waiting-for-customer", name: "Waiting for customer", category: "pending" }] } });
    expect(result.policySet).toBeNull();
    expect(result.errors).toEqual([{ source: "sla-config", record: "the SLA configuration", path: ["statuses", 0, "id"], code: "invalid_format", message: "A status id is lower-case letters, digits and underscores" }]);
  });
});

import { describe, expect, it } from "vitest";
import { orderQueue } from "../../src/routing/order-queue.js";
import type { OrderQueueOptions } from "../../src/routing/order-queue-options.js";
import { expectError } from "./helpers.js";

const NOW = new Date("2026-11-18T18:00:00.000Z");
const options: OrderQueueOptions = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" };
const apac = [{ id: "a", channel: "ticket", createdAt: "2026-11-18T08:00:00Z", preferredRegion: "apac" }] as const;

describe("orderQueue options", () => {
  it("reports that are neither an object nor a Map", () => {
    expectError(() => orderQueue([], { ...options, reports: "none" as never }), "invalid_input", ["options", "reports"], "Expected the reports as an object or a Map keyed by ticket id");
  });

  it("policies that are not a policy set object", () => {
    expectError(() => orderQueue([], { ...options, policies: 3 as never }), "invalid_input", ["options", "policies"], "Expected an SLA policy set");
  });

  it("reports, policies, bucketOrder and nearBreachWindow given as null are read as absent", () => {
    const absent = orderQueue(apac, options);
    expect(orderQueue(apac, { ...options, reports: null, policies: null, bucketOrder: null, nearBreachWindow: null })).toEqual(absent);
  });

  it("the engineer: a non-empty id, a known region, no other fields", () => {
    expectError(() => orderQueue([], { ...options, engineer: { id: "" } }), "too_small", ["options", "engineer", "id"], ">=1");
    expectError(() => orderQueue([], { ...options, engineer: { id: "me", region: "mars" } as never }), "unknown_value", ["options", "engineer", "region"], 'Unknown region "mars"; expected one of amer, apac, emea');
    expectError(() => orderQueue([], { ...options, engineer: { id: "me", dedicatedAccounts: [""] } }), "too_small", ["options", "engineer", "dedicatedAccounts", 0], ">=1");
    expectError(() => orderQueue([], { ...options, engineer: { id: "me", team: "x" } as never }), "unknown_key", ["options", "engineer", "team"], "team");
  });

  it("an engineer without a region never asks to rehome; one with a region does", () => {
    expect(orderQueue(apac, options).entries[0]?.rehomeAfterFirstReply).toBeUndefined();
    expect(orderQueue(apac, { ...options, engineer: { id: "me", region: null } }).entries[0]?.rehomeAfterFirstReply).toBeUndefined();
    expect(orderQueue(apac, { ...options, engineer: { id: "me", region: "amer" } }).entries[0]?.rehomeAfterFirstReply).toBe("apac");
  });

  it("an engineer without dedicated accounts has none", () => {
    const tickets = [{ id: "a", channel: "ticket", createdAt: "2026-11-18T08:00:00Z", status: "new", organization: { id: "globex" } }] as const;
    expect(orderQueue(tickets, { ...options, edition: "handbook2016" }).entries[0]?.bucket).toBe("new_unassigned");
    expect(orderQueue(tickets, { ...options, edition: "handbook2016", engineer: { id: "me", dedicatedAccounts: ["globex"] } }).entries[0]?.bucket).toBe("assigned_to_you");
  });

  it("options it does not know", () => {
    expectError(() => orderQueue([], { ...options, colour: "red" } as never), "unknown_key", ["options", "colour"], "colour");
    expectError(() => orderQueue([], { ...options, bucketOrder: "emergency" } as never), "invalid_type", ["options", "bucketOrder"], "array");
  });
});

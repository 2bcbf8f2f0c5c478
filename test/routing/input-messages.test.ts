import { describe, it } from "vitest";
import type { ChannelRequest } from "../../src/routing/channel-request.js";
import { INTERNAL_REQUEST_ROUTES, type InternalRequestType } from "../../src/routing/internal-request-routes.js";
import { orderQueue } from "../../src/routing/order-queue.js";
import { planChannelActions } from "../../src/routing/plan-channel-actions.js";
import { planDashboardViews } from "../../src/routing/plan-dashboard-views.js";
import type { QueueTicket } from "../../src/routing/queue-ticket.js";
import { routeInternalRequest } from "../../src/routing/route-internal-request.js";
import { classifySeverity } from "../../src/routing/classify-severity.js";
import type { ImpactFacts } from "../../src/routing/impact-facts.js";
import { CHANNELS, type Channel } from "../../src/shared/channel.js";
import { expectError } from "./helpers.js";

const NOW = new Date("2026-11-18T18:00:00.000Z");

describe("routing input errors, their messages in full", () => {
  it("an unknown internal request type lists every type the table has", () => {
    expectError(
      () => routeInternalRequest("order_pizza" as InternalRequestType),
      "unknown_value",
      ["requestType"],
      `Unknown internal request type "order_pizza"; expected one of ${Object.keys(INTERNAL_REQUEST_ROUTES).join(", ")}`,
    );
    expectError(() => routeInternalRequest(7 as unknown as InternalRequestType), "unknown_value", ["requestType"], "Unknown internal request type 7; expected one of team_member_it_issue, ");
  });

  it("an unknown channel lists every channel, in priority order", () => {
    expectError(() => planChannelActions({ channel: "myspace" } as unknown as ChannelRequest), "unknown_value", ["request", "channel"], `Unknown channel "myspace"; expected one of ${CHANNELS.join(", ")}`);
    expectError(() => planDashboardViews(["fax" as Channel]), "unknown_value", ["channels", 0], `Unknown channel "fax"; expected one of ${CHANNELS.join(", ")}`);
  });

  it("an unknown fact value names the fact's kind and the values allowed", () => {
    expectError(() => classifySeverity({ instance: 42 } as unknown as ImpactFacts), "unknown_value", ["impactFacts", "instance"], "Unknown instance state 42; expected one of unavailable, completely_unusable, usable");
    expectError(
      () => classifySeverity({ instance: "usable", importantFeatures: "meh" } as unknown as ImpactFacts),
      "unknown_value",
      ["impactFacts", "importantFeatures"],
      'Unknown state of important features "meh"; expected one of unavailable, extremely_slow, somewhat_slowed, working',
    );
  });

  it("an unknown edition lists the editions", () => {
    expectError(
      () => orderQueue([], { now: NOW, engineer: { id: "me" }, edition: "gitlab2020" as never }),
      "unknown_value",
      ["options", "edition"],
      'Unknown edition "gitlab2020"; expected one of handbook2016 (or 2016), gitlab2026 (or 2026)',
    );
  });

  it("a ticket id that is not a string, or empty", () => {
    const options = { now: NOW, engineer: { id: "me" }, edition: "gitlab2026" } as const;
    expectError(() => orderQueue([{ id: 5, channel: "ticket", createdAt: "2026-11-18T10:00:00Z" } as unknown as QueueTicket], options), "invalid_type", ["tickets", 0, "id"], "Expected a ticket id: a non-empty string");
    expectError(() => orderQueue([{ id: "", channel: "ticket", createdAt: "2026-11-18T10:00:00Z" }], options), "too_small", ["tickets", 0, "id"], "Expected a ticket id: a non-empty string");
  });
});

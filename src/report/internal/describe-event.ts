import type { TicketEvent } from "../../sla/ticket.js";
import { ownValue } from "../../shared/own-value.js";

/** How an event is drawn on the events lane: its shape's class and its words. */
export interface EventLook {
  /** `customer`, `agent`, `note`, `status`, `priority` or `other`: the CSS class and the shape. */
  readonly kind: "customer" | "agent" | "note" | "status" | "priority" | "other";
  /** What happened, without the instant. */
  readonly text: string;
}

const STATUS_WORDS: Readonly<Record<string, string>> = { new: "New", open: "Open", pending: "Pending", on_hold: "On-hold", solved: "Solved", closed: "Closed" };

/**
 * The look of one ticket event. Comments are the customer's or an agent's, public replies apart
 * from private notes and automated messages (which fulfil nothing); status and priority changes
 * have their own shapes; any other change (severity, assignee, a field, the tags, the calendar)
 * is a plain tick with its new value.
 */
export function describeEvent(event: TicketEvent): EventLook {
  switch (event.type) {
    case "comment": {
      const automated = event.automated ? ", automated" : "";
      if (event.author === "customer") return { kind: event.public ? "customer" : "note", text: `Customer comment (${event.public ? "public" : "private"}${automated})` };
      return event.public && !event.automated
        ? { kind: "agent", text: "Agent reply (public)" }
        : { kind: "note", text: `Agent ${event.public ? "comment (public" : "note (private"}${automated})` };
    }
    case "status_change":
      return { kind: "status", text: `Status: ${ownValue(STATUS_WORDS, event.status) ?? event.status}` };
    case "priority_change":
      return { kind: "priority", text: `Priority: ${event.priority ?? "none"}` };
    case "severity_change":
      return { kind: "other", text: `Severity: ${event.severity} (by the ${event.by})` };
    case "assignee_change":
      return { kind: "other", text: `Assignee: ${event.assignee ?? "none"}` };
    case "created":
      return { kind: "other", text: "Created" };
    case "field_change":
      return { kind: "other", text: `Field ${event.field}: ${Array.isArray(event.value) ? event.value.join(", ") : String(event.value)}` };
    case "tags_change":
      return { kind: "other", text: `Tags: ${event.tags.join(", ") || "none"}` };
    case "calendar_change":
      return { kind: "other", text: `Calendar: ${event.calendar ?? "none"}` };
  }
}

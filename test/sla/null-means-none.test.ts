// "null means none everywhere a field is optional" (docs/rules.md, inputs): a ticket exported with
// nulls for its missing values is evaluated as the same ticket without them.
import { type TicketInput, evaluateSla, gitlab2026, parseTicket, ticketSchema } from "../../src/sla/index.js";
import { describeNullMeansNone } from "../support/null-means-none.js";

const NOW = "2026-11-24T15:00:00Z";

const ticket = {
  id: "T-1",
  createdAt: "2026-11-24T10:00:00Z",
  channel: "ticket",
  organization: { id: "org-1", plan: "premium", supportLevel: "priority", tags: ["emea"] },
  form: "support",
  priority: "high",
  severity: 2,
  status: "open",
  assignee: "maria",
  tags: ["vip"],
  fields: { "custom_fields.region": "emea" },
  calendar: null,
  current: { status: "pending", tags: ["vip"] },
  events: [
    { type: "comment", at: "2026-11-24T11:00:00Z", author: "agent", public: true, automated: false, id: "c-1" },
    { type: "status_change", at: "2026-11-24T11:00:00Z", status: "pending" },
  ],
};

describeNullMeansNone("the SLA ticket", [
  {
    name: "evaluateSla's ticket",
    schema: ticketSchema,
    example: ticket,
    // The walk builds variants of the example; the schema, not the type, is what judges them.
    decide: (input) => evaluateSla(parseTicket(input as unknown as TicketInput), gitlab2026, NOW),
    nullHasAMeaning: {
      priority: "null is no priority: at creation the default, in current the ticket has none now",
      assignee: "null is unassigned: at creation the default, in current the ticket is unassigned now",
    },
  },
]);

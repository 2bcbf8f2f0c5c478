/**
 * The library's id for a name people write ("Waiting for customer" is `waiting_for_customer`,
 * "On hold" is `on_hold`, "Highest" is `highest`): lower case, spaces as underscores. compileJql
 * writes JQL priority and status values so, and the JSM import its statuses and priorities, so a
 * goal's `priority = Highest` names the priority the import gives the ticket.
 */
export function idOfName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, "_");
}

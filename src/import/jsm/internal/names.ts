/**
 * The library's id for a JSM name ("Waiting for customer" is `waiting_for_customer`, "Highest" is
 * `highest`): lower case, spaces as underscores, as compileJql writes JQL priority and status
 * values, so a goal's `priority = Highest` names the priority the import gives the ticket.
 */
export function idOfName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, "_");
}

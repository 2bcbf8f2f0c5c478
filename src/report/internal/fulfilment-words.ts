import { ownValue } from "../../shared/own-value.js";

const WORDS: Readonly<Record<string, string>> = {
  agent_reply: "an agent reply",
  customer_comment: "a customer comment",
  comment: "a comment",
  solved: "the solve",
  status_change: "a status change",
  field_change: "a field change",
  created: "the creation",
};

/** What fulfilled a cycle, in words (`"an agent reply"`); a kind not known here by its name. */
export function fulfilmentWords(kind: string | null): string {
  if (kind === null) return "-";
  return ownValue(WORDS, kind) ?? kind.replaceAll("_", " ");
}

import { type CustomStatus, DEFAULT_STATUS_CATEGORIES, STATUS_OF_CATEGORY, type StatusCategory } from "../../../sla/metric-definition.js";
import type { TicketStatus } from "../../../sla/sla-vocabulary.js";
import { JSM_PRIORITIES, JSM_STATUSES } from "../jsm-vocabulary.js";
import { idOfName } from "../../../sla/internal/id-of-name.js";

/** A JSM status as a ticket gives it: the library's status of its category, and the custom status when it is one. */
export interface MappedStatus {
  readonly id: string;
  readonly category: StatusCategory;
  readonly status: TicketStatus;
  readonly customStatus: string | null;
}

/** What names the import knows: the configuration's statuses and priorities, or JSM's defaults. */
export interface Vocabulary {
  readonly statuses: readonly CustomStatus[];
  readonly priorities: readonly string[];
  /** A JSM status name, by its declared name (any case), else by its id; undefined when unknown. */
  readonly statusOf: (name: string) => MappedStatus | undefined;
  /** Every status name the import knows, for messages. */
  readonly statusNames: readonly string[];
}

export function vocabularyOf(statuses: readonly CustomStatus[] = JSM_STATUSES, priorities: readonly string[] = JSM_PRIORITIES): Vocabulary {
  const byName = new Map<string, MappedStatus>();
  const byId = new Map<string, MappedStatus>();
  const names: string[] = [];
  const add = (id: string, name: string, category: StatusCategory, custom: boolean): void => {
    const mapped: MappedStatus = { id, category, status: STATUS_OF_CATEGORY[category], customStatus: custom ? id : null };
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), mapped);
    byId.set(id, mapped);
    names.push(name);
  };
  // The configuration's names come first: its "Open" wins over the library's own status open.
  for (const status of statuses) add(status.id, status.name ?? status.id, status.category, true);
  for (const [id, category] of Object.entries(DEFAULT_STATUS_CATEGORIES)) add(id, id, category, false);
  return {
    statuses,
    priorities,
    statusOf: (name) => byName.get(name.trim().toLowerCase()) ?? byId.get(idOfName(name)),
    statusNames: names,
  };
}

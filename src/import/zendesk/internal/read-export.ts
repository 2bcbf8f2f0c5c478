import * as z from "zod";
import { parseInput } from "../../../shared/errors.js";
import type { ZendeskExport } from "../zendesk-export.js";

const exportSchema = z.object({
  tickets: z.unknown(),
  ticketAudits: z.unknown().optional(),
  users: z.unknown().optional(),
  organizations: z.unknown().optional(),
  slaPolicies: z.unknown().optional(),
  schedules: z.unknown().optional(),
  holidays: z.unknown().optional(),
  customStatuses: z.unknown().optional(),
  ticketMetricEvents: z.unknown().optional(),
});

/**
 * The export's parts, read once into a plain object: an argument that is no object, or one whose
 * parts cannot be read (a getter or proxy that throws), is the library's error at `data`, never
 * a TypeError from reading it.
 */
export function readExport(data: unknown): ZendeskExport {
  return parseInput(exportSchema, data, ["data"]);
}

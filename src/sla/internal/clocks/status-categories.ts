import { type CustomStatus, DEFAULT_STATUS_CATEGORIES, type StatusCategory } from "../../metric-definition.js";

/** Every status the clocks know, in order, with its category: Zendesk's six, then a set's own. */
export function statusCategories(custom: readonly CustomStatus[]): Map<string, StatusCategory> {
  const categories = new Map(Object.entries(DEFAULT_STATUS_CATEGORIES));
  for (const status of custom) categories.set(status.id, status.category);
  return categories;
}

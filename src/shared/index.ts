export { SupportPolicyError } from "./errors.js";
export type { SupportPolicyErrorCode, SupportPolicyIssue } from "./errors.js";
export type { Decision, NextStep, Reason } from "./decision.js";
export type { DeepReadonly } from "./deep-freeze.js";
export type { JsonValue } from "./json.js";
export { EDITIONS } from "./edition.js";
export type { Edition } from "./edition.js";
export { CHANNELS, CHANNEL_SLA_CATEGORIES } from "./channel.js";
export type { Channel } from "./channel.js";

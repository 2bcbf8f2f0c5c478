// Hostile objects inside a helpdesk export: a part of the export, a record inside a part, or a
// field inside a record that fights back (throwing getters and proxy traps, revoked proxies, Date
// look-alikes, cycles) gives the library's typed error, never a raw TypeError or RangeError.
import { describe, expect, it } from "vitest";
import { importZendeskExport } from "../../src/import/zendesk/index.js";
import { fivetranToZendesk } from "../../src/import/fivetran/index.js";
import { importJsmExport } from "../../src/import/jsm/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";

function throwingProxy(): object {
  const fail = (): never => {
    throw new TypeError("trap");
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function throwingGetter(key: string, value: Record<string, unknown> = {}): object {
  Object.defineProperty(value, key, {
    enumerable: true,
    get: () => {
      throw new Error(`getter ${key}`);
    },
  });
  return value;
}

function cyclic(): object {
  const value: Record<string, unknown> = { id: 1 };
  value["self"] = value;
  return value;
}

const HOSTILE: readonly [string, () => unknown][] = [
  ["a proxy whose traps throw", throwingProxy],
  ["a revoked proxy", revokedProxy],
  ["an object whose getter throws", () => throwingGetter("id")],
  ["an array whose getter throws", () => throwingGetter("0", [] as unknown as Record<string, unknown>)],
  ["a Date look-alike", () => Object.create(Date.prototype) as unknown],
  ["a cyclic object", cyclic],
];

/** "ok", the typed error's code, or "raw …" for anything else thrown. */
function answer(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof SupportPolicyError) return error.code;
    return `raw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

const zendeskTicket = { id: 1, created_at: "2026-11-20T08:00:00Z", status: "open", priority: "high", via: { channel: "email" } };
const fivetranTicket = { id: "1", created_at: "2026-11-20 08:00:00", status: "open", priority: "high", via_channel: "email" };
const jsmIssue = { key: "SUP-1", fields: { created: "2026-11-20T08:00:00.000+0000" } };

const cases: readonly [string, (bad: unknown) => unknown][] = [
  ["importZendeskExport: the export", (bad) => importZendeskExport(bad as never)],
  ["importZendeskExport: the tickets part", (bad) => importZendeskExport({ tickets: bad })],
  ["importZendeskExport: a ticket", (bad) => importZendeskExport({ tickets: { tickets: [bad] } })],
  ["importZendeskExport: a ticket's via", (bad) => importZendeskExport({ tickets: { tickets: [{ ...zendeskTicket, via: bad }] } })],
  ["importZendeskExport: the audits part", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, ticketAudits: bad })],
  ["importZendeskExport: an audit", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, ticketAudits: { audits: [bad] } })],
  ["importZendeskExport: the users part", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, users: bad })],
  ["importZendeskExport: an organization", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, organizations: { organizations: [bad] } })],
  ["importZendeskExport: the SLA policies part", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, slaPolicies: bad })],
  ["importZendeskExport: a schedule", (bad) => importZendeskExport({ tickets: { tickets: [zendeskTicket] }, schedules: { schedules: [bad] } })],
  ["fivetranToZendesk: the tables", (bad) => fivetranToZendesk(bad as never)],
  ["fivetranToZendesk: the ticket table", (bad) => fivetranToZendesk({ ticket: bad } as never)],
  ["fivetranToZendesk: a ticket row", (bad) => fivetranToZendesk({ ticket: [bad] } as never)],
  ["fivetranToZendesk: a ticket row's cell", (bad) => fivetranToZendesk({ ticket: [{ ...fivetranTicket, status: bad }] } as never)],
  ["importJsmExport: the export", (bad) => importJsmExport(bad as never)],
  ["importJsmExport: the issues", (bad) => importJsmExport({ issues: bad })],
  ["importJsmExport: an issue", (bad) => importJsmExport({ issues: [bad] })],
  ["importJsmExport: an issue's fields", (bad) => importJsmExport({ issues: [{ ...jsmIssue, fields: bad }] })],
];

describe("hostile objects inside a helpdesk export give the typed error", () => {
  for (const [name, call] of cases) {
    it(name, () => {
      const raw = HOSTILE.map(([what, make]) => `${what}: ${answer(() => call(make()))}`).filter((line) => line.includes(": raw "));
      expect(raw).toEqual([]);
    });
  }

  it("an export part that cannot be read is invalid_input at the export, saying what went wrong", () => {
    const error = (() => {
      try {
        importZendeskExport({ tickets: { tickets: [throwingGetter("id")] } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SupportPolicyError);
    expect([(error as SupportPolicyError).code, (error as SupportPolicyError).path, (error as SupportPolicyError).message]).toEqual(["invalid_input", ["export"], "The input could not be read: reading it threw Error: getter id"]);
  });

  it("__proto__ keys inside an export never reach a prototype", () => {
    const tickets = JSON.parse('{"tickets":[{"id":1,"created_at":"2026-11-20T08:00:00Z","status":"open","__proto__":{"polluted":true},"via":{"channel":"email","__proto__":{"polluted":true}}}]}') as unknown;
    answer(() => importZendeskExport({ tickets }));
    answer(() => importJsmExport({ issues: JSON.parse('[{"key":"SUP-1","__proto__":{"polluted":true},"fields":{"__proto__":{"polluted":true}}}]') as unknown }));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

// Objects that fight back: a Date look-alike (an object inheriting Date.prototype without being a
// Date), getters that throw, proxies whose every trap throws, revoked proxies. Wherever one is
// passed, at the top or nested in a valid-looking input, every public function answers with the
// library's typed error, never a raw TypeError.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";

type AnyFunction = (...args: unknown[]) => unknown;

const functions = (Object.entries(api) as [string, unknown][])
  .filter((entry): entry is [string, AnyFunction] => typeof entry[1] === "function")
  .filter(([, fn]) => !/^class\s/.test(Function.prototype.toString.call(fn)));

const NOW = new Date("2026-11-20T10:00:00Z");

function throwingProxy(): object {
  const fail = (): never => {
    throw new TypeError("trap");
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail, set: fail, defineProperty: fail, deleteProperty: fail, isExtensible: fail, preventExtensions: fail });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function throwingGetters(keys: readonly string[], value: object = {}): object {
  for (const key of keys) {
    Object.defineProperty(value, key, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return value;
}

const KEYS = ["id", "createdAt", "channel", "now", "timeZone", "weekly", "username", "requester", "targets", "incident", "situation", "tickets", "hours", "minutes", "policies", "metrics"];

const HOSTILE: readonly [string, () => unknown][] = [
  ["a Date look-alike", () => Object.create(Date.prototype) as unknown],
  ["a proxy whose every trap throws", throwingProxy],
  ["a revoked proxy", revokedProxy],
  ["an object whose getters throw", () => throwingGetters(KEYS)],
  ["an array whose getters throw", () => throwingGetters(["0", "1"], [])],
];

function answer(run: () => unknown): string {
  try {
    run();
    return "result";
  } catch (error) {
    if (error instanceof SupportPolicyError) return error.code;
    return `raw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

describe("hostile objects as arguments of every public function", () => {
  for (const [name, fn] of functions) {
    it(name, () => {
      const raw: string[] = [];
      for (const [what, make] of HOSTILE) {
        for (const position of [0, 1, 2]) {
          // The hostile value in one position, plausible values elsewhere.
          const args: unknown[] = [{}, NOW, "gitlab2026"];
          args[position] = make();
          const result = answer(() => fn(...args));
          if (result.startsWith("raw ")) raw.push(`${what} as argument ${position}: ${result}`);
        }
      }
      expect(raw).toEqual([]);
    });
  }
});

describe("hostile objects nested in otherwise valid input", () => {
  const ticket = { id: "T-1", createdAt: "2026-11-20T08:00:00Z", channel: "ticket" as const };
  const cases: [string, (bad: unknown) => unknown][] = [
    ["parseTicket createdAt", (bad) => api.parseTicket({ ...ticket, createdAt: bad } as never)],
    ["parseTicket an event", (bad) => api.parseTicket({ ...ticket, events: [bad] } as never)],
    ["evaluateSla createdAt", (bad) => api.evaluateSla({ ...ticket, createdAt: bad } as never, api.gitlab2026, NOW)],
    ["evaluateSla now", (bad) => api.evaluateSla(ticket, api.gitlab2026, bad as never)],
    ["orderQueue a ticket's createdAt", (bad) => api.orderQueue([{ ...ticket, createdAt: bad }] as never, { now: NOW, engineer: { id: "maria" }, edition: "gitlab2026" } as never)],
    ["orderQueue now", (bad) => api.orderQueue([ticket] as never, { now: bad, engineer: { id: "maria" }, edition: "gitlab2026" } as never)],
    ["emergencyPaging triggeredAt", (bad) => api.emergencyPaging({ triggeredAt: bad } as never, NOW, "gitlab2026")],
    ["emergencyPaging now", (bad) => api.emergencyPaging({ triggeredAt: "2026-11-20T09:00:00Z" }, bad as never, "gitlab2026")],
    ["classifyEscalation now", (bad) => api.classifyEscalation({} as never, bad as never)],
    ["addBusinessTime start", (bad) => api.addBusinessTime(api.globalSupportHours, bad as never, { hours: 1 })],
    ["addBusinessTime duration", (bad) => api.addBusinessTime(api.globalSupportHours, NOW, bad as never)],
    ["isOpen calendar", (bad) => api.isOpen(bad as never, NOW)],
    ["defineCalendar weekly", (bad) => api.defineCalendar({ timeZone: "UTC", weekly: bad } as never)],
    ["checkUsernameRelease lastActivityAt", (bad) => api.checkUsernameRelease({ username: "alice", lastActivityAt: bad } as never, NOW, "gitlab2026")],
    ["check2faRemoval a target", (bad) => api.check2faRemoval({ requester: { userId: "u1" }, targets: [bad] } as never, "gitlab2026")],
    ["prepareSlaPolicies a policy", (bad) => api.prepareSlaPolicies({ policies: [bad] } as never)],
  ];
  for (const [name, call] of cases) {
    it(`${name}: the typed error for each hostile value`, () => {
      const answers = HOSTILE.map(([what, make]) => `${what}: ${answer(() => call(make()))}`);
      for (const line of answers) expect(line).not.toMatch(/: raw /);
    });
  }

  it("a Date look-alike as createdAt is an invalid_type at createdAt", () => {
    const error = (() => {
      try {
        api.parseTicket({ ...ticket, createdAt: Object.create(Date.prototype) as Date });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SupportPolicyError);
    expect([(error as SupportPolicyError).code, (error as SupportPolicyError).path]).toEqual(["invalid_type", ["ticket", "createdAt"]]);
    // It is no Date at all, so it is the wrong kind of value, and the message says what it is.
    expect((error as SupportPolicyError).message).toBe('Expected an ISO 8601 date-time with "Z" or an offset (e.g. "2026-11-20T10:00:00Z"), a Date or epoch milliseconds; received an object posing as a Date');
  });

  it("an input that cannot be read is invalid_input at the argument, saying what went wrong", () => {
    const error = (() => {
      try {
        api.parseTicket(throwingGetters(["id"]) as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SupportPolicyError);
    expect([(error as SupportPolicyError).code, (error as SupportPolicyError).path]).toEqual(["invalid_input", ["ticket"]]);
    expect((error as SupportPolicyError).message).toBe("The input could not be read: reading it threw Error: getter id");
  });
});

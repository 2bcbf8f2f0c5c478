import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { idleUsername, usernameSchema } from "../../src/policies/index.js";
import { SupportPolicyError } from "../../src/shared/errors.js";

const usernameArb = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9_]$/), fc.stringMatching(/^[A-Za-z0-9_.-]{0,300}$/), fc.stringMatching(/^[A-Za-z0-9_]$/))
  .map(([first, middle, last]) => `${first}${middle}${last}`.slice(0, 255))
  .filter((name) => usernameSchema.safeParse(name).success);

describe("idleUsername", () => {
  it('"Usernames will be appended with _idle"', () => {
    expect(idleUsername("alice", [])).toBe("alice_idle");
  });

  it("when name_idle is taken, the first free of name_idle1, name_idle2, ..., compared case-insensitively", () => {
    expect(idleUsername("alice", ["ALICE_idle"])).toBe("alice_idle1");
    expect(idleUsername("alice", ["alice_idle", "Alice_Idle1", "alice_idle3"])).toBe("alice_idle2");
  });

  it("trims the base, not the suffix, to stay within 255 characters, and drops a separator the trim leaves at the end", () => {
    const long = `a${"b".repeat(248)}.cdefg`;
    expect(long).toHaveLength(255);
    const name = idleUsername(long, []);
    expect(name).toHaveLength(254);
    expect(name.endsWith("b_idle")).toBe(true);
    expect(name.endsWith("._idle")).toBe(false);
  });

  it("rejects a name that is not a GitLab username", () => {
    try {
      idleUsername("bad name", []);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupportPolicyError);
      expect((error as SupportPolicyError).code).toBe("invalid_format");
      expect((error as SupportPolicyError).path).toEqual(["username"]);
    }
  });

  test.prop([usernameArb, fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 })])(
    "the new name is a valid username, ends in _idle or _idleN, is not taken, and is deterministic",
    (username, extra) => {
      const first = idleUsername(username, extra);
      const taken = [...extra, first.toUpperCase(), `${first}9`];
      const second = idleUsername(username, taken);
      for (const name of [first, second]) {
        expect(usernameSchema.safeParse(name).success).toBe(true);
        expect(name).toMatch(/_idle\d*$/);
        expect(name.length).toBeLessThanOrEqual(255);
      }
      expect(taken.map((name) => name.toLowerCase())).not.toContain(second.toLowerCase());
      expect(idleUsername(username, extra)).toBe(first);
    },
  );
});

import { describe, expect, it } from "vitest";
import { idRegistry } from "../../src/cli/id-registry.js";
import { fc, test } from "../support/property.js";

describe("idRegistry: the ids seen, with the label of the record that claimed each", () => {
  it("answers undefined for an id not claimed, and the claiming label once claimed", () => {
    const ids = idRegistry();
    expect(ids.earlier("T-1")).toBeUndefined();
    ids.add("T-1", "line 1");
    ids.add("T-10", "line 7");
    expect(ids.earlier("T-1")).toBe("line 1");
    expect(ids.earlier("T-10")).toBe("line 7");
    expect(ids.earlier("T-")).toBeUndefined();
    expect(ids.earlier("T-1line 1")).toBeUndefined();
    expect(ids.size()).toBe(2);
  });

  it("keeps the first claim: a second add of the same id changes nothing", () => {
    const ids = idRegistry();
    ids.add("a", "record 1");
    ids.add("a", "record 2");
    expect(ids.earlier("a")).toBe("record 1");
    expect(ids.size()).toBe(1);
  });

  it("holds 20,000 ids across many blocks and table growths exactly, the empty id and non-Latin text included", () => {
    const ids = idRegistry();
    ids.add("", "line 0");
    for (let i = 0; i < 20_000; i++) ids.add(`T-${i}`, `line ${i + 1}`);
    ids.add("Ünïcødé 🎫", "line 20001");
    expect(ids.size()).toBe(20_002);
    expect(ids.earlier("")).toBe("line 0");
    for (const i of [0, 1, 4095, 4096, 4097, 8191, 12_288, 19_999]) expect(ids.earlier(`T-${i}`)).toBe(`line ${i + 1}`);
    expect(ids.earlier("T-20000")).toBeUndefined();
    expect(ids.earlier("Ünïcødé 🎫")).toBe("line 20001");
  });

  it("gives back every label as it was given: numbered ones, ones that only look numbered, and any other text", () => {
    const ids = idRegistry();
    const labels = ["line 0", "line 1", "record 12", "line 999999999", "line 1000000000", "line 007", "line ", "line -3", "line 1e3", "line 12a", "record", "Line 5", "line 5 ", "entrée ☃", "😀", ""];
    for (const [index, label] of labels.entries()) ids.add(`id-${index}`, label);
    expect(labels.map((_, index) => ids.earlier(`id-${index}`))).toEqual(labels);
  });

  it("holds an id longer than a block of storage, between shorter ones", () => {
    const ids = idRegistry();
    const long = "x".repeat(3 << 20);
    const wide = "é☃".repeat(1 << 19);
    ids.add("before", "line 1");
    ids.add(long, "line 2");
    ids.add(wide, "record 3");
    ids.add("after", "line 4");
    expect([ids.earlier("before"), ids.earlier(long), ids.earlier(wide), ids.earlier("after")]).toEqual(["line 1", "line 2", "record 3", "line 4"]);
    expect(ids.earlier(long.slice(1))).toBeUndefined();
  });

  // Ids from a small alphabet collide often, in hashes and in prefixes; labels vary in length.
  const id = fc.string({ unit: fc.constantFrom("a", "b", "1", "-", "é", "😀"), maxLength: 4 });
  const label = fc.oneof(fc.string({ maxLength: 6 }), fc.nat().map((n) => `line ${n}`), fc.nat().map((n) => `record ${n}`), fc.string({ unit: fc.constantFrom("0", "1", "9", "-", "x"), maxLength: 11 }).map((digits) => `line ${digits}`));
  test.prop([fc.array(fc.tuple(id, label, fc.boolean()), { maxLength: 300 })], { numRuns: 200 })(
    "answers exactly as a Map of id to first label would, for any sequence of lookups and claims",
    (steps) => {
      const ids = idRegistry();
      const reference = new Map<string, string>();
      for (const [key, label, claim] of steps) {
        expect(ids.earlier(key)).toBe(reference.get(key));
        if (claim) {
          ids.add(key, label);
          if (!reference.has(key)) reference.set(key, label);
        }
      }
      expect(ids.size()).toBe(reference.size);
      for (const [key, label] of reference) expect(ids.earlier(key)).toBe(label);
    },
  );
});

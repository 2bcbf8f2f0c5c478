import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/shared/describe-value.js";

describe("describeValue", () => {
  it("strings quoted, cut after 40 characters", () => {
    expect(describeValue("fax")).toBe('"fax"');
    expect(describeValue("a".repeat(40))).toBe(`"${"a".repeat(40)}"`);
    expect(describeValue("a".repeat(41))).toBe(`"${"a".repeat(40)}…"`);
  });

  it("other values by what they are", () => {
    expect([1.5, true, undefined, 10n, null, [1], new Date(0), {}, () => 0].map(describeValue)).toEqual([
      "1.5",
      "true",
      "undefined",
      "10n",
      "null",
      "an array",
      "a Date",
      "a value of type object",
      "a value of type function",
    ]);
  });
});

import { describe, expect, it } from "vitest";

describe("the test environment has no clock", () => {
  it("Date.now() throws inside a test", () => {
    expect(() => Date.now()).toThrow("The clock was read: Date.now()");
  });

  it("new Date() without arguments throws, while an explicit instant works", () => {
    expect(() => new Date()).toThrow("The clock was read: new Date() without arguments");
    expect(new Date("2026-03-02T17:00:00Z").getTime()).toBe(1772470800000);
    expect(new Date(0)).toBeInstanceOf(Date);
  });
});

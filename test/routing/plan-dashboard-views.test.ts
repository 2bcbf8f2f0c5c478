import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { CHANNEL_CATALOGUE } from "../../src/routing/channel-catalogue.js";
import { planDashboardViews } from "../../src/routing/plan-dashboard-views.js";
import { CHANNELS, type Channel } from "../../src/shared/channel.js";
import { deepFreeze, expectError, roundTrip } from "./helpers.js";

const channelSubset = fc.subarray([...CHANNELS]).chain((channels) => fc.shuffledSubarray(channels, { minLength: channels.length, maxLength: channels.length }));

describe("planDashboardViews", () => {
  it('"13 views; 6 are not channels, so channels share 7 views, combined in priority order"', () => {
    const views = planDashboardViews([...CHANNELS]);
    expect(views).toHaveLength(7);
    expect(views.map((v) => v.channels)).toEqual([
      ["emergency", "gitlab_com_downtime"],
      ["security", "hackerone"],
      ["ticket"],
      ["contact_form"],
      ["internal"],
      ["disqus", "twitter", "facebook"],
      ["issue_followup", "gitlab_com_support_tracker", "ce_tracker", "ee_tracker", "omnibus_tracker", "mailing_list", "forum", "docker", "stack_overflow", "reddit", "quora"],
    ]);
    expect(views[5]?.name).toBe("Disqus + Twitter and Facebook");
    expect(views[6]?.slaCategories).toEqual([4]);
  });

  it("with room for every catalogue view, nothing is combined beyond the catalogue's own views", () => {
    const views = planDashboardViews([...CHANNELS], 30, 6);
    expect(views.map((v) => v.name)).toContain("Twitter and Facebook");
    expect(views.every((v) => !v.name.includes(" + "))).toBe(true);
  });

  it("neighbours of the same SLA category merge first; when none share one, the last two merge", () => {
    expect(planDashboardViews(["twitter", "facebook", "forum", "ticket"], 4, 2).map((v) => v.channels)).toEqual([["ticket"], ["twitter", "facebook", "forum"]]);
    expect(planDashboardViews(["ticket", "contact_form", "forum"], 8, 6).map((v) => v.channels)).toEqual([["ticket", "contact_form"], ["forum"]]);
  });

  it("one slot holds every channel; no channels give no views", () => {
    expect(planDashboardViews([...CHANNELS], 7, 6)).toHaveLength(1);
    expect(planDashboardViews([], 13, 6)).toEqual([]);
  });

  it("does not mutate its input and returns JSON", () => {
    const channels = deepFreeze(["quora", "ticket", "emergency"] as Channel[]);
    const views = planDashboardViews(channels);
    expect(channels).toEqual(["quora", "ticket", "emergency"]);
    expect(roundTrip(views)).toEqual(views);
  });

  test.prop([channelSubset, fc.integer({ min: 1, max: 25 })])("every channel exactly once, in priority order, within the views left", (channels, slots) => {
    const views = planDashboardViews(channels, slots + 6, 6);
    const flat = views.flatMap((v) => v.channels);
    expect([...flat].sort()).toEqual([...channels].sort());
    expect(flat).toEqual([...channels].sort((a, b) => CHANNEL_CATALOGUE[a].priority - CHANNEL_CATALOGUE[b].priority));
    expect(views.length).toBeLessThanOrEqual(slots);
    expect(views.every((v) => v.channels.length > 0)).toBe(true);
  });

  test.prop([channelSubset])("the order of the input does not matter", (channels) => {
    expect(planDashboardViews([...channels].reverse())).toEqual(planDashboardViews(channels));
  });

  it("rejects unknown and duplicate channels and a dashboard with no room for channels", () => {
    expectError(() => planDashboardViews(["ticket", "fax"] as Channel[]), "unknown_value", ["channels", 1], 'Unknown channel "fax"');
    expectError(() => planDashboardViews(["ticket", "forum", "ticket"]), "duplicate_id", ["channels", 2], 'Channel "ticket" is listed twice');
    expectError(() => planDashboardViews(["ticket"], 6, 6), "too_small", ["limit"], "No view is left for channels");
    expectError(() => planDashboardViews(["ticket"], 2.5), "invalid_type", ["limit"], "int");
  });
});

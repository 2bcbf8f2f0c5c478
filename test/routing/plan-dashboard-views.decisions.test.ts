import { describe, expect, it } from "vitest";
import { planDashboardViews } from "../../src/routing/plan-dashboard-views.js";
import { CHANNELS, type Channel } from "../../src/shared/channel.js";
import { expectError } from "./helpers.js";

describe("planDashboardViews, full views", () => {
  it('"The Zendesk dashboard fits 13 views; 6 are not channels, so channels share 7 views, combined in priority order"', () => {
    expect(planDashboardViews([...CHANNELS])).toEqual([
      { name: "Emergencies", channels: ["emergency", "gitlab_com_downtime"], slaCategories: [1] },
      { name: "Security", channels: ["security", "hackerone"], slaCategories: [2] },
      { name: "Regular tickets", channels: ["ticket"], slaCategories: [2] },
      { name: "Contact form", channels: ["contact_form"], slaCategories: [2] },
      { name: "Internal support", channels: ["internal"], slaCategories: [2] },
      { name: "Disqus + Twitter and Facebook", channels: ["disqus", "twitter", "facebook"], slaCategories: [3] },
      {
        name: "Issue follow-ups + GitLab.com support tracker + CE/EE/Omnibus trackers + Mailing list + Forum + Docker + Stack Overflow + Reddit + Quora",
        channels: ["issue_followup", "gitlab_com_support_tracker", "ce_tracker", "ee_tracker", "omnibus_tracker", "mailing_list", "forum", "docker", "stack_overflow", "reddit", "quora"],
        slaCategories: [4],
      },
    ]);
  });

  it("when no neighbours share a category, the last two merge, keeping both categories, strictest first", () => {
    expect(planDashboardViews(["quora", "disqus", "emergency"], 8, 6)).toEqual([
      { name: "Emergencies", channels: ["emergency"], slaCategories: [1] },
      { name: "Disqus + Quora", channels: ["disqus", "quora"], slaCategories: [3, 4] },
    ]);
  });

  it("with no same-category neighbours left, the last two merge again, the strictest channels staying apart", () => {
    expect(planDashboardViews(["emergency", "ticket", "disqus", "quora"], 2, 0)).toEqual([
      { name: "Emergencies", channels: ["emergency"], slaCategories: [1] },
      { name: "Regular tickets + Disqus + Quora", channels: ["ticket", "disqus", "quora"], slaCategories: [2, 3, 4] },
    ]);
  });

  it("same-category neighbours merge first, then the last two, whose categories are both kept", () => {
    expect(planDashboardViews(["ticket", "disqus", "forum", "quora"], 2, 0)).toEqual([
      { name: "Regular tickets", channels: ["ticket"], slaCategories: [2] },
      { name: "Disqus + Forum + Quora", channels: ["disqus", "forum", "quora"], slaCategories: [3, 4] },
    ]);
  });

  it("the lowest-priority same-category pair merges first", () => {
    expect(planDashboardViews(["ticket", "contact_form", "forum", "quora", "internal"], 4, 0)).toEqual([
      { name: "Regular tickets", channels: ["ticket"], slaCategories: [2] },
      { name: "Contact form", channels: ["contact_form"], slaCategories: [2] },
      { name: "Internal support", channels: ["internal"], slaCategories: [2] },
      { name: "Forum + Quora", channels: ["forum", "quora"], slaCategories: [4] },
    ]);
  });

  it("exactly as many views as slots: nothing merges beyond the catalogue views", () => {
    expect(planDashboardViews(["twitter", "facebook", "forum"], 2, 0)).toEqual([
      { name: "Twitter and Facebook", channels: ["twitter", "facebook"], slaCategories: [3] },
      { name: "Forum", channels: ["forum"], slaCategories: [4] },
    ]);
  });

  it("no channels need no room: no views, even with no slot left", () => {
    expect(planDashboardViews([], 6, 6)).toEqual([]);
  });

  it("rejects a dashboard with no room for channels, with the numbers in the message", () => {
    expectError(() => planDashboardViews(["ticket"], 6, 6), "too_small", ["limit"], "No view is left for channels: limit 6 minus 6 views that are not channels");
    expectError(() => planDashboardViews(["ticket"], 5, 6), "too_small", ["limit"], "No view is left for channels: limit 5 minus 6 views that are not channels");
    expect(planDashboardViews(["ticket"], 7, 6)).toEqual([{ name: "Regular tickets", channels: ["ticket"], slaCategories: [2] }]);
  });

  it("rejects a limit below 1 and a negative number of other views", () => {
    expectError(() => planDashboardViews(["ticket"], 0, 0), "too_small", ["limit"], ">=1");
    expectError(() => planDashboardViews(["ticket"], 13, -1), "too_small", ["nonChannelViews"], ">=0");
    expect(planDashboardViews(["ticket"], 1, 0)).toHaveLength(1);
  });

  it("rejects a channel listed twice at the second place it appears", () => {
    expectError(() => planDashboardViews(["forum", "ticket", "forum"] as Channel[]), "duplicate_id", ["channels", 2], 'Channel "forum" is listed twice');
  });
});

// moment-business-time ships no types; these are the two methods the benchmark calls.
import "moment";

declare module "moment" {
  interface Moment {
    addWorkingTime(amount: number, unit: "minutes" | "hours"): Moment;
    workingDiff(other: Moment, unit: "minutes" | "hours", precise?: boolean): number;
  }
  interface LocaleSpecification {
    workinghours?: Record<number, string[] | null>;
    holidays?: string[];
  }
}

import type { Dataset } from './generated/types.ts';

export interface SurveySummary {
  /** The debate (event id). */
  event: string;
  /** Speeches read. */
  read: number;
  /** Speeches that name the Convention, and the states that gave them. */
  convention: number;
  conventionBy: string[];
  /** Speeches that mention cybercrime only in general. */
  generic: number;
  /** Speeches that mention neither. */
  none: number;
}

/** What each surveyed debate said: "2 of 193 named the Convention" is `convention` of `read`. */
export function summarizeSurveys(surveys: Dataset['surveys']): SurveySummary[] {
  return surveys.map((s) => {
    const by = (m: string) => s.speeches.filter((x) => x.mentions === m);
    return {
      event: s.event,
      read: s.speeches.length,
      convention: by('convention').length,
      conventionBy: by('convention').map((x) => x.actor),
      generic: by('generic').length,
      none: by('none').length,
    };
  });
}

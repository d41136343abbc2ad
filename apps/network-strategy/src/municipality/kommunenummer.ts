import { isMunicipalityNumber } from '@samspill/contracts';

/**
 * County numbers (fylkesnummer) in force from 2024; a municipality number's first two digits
 * are its county's. 21 (Svalbard) and 22 (Jan Mayen) are not municipalities.
 */
const COUNTY_BY_NUMBER: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

export type KommunenummerCheck = { valid: true; county: string } | { valid: false; reason: string };

export function checkKommunenummer(value: string): KommunenummerCheck {
  if (!isMunicipalityNumber(value)) return { valid: false, reason: `"${value}" is not a municipality number: it must be four digits` };
  const county = COUNTY_BY_NUMBER[value.slice(0, 2)];
  if (!county) return { valid: false, reason: `"${value}" is not a municipality number: no county has number ${value.slice(0, 2)}` };
  if (value.slice(2) === '00') return { valid: false, reason: `"${value}" is a county number, not a municipality number` };
  return { valid: true, county };
}

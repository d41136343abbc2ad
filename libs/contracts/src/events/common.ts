import { z } from 'zod';

/** A Norwegian municipality number (kommunenummer): four digits. The one definition of its shape. */
export const MUNICIPALITY_NUMBER = /^\d{4}$/;
export const isMunicipalityNumber = (value: string) => MUNICIPALITY_NUMBER.test(value);

export const municipalityNumber = z.string().regex(MUNICIPALITY_NUMBER, 'a municipality number has four digits');
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(100);

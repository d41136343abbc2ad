import { Matches, ValidationOptions } from 'class-validator';
import { MUNICIPALITY_NUMBER } from '@samspill/contracts';

/** Input validation for a municipality number (four digits; see MUNICIPALITY_NUMBER in contracts). */
export const IsMunicipalityNumber = (options: ValidationOptions = {}) =>
  Matches(MUNICIPALITY_NUMBER, { message: '$property must be a four-digit municipality number', ...options });

/** A calendar date as YYYY-MM-DD (the shape; whether the day exists is the use case's check). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const IsIsoDate = (options: ValidationOptions = {}) => Matches(ISO_DATE, { message: 'a date is YYYY-MM-DD', ...options });

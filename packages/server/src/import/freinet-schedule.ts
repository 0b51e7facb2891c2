/**
 * Freinet's `zeitlicherrahmen` is free text ("regelmäßig, ca. 2 Stunden pro Woche", "einmalig am
 * 14.06.2031 von 09:00 bis 15:00 Uhr", "flexibel nach Absprache"). What can be read from it
 * becomes a schedule; the text itself always stays as the schedule's note.
 */
import type { Schedule } from '@mitmachen/contract';
import { berlinTimestamp } from './vocabulary.js';

const DATE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/g;
const TIMES = /(\d{1,2})(?:[:.](\d{2}))?\s*(?:Uhr\s*)?(?:bis|-|–)\s*(\d{1,2})(?:[:.](\d{2}))?\s*Uhr/i;
const HOURS = /(\d{1,2}(?:[.,]\d)?)\s*(?:bis\s*\d{1,2}(?:[.,]\d)?\s*)?(?:Std\.?|Stunden?)\s*(?:pro|in\s+der|je|im|\/|a)?\s*(Woche|Monat)/i;
const ONE_TIME = /\beinmalig|\beinmal\s+am\b|\bam\s+\d{1,2}\./i;

export function scheduleFromText(raw: string | undefined): Schedule {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  const note = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  const withNote = <T extends object>(schedule: T): T => (note ? { ...schedule, note } : schedule);
  if (text === '') return { type: 'flexible' };
  if (ONE_TIME.test(text)) {
    const times = TIMES.exec(text);
    const dates = [...text.matchAll(DATE)].slice(0, 20).flatMap(([, d, m, y]) => {
      const [day, month, year] = [Number(d), Number(m), Number(y)];
      const start = berlinTimestamp(year, month, day, times ? Number(times[1]) : 0, times ? Number(times[2] ?? 0) : 0);
      if (start === undefined) return [];
      const end = times ? berlinTimestamp(year, month, day, Number(times[3]), Number(times[4] ?? 0)) : undefined;
      return [end === undefined ? { start } : { start, end }];
    });
    if (dates.length > 0) return withNote({ type: 'one-time', dates });
  }
  const hours = HOURS.exec(text);
  if (hours) {
    const amount = Number(hours[1]!.replace(',', '.'));
    const perWeek = /monat/i.test(hours[2]!) ? Math.max(0.5, Math.round((amount / 4.33) * 2) / 2) : amount;
    if (perWeek > 0 && perWeek <= 40) return withNote({ type: 'regular', hoursPerWeek: perWeek });
  }
  return withNote({ type: 'flexible' });
}

// The reader's language and calendar: chosen in the header, remembered in localStorage, and
// carried in the page URL (`lang=en`, `cal=gregorian`) so a shared link opens the same way.
// Filters stay in Jalali years underneath whatever calendar is shown.
import { useSyncExternalStore } from 'react';

export const LANGUAGES = ['fa', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const CALENDARS = ['jalali', 'gregorian'] as const;
export type Calendar = (typeof CALENDARS)[number];

export interface Settings {
  language: Language;
  calendar: Calendar;
}

export const DEFAULT_SETTINGS: Settings = { language: 'fa', calendar: 'jalali' };
const STORAGE_KEY = 'hamgen.settings';
const PARAMS = { language: 'lang', calendar: 'cal' } as const;

function pick<T extends string>(allowed: readonly T[], ...values: (string | null | undefined)[]): T | undefined {
  return values.find((v): v is T => v !== null && v !== undefined && (allowed as readonly string[]).includes(v));
}

/** URL first (a shared link wins), then what this browser remembered, then the defaults. */
export function readSettings(search: string, stored: string | null): Settings {
  const params = new URLSearchParams(search);
  let saved: Partial<Settings> = {};
  try {
    saved = stored ? (JSON.parse(stored) as Partial<Settings>) : {};
  } catch {
    saved = {};
  }
  return {
    language: pick(LANGUAGES, params.get(PARAMS.language), saved.language) ?? DEFAULT_SETTINGS.language,
    calendar: pick(CALENDARS, params.get(PARAMS.calendar), saved.calendar) ?? DEFAULT_SETTINGS.calendar,
  };
}

/** The search string with the settings written in (defaults left out to keep links short). */
export function withSettings(search: string, settings: Settings): string {
  const params = new URLSearchParams(search);
  for (const key of ['language', 'calendar'] as const) {
    if (settings[key] === DEFAULT_SETTINGS[key]) params.delete(PARAMS[key]);
    else params.set(PARAMS[key], settings[key]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
let current: Settings = readSettings(
  typeof location === 'undefined' ? '' : location.search,
  storage?.getItem(STORAGE_KEY) ?? null,
);
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  return current;
}

export function updateSettings(next: Partial<Settings>): void {
  current = { ...current, ...next };
  storage?.setItem(STORAGE_KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}

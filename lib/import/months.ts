// Month names and abbreviations in English, Spanish, Portuguese, French and German, compared
// without accents and case. The five languages never disagree about a word ("mar" is March in
// all that use it, "mai" is May), so one table serves every file without knowing its language.

export function foldText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const MONTH_WORDS: Record<number, string[]> = {
  1: ["january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "janner", "jaenner"],
  2: ["february", "feb", "febrero", "fevereiro", "fev", "fevrier", "fevr", "fev", "februar", "feber"],
  3: ["march", "mar", "marzo", "marco", "mars", "marz", "maerz", "mrz"],
  4: ["april", "apr", "abril", "abr", "avril", "avr"],
  5: ["may", "mayo", "maio", "mai"],
  6: ["june", "jun", "junio", "junho", "juin", "juni"],
  7: ["july", "jul", "julio", "julho", "juillet", "juil", "juli"],
  8: ["august", "aug", "agosto", "ago", "aout"],
  9: ["september", "sep", "sept", "septiembre", "setiembre", "set", "setembro", "septembre"],
  10: ["october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt"],
  11: ["november", "nov", "noviembre", "novembro", "novembre"],
  12: ["december", "dec", "diciembre", "dic", "dezembro", "dez", "decembre", "dezember"],
};

const MONTHS = new Map<string, number>();
for (const [month, words] of Object.entries(MONTH_WORDS)) {
  for (const w of words) MONTHS.set(w, Number(month));
}

/** 1–12 for a month word in any of the five languages ("Août", "sept.", "März"); null otherwise. */
export function monthFromWord(word: string): number | null {
  const w = foldText(word).replace(/\.$/, "");
  return MONTHS.get(w) ?? null;
}

/** Words that can sit around a date and mean nothing for it: "31 de agosto", "am 31. August". */
export const DATE_FILLER_WORDS = new Set([
  "de", "del", "do", "da", "of", "the", "le", "la", "den", "der", "am", "um", "at", "a", "as", "las", "los", "el", "en", "em", "on",
  "h", "uhr", "hrs",
  // weekdays, sometimes written before the date
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
  "segunda", "terca", "quarta", "quinta", "sexta", "feira",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
]);

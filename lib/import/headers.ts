// Which file is which, from its headers alone (never the file name): TikTok Studio writes them in
// the account's language. Each column Tierline reads has its names in English, Spanish,
// Portuguese, French and German (compared without accents, case or punctuation), plus word rules
// for the wordings that vary ("Total de visualizaciones" / "Visualizaciones totales").
import { foldText } from "./months";
import type { ImportKind } from "./types";

export type Field =
  // TikTok Studio
  | "date"
  | "videoViews"
  | "profileViews"
  | "likes"
  | "comments"
  | "shares"
  | "followers"
  | "followerChange"
  | "time"
  | "videoTitle"
  | "videoLink"
  | "postTime"
  | "totalLikes"
  | "totalComments"
  | "totalShares"
  | "totalViews"
  // Tierline's own exports
  | "videoId"
  | "platformVideoId"
  | "postedAt"
  | "capturedAt"
  | "durationSeconds"
  | "hashtags"
  | "sound"
  | "notes"
  | "saves"
  | "avgWatchTime"
  | "completionRate";

export type Language = "en" | "es" | "pt" | "fr" | "de";

/** "„Gefällt mir“-Angaben" → "gefallt mir angaben"; "J'aime" → "jaime". */
export function normalizeHeader(h: string): string {
  return foldText(h)
    .replace(/['’`´"“”„«»]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

type FieldRule = {
  /** Exact names (normalised), with the language each belongs to. */
  names: Partial<Record<Language, string[]>>;
  /** Word rules: every pattern of one group must match. */
  all?: RegExp[][];
  /** Never this field when one of these matches. */
  not?: RegExp;
};

const TOTAL = /\b(total|totales|totais|totaux|insgesamt|gesamt|gesamtzahl|cumul)/;
const TIME_LIKE = /(tiempo|time|tempo|temps|zeit|dauer|duracion|duracao|duree|average|promedio|media|medio|moyen|moyenne|durchschnitt|rate|tasa|taxa|taux|quote|rate)/;
const VIEW_WORD = /(view|visualiza|vista|reproduc|vues|aufruf|wiedergabe|visionnage)/;
const LIKE_WORD = /(like|gusta|curtid|jaime|gefallt|mentions)/;
const COMMENT_WORD = /(comment|comentari|kommentar)/;
const SHARE_WORD = /(share|compartid|compartilh|partage|geteilt|teilen|geteilte)/;

// Tierline's own exports first: their names are the most specific (lib/csv writes them).
const RULES: [Field, FieldRule][] = [
  ["capturedAt", { names: { en: ["captured at", "captured", "reading captured at", "captured at local"] } }],
  ["postedAt", { names: { en: ["posted at", "posted", "posted at local"] } }],
  ["videoId", { names: { en: ["video id", "tierline video id"] } }],
  ["platformVideoId", { names: { en: ["tiktok video id", "platform video id", "tiktok id"] } }],
  ["durationSeconds", { names: { en: ["duration s", "duration seconds", "duration", "duration sec"] } }],
  ["hashtags", { names: { en: ["hashtags", "tags"] } }],
  ["sound", { names: { en: ["sound"] } }],
  ["notes", { names: { en: ["notes"] } }],
  ["avgWatchTime", { names: { en: ["avg watch time seconds", "average watch time seconds", "avg watch time s"] } }],
  ["completionRate", { names: { en: ["completion rate pct", "completion rate", "completion rate percent"] } }],
  ["saves", { names: { en: ["saves", "favorites", "favourites"], es: ["guardados", "favoritos"], pt: ["salvamentos", "favoritos"], fr: ["enregistrements", "favoris"], de: ["gespeichert", "favoriten"] } }],

  // Content.csv
  [
    "totalViews",
    {
      names: {
        en: ["total views", "total video views", "views total"],
        es: ["total de visualizaciones", "visualizaciones totales", "total de reproducciones", "reproducciones totales", "total de vistas", "vistas totales"],
        pt: ["total de visualizacoes", "visualizacoes totais"],
        fr: ["total des vues", "vues totales", "nombre total de vues", "vues au total"],
        de: ["aufrufe insgesamt", "gesamtaufrufe", "videoaufrufe insgesamt", "gesamtzahl der aufrufe"],
      },
      all: [[TOTAL, VIEW_WORD]],
      not: /(profil|perfil|profile)/,
    },
  ],
  [
    "totalLikes",
    {
      names: {
        en: ["total likes"],
        es: ["total de me gusta", "me gusta totales", "total de likes"],
        pt: ["total de curtidas", "curtidas totais"],
        fr: ["total des jaime", "nombre total de jaime", "jaime au total", "total jaime", "total des mentions jaime"],
        de: ["gefallt mir angaben insgesamt", "likes insgesamt", "gesamtzahl der likes", "gesamtzahl der gefallt mir angaben"],
      },
      all: [[TOTAL, LIKE_WORD]],
    },
  ],
  [
    "totalComments",
    {
      names: {
        en: ["total comments"],
        es: ["total de comentarios", "comentarios totales"],
        pt: ["total de comentarios", "comentarios totais"],
        fr: ["total des commentaires", "nombre total de commentaires", "commentaires au total"],
        de: ["kommentare insgesamt", "gesamtzahl der kommentare"],
      },
      all: [[TOTAL, COMMENT_WORD]],
    },
  ],
  [
    "totalShares",
    {
      names: {
        en: ["total shares"],
        es: ["total de veces compartido", "total de compartidos", "compartidos totales", "veces compartido en total"],
        pt: ["total de compartilhamentos", "compartilhamentos totais"],
        fr: ["total des partages", "nombre total de partages", "partages au total"],
        de: ["geteilte inhalte insgesamt", "shares insgesamt", "geteilt insgesamt", "gesamtzahl der shares"],
      },
      all: [[TOTAL, SHARE_WORD]],
    },
  ],
  [
    "videoTitle",
    {
      names: {
        en: ["video title", "title"],
        es: ["titulo del video", "titulo", "titulo de video"],
        pt: ["titulo do video", "titulo"],
        fr: ["titre de la video", "titre video", "titre"],
        de: ["videotitel", "video titel", "titel"],
      },
    },
  ],
  [
    "videoLink",
    {
      names: {
        en: ["video link", "link", "url", "video url"],
        es: ["enlace del video", "enlace al video", "enlace de video", "link del video", "enlace"],
        pt: ["link do video", "link de video"],
        fr: ["lien de la video", "lien video", "lien vers la video", "lien"],
        de: ["videolink", "video link", "link zum video"],
      },
    },
  ],
  [
    "postTime",
    {
      names: {
        en: ["post time", "posted time", "publish time", "post date"],
        es: ["hora de publicacion", "fecha de publicacion", "tiempo de publicacion", "fecha y hora de publicacion"],
        pt: ["hora da publicacao", "horario da publicacao", "horario de publicacao", "data de publicacao", "hora de publicacao", "data da publicacao"],
        fr: ["heure de publication", "date de publication", "moment de publication"],
        de: ["veroffentlichungszeit", "veroffentlichungsdatum", "veroffentlicht am", "zeitpunkt der veroffentlichung", "zeit der veroffentlichung"],
      },
    },
  ],
  [
    "time",
    {
      names: {
        en: ["time", "export time", "data time"],
        es: ["hora", "tiempo"],
        pt: ["hora", "tempo", "horario"],
        fr: ["heure", "temps"],
        de: ["zeit", "uhrzeit"],
      },
    },
  ],

  // Overview.csv
  [
    "videoViews",
    {
      names: {
        en: ["video views", "views"],
        es: ["visualizaciones de videos", "visualizaciones de video", "visualizaciones del video", "reproducciones de videos", "reproducciones de video", "vistas de videos", "vistas de video", "visualizaciones"],
        pt: ["visualizacoes de video", "visualizacoes de videos", "visualizacoes do video", "visualizacoes"],
        fr: ["vues de videos", "vues des videos", "vues de la video", "vues video", "vues"],
        de: ["videoaufrufe", "video aufrufe", "aufrufe", "aufrufe von videos"],
      },
    },
  ],
  [
    "profileViews",
    {
      names: {
        en: ["profile views"],
        es: ["visualizaciones del perfil", "visualizaciones de perfil", "visitas al perfil", "vistas del perfil"],
        pt: ["visualizacoes do perfil", "visualizacoes de perfil"],
        fr: ["vues du profil", "vues de profil", "visites du profil"],
        de: ["profilaufrufe", "profil aufrufe", "aufrufe des profils"],
      },
    },
  ],
  [
    "likes",
    {
      names: {
        en: ["likes"],
        es: ["me gusta"],
        pt: ["curtidas"],
        fr: ["jaime", "mentions jaime"],
        de: ["gefallt mir angaben", "gefallt mir", "likes"],
      },
    },
  ],
  ["comments", { names: { en: ["comments"], es: ["comentarios"], pt: ["comentarios"], fr: ["commentaires"], de: ["kommentare"] } }],
  [
    "shares",
    {
      names: {
        en: ["shares"],
        es: ["veces compartido", "compartidos", "compartido", "compartir", "contenido compartido"],
        pt: ["compartilhamentos"],
        fr: ["partages"],
        de: ["geteilte inhalte", "geteilt", "mal geteilt", "shares"],
      },
    },
  ],
  ["date", { names: { en: ["date", "day"], es: ["fecha", "dia"], pt: ["data", "dia"], fr: ["date", "jour"], de: ["datum", "tag"] } }],

  // FollowerHistory.csv
  ["followers", { names: { en: ["followers", "total followers"], es: ["seguidores"], pt: ["seguidores"], fr: ["abonnes", "followers"], de: ["follower", "followers"] } }],
  [
    "followerChange",
    {
      names: {
        en: ["difference in followers from previous day", "difference in followers"],
        es: ["diferencia de seguidores con respecto al dia anterior", "diferencia de seguidores respecto al dia anterior", "diferencia de seguidores"],
        pt: ["diferenca de seguidores em relacao ao dia anterior", "diferenca de seguidores"],
        fr: ["difference dabonnes par rapport a la veille", "difference dabonnes par rapport au jour precedent", "difference dabonnes"],
        de: ["differenz der follower zum vortag", "unterschied bei followern im vergleich zum vortag", "veranderung der follower zum vortag"],
      },
      all: [[/(differen|diferen|veranderung|unterschied|change)/, /(follower|seguidor|abonne)/]],
    },
  ],
];

const EXACT = new Map<string, { field: Field; language: Language }>();
for (const [field, rule] of RULES) {
  for (const [language, names] of Object.entries(rule.names) as [Language, string[]][]) {
    for (const name of names) if (!EXACT.has(name)) EXACT.set(name, { field, language });
  }
}

/** The field a header names, and the language when its wording tells. */
export function fieldForHeader(header: string): { field: Field; language: Language | null } | null {
  const h = normalizeHeader(header);
  if (h === "") return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  for (const [field, rule] of RULES) {
    if (!rule.all) continue;
    if (rule.not?.test(h)) continue;
    if (field.startsWith("total") && TIME_LIKE.test(h)) continue;
    if (rule.all.some((group) => group.every((re) => re.test(h)))) return { field, language: null };
  }
  return null;
}

export type ColumnMap = {
  /** Column index of each field found (the first column naming it wins). */
  columns: Partial<Record<Field, number>>;
  /** Headers that name nothing Tierline reads: business-account extras and the like. */
  ignored: string[];
  /** The language most headers are in; null when none told. */
  language: Language | null;
};

export function mapColumns(headers: readonly string[]): ColumnMap {
  const columns: Partial<Record<Field, number>> = {};
  const ignored: string[] = [];
  const votes = new Map<Language, number>();
  headers.forEach((header, index) => {
    const found = fieldForHeader(header);
    if (!found || columns[found.field] !== undefined) {
      if (header.trim() !== "") ignored.push(header.trim());
      return;
    }
    columns[found.field] = index;
    if (found.language) votes.set(found.language, (votes.get(found.language) ?? 0) + 1);
  });
  // "likes", "follower" are the same in several languages: only count a clear winner.
  let language: Language | null = null;
  let best = 0;
  for (const [l, n] of votes) {
    if (n > best || (n === best && l !== "en" && language === "en")) {
      best = n;
      language = l;
    }
  }
  return { columns, ignored, language };
}

/**
 * Each kind's required columns; the first kind whose requirements are met wins. `anyOf` groups
 * are alternatives: [["videoLink"], ["videoTitle"]] needs a link or a title.
 */
const KIND_RULES: { kind: ImportKind; needs: Field[]; anyOf?: Field[][] }[] = [
  // The Videos export also has a reading_captured_at column: look for it first.
  { kind: "tierlineVideos", needs: ["postedAt", "videoTitle"] },
  { kind: "tierlineReadings", needs: ["capturedAt"], anyOf: [["videoId"], ["platformVideoId"]] },
  { kind: "content", needs: ["totalViews"], anyOf: [["videoLink"], ["videoTitle"]] },
  { kind: "overview", needs: ["date", "videoViews"], anyOf: [["profileViews"], ["likes"], ["comments"], ["shares"]] },
  { kind: "followerHistory", needs: ["date", "followers"] },
];

export function detectKind(map: ColumnMap): ImportKind | null {
  for (const rule of KIND_RULES) {
    if (!rule.needs.every((f) => map.columns[f] !== undefined)) continue;
    if (rule.anyOf && !rule.anyOf.some((group) => group.every((f) => map.columns[f] !== undefined))) continue;
    return rule.kind;
  }
  return null;
}

/** Fields as a creator would name them, in English. */
export const FIELD_LABELS: Record<Field, string> = {
  date: "Date",
  videoViews: "Video views",
  profileViews: "Profile views",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  followers: "Followers",
  followerChange: "Difference in followers",
  time: "Time",
  videoTitle: "Video title",
  videoLink: "Video link",
  postTime: "Post time",
  totalLikes: "Total likes",
  totalComments: "Total comments",
  totalShares: "Total shares",
  totalViews: "Total views",
  videoId: "Video id",
  platformVideoId: "TikTok video id",
  postedAt: "Posted at",
  capturedAt: "Captured at",
  durationSeconds: "Duration",
  hashtags: "Hashtags",
  sound: "Sound",
  notes: "Notes",
  saves: "Saves",
  avgWatchTime: "Average watch time",
  completionRate: "Completion rate",
};

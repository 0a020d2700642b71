// Generated TikTok Studio exports for tests, the end-to-end spec and benchmarks: the three
// files in five languages with the traits real ones have (BOM, every field quoted, dates
// without a year, "undefined" cells, CRLF, business-account columns), as bytes, ZIPs or XLSX.
// Test code only: nothing in the app imports this.
import { strToU8, zipSync } from "fflate";
import iconv from "iconv-lite";

export type Lang = "en" | "es" | "pt" | "fr" | "de";
export const LANGS: Lang[] = ["en", "es", "pt", "fr", "de"];

export const HEADERS: Record<Lang, { content: string[]; overview: string[]; followers: string[] }> = {
  en: {
    content: ["Time", "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views"],
    overview: ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"],
    followers: ["Date", "Followers", "Difference in followers from previous day"],
  },
  es: {
    content: ["Hora", "Título del vídeo", "Enlace del vídeo", "Hora de publicación", "Total de Me gusta", "Total de comentarios", "Total de veces compartido", "Visualizaciones totales"],
    overview: ["Fecha", "Visualizaciones de vídeos", "Visualizaciones del perfil", "Me gusta", "Comentarios", "Veces compartido"],
    followers: ["Fecha", "Seguidores", "Diferencia de seguidores con respecto al día anterior"],
  },
  pt: {
    content: ["Hora", "Título do vídeo", "Link do vídeo", "Horário da publicação", "Total de curtidas", "Total de comentários", "Total de compartilhamentos", "Total de visualizações"],
    overview: ["Data", "Visualizações de vídeo", "Visualizações do perfil", "Curtidas", "Comentários", "Compartilhamentos"],
    followers: ["Data", "Seguidores", "Diferença de seguidores em relação ao dia anterior"],
  },
  fr: {
    content: ["Heure", "Titre de la vidéo", "Lien de la vidéo", "Heure de publication", "Nombre total de J'aime", "Nombre total de commentaires", "Nombre total de partages", "Nombre total de vues"],
    overview: ["Date", "Vues de vidéos", "Vues du profil", "J'aime", "Commentaires", "Partages"],
    followers: ["Date", "Abonnés", "Différence d'abonnés par rapport à la veille"],
  },
  de: {
    content: ["Zeit", "Videotitel", "Videolink", "Veröffentlichungszeit", "„Gefällt mir“-Angaben insgesamt", "Kommentare insgesamt", "Geteilte Inhalte insgesamt", "Aufrufe insgesamt"],
    overview: ["Datum", "Videoaufrufe", "Profilaufrufe", "„Gefällt mir“-Angaben", "Kommentare", "Geteilte Inhalte"],
    followers: ["Datum", "Follower", "Differenz der Follower zum Vortag"],
  },
};

export const BUSINESS_COLUMNS = ["Reached audience", "Website clicks", "New followers", "Lost followers"];

const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
};

/** "2026-08-31" → "August 31" / "31 de agosto" / "31 août" / "31. August": how TikTok writes days. */
export function yearlessDate(date: string, lang: Lang): string {
  const [, m, d] = date.split("-").map(Number);
  const month = MONTHS[lang][m! - 1]!;
  switch (lang) {
    case "en":
      return `${month} ${d}`;
    case "es":
    case "pt":
      return `${d} de ${month}`;
    case "fr":
      return `${d} ${month}`;
    case "de":
      return `${d}. ${month}`;
  }
}

export type CsvOptions = { quoteAll?: boolean; crlf?: boolean; delimiter?: string };

export function toCsv(rows: (string | number | bigint | null)[][], opts: CsvOptions = {}): string {
  const { quoteAll = true, crlf = true, delimiter = "," } = opts;
  const field = (v: string | number | bigint | null) => {
    const s = v === null ? "" : String(v);
    return quoteAll || /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(delimiter)).join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
}

export type Encoding = "utf8-bom" | "utf8" | "win1252" | "utf16le-bom";

export function encode(text: string, encoding: Encoding = "utf8-bom"): Uint8Array {
  switch (encoding) {
    case "utf8-bom":
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf8"));
    case "utf8":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "win1252":
      return new Uint8Array(iconv.encode(text, "win1252"));
    case "utf16le-bom":
      return new Uint8Array(iconv.encode(`\uFEFF${text}`, "utf16le"));
  }
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export type ContentVideo = {
  id: string;
  title: string;
  /** "2026-08-01 14:05", or a yearless text as TikTok writes it. */
  postTime: string;
  likes: number | bigint | string;
  comments: number | bigint | string;
  shares: number | bigint | string;
  views: number | bigint | string;
};

export function videoLink(id: string, handle = "creator"): string {
  return `https://www.tiktok.com/@${handle}/video/${id}`;
}

export function contentRows(lang: Lang, time: string, videos: ContentVideo[], opts: { business?: boolean } = {}): string[][] {
  const header = [...HEADERS[lang].content, ...(opts.business ? BUSINESS_COLUMNS : [])];
  return [
    header,
    ...videos.map((v) => [
      time,
      v.title,
      videoLink(v.id),
      v.postTime,
      String(v.likes),
      String(v.comments),
      String(v.shares),
      String(v.views),
      ...(opts.business ? ["1200", "7", "15", "2"] : []),
    ]),
  ];
}

export type OverviewDay = { date: string; videoViews: number | string; profileViews: number | string; likes: number | string; comments: number | string; shares: number | string };

/** Days as TikTok writes them: yearless dates in the file's language. */
export function overviewRows(lang: Lang, days: OverviewDay[], opts: { business?: boolean; yearless?: boolean } = {}): string[][] {
  const { yearless = true } = opts;
  return [
    [...HEADERS[lang].overview, ...(opts.business ? BUSINESS_COLUMNS : [])],
    ...days.map((d) => [
      yearless ? yearlessDate(d.date, lang) : d.date,
      String(d.videoViews),
      String(d.profileViews),
      String(d.likes),
      String(d.comments),
      String(d.shares),
      ...(opts.business ? ["900", "3", "12", "1"] : []),
    ]),
  ];
}

export function followerRows(lang: Lang, days: { date: string; followers: number | string }[], opts: { yearless?: boolean } = {}): string[][] {
  const { yearless = true } = opts;
  return [
    HEADERS[lang].followers,
    ...days.map((d, i) => {
      const prev = days[i - 1];
      const diff = prev && typeof d.followers === "number" && typeof prev.followers === "number" ? d.followers - prev.followers : 0;
      return [yearless ? yearlessDate(d.date, lang) : d.date, String(d.followers), String(diff)];
    }),
  ];
}

/** `days` consecutive days ending on `last`, with plausible figures. */
export function overviewDays(last: string, days: number, seed = 1): OverviewDay[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(last, i - days + 1);
    const base = 1000 + ((i * 37 + seed * 11) % 500);
    return { date, videoViews: base * 10, profileViews: base, likes: base * 2, comments: (i % 7) - 1, shares: 20 + (i % 5) };
  });
}

export function followerDays(last: string, days: number, start = 1000): { date: string; followers: number }[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(last, i - days + 1), followers: start + i * 3 }));
}

export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) input[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(input);
}

/** An XLSX workbook (one sheet per entry) built with write-excel-file. */
export async function xlsx(sheets: { name: string; rows: (string | number | Date | null)[][] }[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const data = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((r) =>
      r.map((v) => (v === null ? null : v instanceof Date ? { value: v, format: "yyyy-mm-dd hh:mm" } : { value: v })),
    ),
  }));
  const blob = await writeXlsxFile(data as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A big Content.csv (as TikTok writes it: BOM, all quoted, CRLF) for benchmarks. */
export function bigContentCsv(rows: number, opts: { time?: string; firstId?: bigint; postDate?: string; moreViews?: number } = {}): Uint8Array {
  const time = opts.time ?? "2026-08-31";
  const firstId = opts.firstId ?? 7_300_000_000_000_000_000n;
  const parts: string[] = [`\uFEFF"${HEADERS.en.content.join('","')}"\r\n`];
  for (let i = 0; i < rows; i++) {
    const id = (firstId + BigInt(i)).toString();
    const day = addDays(opts.postDate ?? "2026-01-01", i % 240);
    const hh = String(i % 24).padStart(2, "0");
    const mm = String(i % 60).padStart(2, "0");
    parts.push(
      `"${time}","Video number ${i} #fyp #bench","https://www.tiktok.com/@bench/video/${id}","${day} ${hh}:${mm}","${(i * 7) % 100000}","${i % 977}","${i % 131}","${((i * 31) % 10000000) + (opts.moreViews ?? 0)}"\r\n`,
    );
  }
  return new Uint8Array(Buffer.from(parts.join(""), "utf8"));
}

// The types that cross the pipeline's boundaries: input -> extract -> classify -> report.

export type Stance = 'skeptical' | 'supportive' | 'neutral';
export const STANCES: readonly Stance[] = ['skeptical', 'supportive', 'neutral'];

export type InputFormat = 'text' | 'markdown' | 'html';

/** A decoded article, ready for comment extraction. */
export interface Article {
  /** Path relative to the input folder it was found under (as given, for a file named directly). */
  sourceFile: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or '' when the article gives none. */
  date: string;
  /** Plain text: markup removed, line ends normalized to \n. Extraction works on this. */
  text: string;
  format: InputFormat;
  /** Facts about decoding worth telling the user (e.g. "decoded as windows-1252"). */
  notes: string[];
}

/** How a comment was laid out in the article; kept for debugging and for the eval report. */
export const COMMENT_LAYOUTS = [
  'quote-attribution', // "...," wrote one user.
  'attribution-quote', // Another fan wrote, "..."
  'lead-in-block', // One supporter wrote:\n\n...
  'label', // Erl: "..."
  'list-item', // • "..."
  'quote-run', // bare quoted paragraphs under "Here is what people said:"
  'embedded-post', // body\n— Name (@handle) March 3, 2014
  'comment-thread', // username\n2h\nbody\nReply
  'export-row', // a row of an exported comment file
] as const;
export type CommentLayout = (typeof COMMENT_LAYOUTS)[number];

export interface ReaderComment {
  /** The comment as the reader wrote it, without enclosing quote marks; split parts joined by one space. */
  text: string;
  /** Who the article says wrote it ("one user", "@handle", "Gwen Morley"); '' when a list gives none. */
  attribution: string;
  /** The pieces of the comment as they stand in the article text (more than one for a split quote). */
  parts: string[];
  /** Character offset of the first part in Article.text. */
  offset: number;
  layout: CommentLayout;
  /** When it was posted, ISO 8601, as an export row gives it; '' or absent when not known (comments quoted in articles). */
  date?: string;
  /**
   * The narration that introduces the comment or its run ("Even after the apology, users were
   * still outraged, responding:"); '' for export rows and where the article has none.
   */
  framing?: string;
}

export interface StanceResult {
  stance: Stance;
  /** Probability of the chosen stance, in [0, 1]. */
  confidence: number;
  /** AFINN score from the `sentiment` package, for comparison; not the stance. */
  sentiment: number;
  /** Up to three reasons in plain words, strongest first. */
  cues: string[];
  probabilities: Record<Stance, number>;
  /** The comment's language, ISO 639-3 ('eng'; 'und' when too short to tell), when it was checked. */
  language?: string;
}

/** A comment in a language the stance model cannot read: it has no stance, and none is guessed. */
export interface NoStance {
  stance: null;
  /** ISO 639-3 ('fra', 'spa', …). */
  language: string;
  /** AFINN score, kept for comparison as for any comment (its English word list reads little of other languages). */
  sentiment: number;
  /** Why there is no stance, in words. */
  cues: string[];
}

/** What a classified comment has: a stance, or the reason it has none. */
export type CommentStance = StanceResult | NoStance;

export interface ClassifiedComment extends ReaderComment {
  /** `<source_file>#<comment_index>` for articles; the export's own id for comment exports. */
  id: string;
  /** 1-based position within its article or group. */
  index: number;
  stance: CommentStance;
}

export type ArticleStatus = 'ok' | 'no-comments' | 'error';

/** One analyzed article (or one group of an exported comment file). */
export interface ArticleAnalysis {
  sourceFile: string;
  title: string;
  date: string;
  status: ArticleStatus;
  /** Why a file could not be analyzed, or a note on how it was decoded. */
  detail: string;
  comments: ClassifiedComment[];
}

/** Which article or export group comments belong to. */
export type GroupInfo = Pick<ArticleAnalysis, 'sourceFile' | 'title' | 'date'>;

/** Consecutive comments of one group, as a run hands them to the reports. */
export interface GroupComments {
  group: GroupInfo;
  comments: readonly ClassifiedComment[];
}

/** Comments ready for the reports, a batch at a time, in input order. */
export interface CommentBatch {
  /** How many comments. */
  readonly size: number;
  /** The comments, in runs of one group. */
  runs(): GroupComments[];
  /** Their lines of comments.csv, as text or as UTF-8 bytes. */
  csvLines(): string | Utf8Bytes;
}

/** UTF-8 bytes not made yet: how many, and how to write them into a buffer at a given place. */
export interface Utf8Bytes {
  readonly byteLength: number;
  writeInto(target: Uint8Array, at: number): void;
}

/** How well the classifier did, as measured by `npm run cross-validate` (read from its file). */
export interface MeasuredAccuracy {
  description: string;
  macroF1: number;
  accuracy: number;
  comments: number;
}

export interface StanceCounts {
  skeptical: number;
  supportive: number;
  neutral: number;
}

/** Everything the reports are written from. */
export interface AnalysisRun {
  inputs: string[];
  articles: ArticleAnalysis[];
  /** Files found in input folders that are not of a supported type. */
  skippedFiles: number;
  model: string;
}

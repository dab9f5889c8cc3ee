/**
 * The review marker: every drafted item carries a `review` key (REVIEW_KEY, defined where
 * ingestion refuses it) saying what to check and how sure the draft is. `ingest` refuses a file
 * that still holds one (UNREVIEWED_DRAFT, an issue a marker), so that nothing enters the graph
 * until a person has read it and deleted the key.
 */
export { REVIEW_KEY, reviewMarkers, withoutReviewMarkers } from '../ingest/validate/review-markers';

export interface ReviewMarker {
  /** What to check, in words. */
  check: string;
  confidence?: number;
  /** [start, end) offsets into the text the draft was made from. */
  span?: [number, number];
  cue?: string;
}

import { contentHash } from '../../model/ids';
import { hostSource, urlDocumentId, urlSourceId } from '../../model/url-source';
import type { StatementInput } from '../format';
import { urlEntry } from '../format-sources';
import type { Origin } from '../validate/origin';
import type { References } from '../validate/references';
import type { WritePlan } from './write-plan';

/**
 * The documents a statement's `urls` stand for, by id. A url that a document of the batch or the
 * graph has already is that document; otherwise the document is made from the url (title when
 * given, no date), and its host's source with it unless the entry names one. Made where first
 * met, and only once in a run, so re-ingesting the same urls changes nothing.
 */
export function planUrlDocuments(
  refs: References,
  plan: WritePlan,
  s: StatementInput,
  o: Origin,
): string[] {
  return s.urls.flatMap((written, i) => {
    const entry = urlEntry(written);
    const id = urlDocumentId(entry.url);
    if (refs.isDefinedOrExisting('document', id)) return [id];
    const source = urlSourceId(entry);
    if (entry.source !== undefined) {
      if (!refs.exists('source', entry.source, o, ['urls', i, 'source'])) return [];
    } else if (!refs.isDefinedOrExisting('source', source)) {
      const { id: sourceId, name, url } = hostSource(entry.url);
      const row = { id: sourceId, name, url };
      const hash = contentHash(row);
      if (refs.define('source', sourceId, hash, o))
        plan.sources.push({ ...row, contentHash: hash });
    }
    const row = {
      id,
      source,
      title: entry.title ?? null,
      url: entry.url,
      publishedAt: null,
      publishedAtZoneKnown: false,
      retrievedAt: null,
      republishedBy: [],
      language: null,
      framing: [],
    };
    const hash = contentHash(row);
    if (refs.define('document', id, hash, o)) plan.documents.push({ ...row, contentHash: hash });
    return [id];
  });
}

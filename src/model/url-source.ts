import { documentId } from './ids';

/**
 * The outlet of a url that a statement cites with no source named: its host, without a leading
 * "www." (www.mfa.gov.ir and mfa.gov.ir are one outlet). The id is made of the host alone, so
 * every url of one site finds the same source, in every file and every run.
 */
export function hostSource(url: string): { id: string; name: string; url: string } {
  const { protocol, hostname } = new URL(url);
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return { id: `source:${host}`, name: host, url: `${protocol}//${hostname.toLowerCase()}/` };
}

/** The document id of a url, as a document with that url and no id derives it. */
export const urlDocumentId = (url: string): string => documentId(url, '', '');

/** The source a url entry is published by: the one it names, else its host's. */
export const urlSourceId = (entry: { url: string; source?: string | undefined }): string =>
  entry.source ?? hostSource(entry.url).id;

import { documentId } from '../../../src/model/ids';
import { hostSource, urlDocumentId, urlSourceId } from '../../../src/model/url-source';

describe('the source and document of a url cited alone', () => {
  it('takes the host, without www. and in lower case, as the source', () => {
    expect(hostSource('https://www.MFA.gov.ir/portal/newsview/612345')).toEqual({
      id: 'source:mfa.gov.ir',
      name: 'mfa.gov.ir',
      url: 'https://www.mfa.gov.ir/',
    });
    expect(hostSource('http://en.irna.ir/news/1').id).toBe('source:en.irna.ir');
    expect(hostSource('https://mfa.gov.ir/other').id).toBe(
      hostSource('https://www.mfa.gov.ir/x').id,
    );
  });

  it('keeps a source the entry names', () => {
    expect(urlSourceId({ url: 'https://en.irna.ir/a', source: 'source:irna' })).toBe('source:irna');
    expect(urlSourceId({ url: 'https://en.irna.ir/a' })).toBe('source:en.irna.ir');
  });

  it('derives the document id from the url as a document with that url does', () => {
    const url = 'https://en.irna.ir/news/84066123/';
    expect(urlDocumentId(url)).toBe(documentId(url, 'Any title', 'source:any'));
    expect(urlDocumentId(url)).not.toBe(urlDocumentId(`${url}?page=2`));
  });
});

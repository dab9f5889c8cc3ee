import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LIMITS } from '../../ingest/format';
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import { DraftResult } from '../types/draft';

/** An article is at most what ten quotes hold: a longer text is most likely not one article. */
export const MAX_DRAFT_TEXT = LIMITS.quote * 10;

@Resolver()
export class DraftResolver {
  @Query(() => DraftResult, {
    description:
      'Drafts statements from an article (plain text or HTML), against the graph: what `diplograph draft` writes. Writes nothing.',
  })
  async draftStatements(
    @Arg('text', { description: 'The article, plain text or HTML.' }) text: string,
    @Ctx() context: ApiContext,
  ): Promise<DraftResult> {
    if (text.trim() === '' || text.length > MAX_DRAFT_TEXT) {
      throw apiError(
        'BAD_USER_INPUT',
        `text: an article of 1 to ${MAX_DRAFT_TEXT} characters (this one has ${text.length})`,
        { reason: 'BAD_ARGUMENT', field: 'text' },
      );
    }
    // Loaded on first use: the NLP library takes seconds of CPU to load, which every start of the
    // API would pay otherwise.
    const { draftAgainstGraph } = await import('../../draft');
    const result = await draftAgainstGraph((query, params) => context.loaders.rows(query, params), {
      text,
      from: 'the draftStatements request',
    });
    return {
      yaml: result.yaml,
      json: JSON.stringify(result.document),
      text: result.draft.text,
      statements: result.draft.statements.length,
      stances: result.draft.statements.reduce((n, s) => n + s.stances.length, 0),
    };
  }
}

import { createParameterDecorator } from 'type-graphql';
import type { ParameterDecorator } from 'type-graphql';

/**
 * The object a field belongs to, as its parent's resolver returned it. type-graphql's `@Root()`
 * copies it into a new instance of the parameter's class for every field it resolves (some 800
 * copies for a page of 100 statements with their stances; 12,000 for a matrix's cells), and
 * nothing here needs the class, only the properties.
 */
export function Parent(): ParameterDecorator {
  return createParameterDecorator(({ root }) => root as unknown);
}
